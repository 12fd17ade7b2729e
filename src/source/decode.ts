export interface Decoded {
  text: string
  encoding: string
  /** Problems met while decoding, in the words a user should read. */
  notes: string[]
}

const BOMS: ReadonlyArray<readonly [number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/**
 * Bytes to text: a byte-order mark wins; then strict UTF-8; else
 * Windows-1252, the superset of Latin-1 that old newsroom systems wrote.
 * `forced` names an encoding to use instead (any WHATWG label).
 */
export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  const notes: string[] = []
  if (forced) {
    const decoder = new TextDecoder(forced)
    return { text: decoder.decode(bytes), encoding: decoder.encoding, notes }
  }
  for (const [bom, encoding] of BOMS) {
    if (startsWith(bytes, bom)) {
      return { text: new TextDecoder(encoding).decode(bytes.subarray(bom.length)), encoding, notes }
    }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', notes }
  } catch {
    notes.push('Cannot decode as UTF-8, read as windows-1252')
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252', notes }
  }
}
