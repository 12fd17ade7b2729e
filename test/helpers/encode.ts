import iconv from 'iconv-lite'

/**
 * Encodes text as Windows-1252 bytes, or returns null when a character has no
 * byte there. (iconv-lite, not TextDecoder: Node 20's decoder reads
 * windows-1252 as Latin-1, so a table built from it would miss “ ” – €.)
 */
export function encodeWindows1252(text: string): Buffer | null {
  const bytes = iconv.encode(text, 'windows-1252')
  return iconv.decode(bytes, 'windows-1252') === text ? bytes : null
}
