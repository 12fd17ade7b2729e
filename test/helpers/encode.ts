/** Encodes text as Windows-1252 bytes, or returns null when a character has no byte there. */
export function encodeWindows1252(text: string): Buffer | null {
  const decoder = new TextDecoder('windows-1252')
  const table = new Map<string, number>()
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b)
  const out: number[] = []
  for (const ch of text) {
    const b = table.get(ch)
    if (b === undefined) return null
    out.push(b)
  }
  return Buffer.from(out)
}
