import { createRequire } from 'node:module'
import { repairMojibake } from './repair-mojibake.js'

/** A problem met while decoding, in the words a user should read. */
export interface DecodeNote {
  ruleId: string
  reason: string
}

export interface Decoded {
  text: string
  encoding: string
  notes: DecodeNote[]
}

const BOMS: ReadonlyArray<readonly [number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]

const SAMPLE = 4096

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

/**
 * UTF-16 without a byte-order mark: text in Latin script has a NUL in
 * every other byte — the odd ones for little-endian, the even ones for
 * big-endian. Plain 8-bit text has (almost) none.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1
  // Without a NUL in the sample there is nothing to count.
  if (n < 4 || bytes.subarray(0, n).indexOf(0) === -1) return null
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const pairs = n / 2
  if (odd >= pairs * 0.4 && even <= pairs * 0.05) return 'utf-16le'
  if (even >= pairs * 0.4 && odd <= pairs * 0.05) return 'utf-16be'
  return null
}

/** The WHATWG name for a label (`latin1` → `windows-1252`), or null when it names no encoding. */
function canonicalName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return null
  }
}

const UNICODE = new Set(['utf-8', 'utf-16le', 'utf-16be'])

// iconv-lite and its code tables take longer to load than a story takes to
// parse: loaded on first use, so UTF-8 input (and CLI start-up) never pays.
let iconvLib: typeof import('iconv-lite') | undefined
function iconv(): typeof import('iconv-lite') {
  iconvLib ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite')
  return iconvLib
}

/**
 * Decodes with the named encoding. Unicode goes through the WHATWG
 * TextDecoder; legacy single- and multi-byte encodings through iconv-lite,
 * because Node 20's TextDecoder reads `windows-1252` as Latin-1: bytes
 * 0x80–0x9F (curly quotes, dashes, the euro sign) come out as C1 controls.
 */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (!UNICODE.has(encoding) && iconv().encodingExists(encoding)) {
    return iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false })
  }
  return new TextDecoder(encoding).decode(bytes)
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true })

function firstPass(
  bytes: Uint8Array,
  forced: string | undefined,
  notes: DecodeNote[],
): { text: string; encoding: string } {
  if (forced) {
    const encoding = canonicalName(forced)
    if (encoding) return { text: decodeAs(bytes, encoding), encoding }
    notes.push({ ruleId: 'source-encoding', reason: `Unknown encoding \`${forced}\`, detected the encoding instead` })
  }
  for (const [bom, encoding] of BOMS) {
    if (startsWith(bytes, bom)) return { text: new TextDecoder(encoding).decode(bytes.subarray(bom.length)), encoding }
  }
  const utf16 = sniffUtf16(bytes)
  if (utf16) {
    notes.push({ ruleId: 'source-encoding', reason: `No byte-order mark, but the bytes read as ${utf16}` })
    return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 }
  }
  try {
    return { text: STRICT_UTF8.decode(bytes), encoding: 'utf-8' }
  } catch {
    notes.push({ ruleId: 'source-encoding', reason: 'Cannot decode as UTF-8, read as windows-1252' })
    return { text: decodeAs(bytes, 'windows-1252'), encoding: 'windows-1252' }
  }
}

/**
 * Bytes to text: `forced` (any WHATWG label) wins; then a byte-order mark;
 * then UTF-16 recognised by its NUL bytes; then strict UTF-8; else
 * Windows-1252, the superset of Latin-1 that old newsroom systems wrote.
 * Mojibake
 * (`Ã©`, `â€™`) is repaired with a `source-mojibake` note; replacement
 * characters (U+FFFD) left in the text are reported, never silent.
 */
export function decodeBytes(bytes: Uint8Array, forced?: string): Decoded {
  const notes: DecodeNote[] = []
  const first = firstPass(bytes, forced, notes)
  const repaired = repairMojibake(first.text)
  if (repaired.count > 0) {
    notes.push({
      ruleId: 'source-mojibake',
      reason:
        `Repaired ${repaired.count} mojibake sequence${repaired.count === 1 ? '' : 's'} ` +
        '(UTF-8 read as windows-1252, such as `Ã©` for `é`)',
    })
  }
  const replaced = countReplacements(repaired.text)
  if (replaced > 0) {
    notes.push({
      ruleId: 'source-replacement',
      reason:
        `The text holds ${replaced} replacement character${replaced === 1 ? '' : 's'} ` +
        `(U+FFFD): bytes that are not ${first.encoding}`,
    })
  }
  return { text: repaired.text, encoding: first.encoding, notes }
}

function countReplacements(text: string): number {
  let n = 0
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++
  return n
}
