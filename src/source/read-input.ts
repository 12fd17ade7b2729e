import { closeSync, fstatSync, openSync, readSync } from 'node:fs'
import { sniffUtf16 } from './decode.js'

/** A problem with one input that stops it being parsed; its message names the file. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`)
    this.name = 'InputError'
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'no such file (a parent is not a directory)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
}

/** What a system error means for the user, in a few words. */
export function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return REASONS[code] ?? (error as Error).message
}

/** Default for `--max-size`: far above any real story, well below what would exhaust memory. */
export const DEFAULT_MAX_BYTES = 100 * 1024 * 1024

export interface ReadOptions {
  /** Refuse inputs larger than this, before reading them whole. */
  maxBytes?: number
  /** An encoding forced with `--encoding`: UTF-16 then is never taken for binary. */
  encoding?: string
}

// Signatures of binary formats people keep beside their text files. Each is
// the first bytes of the file: a PNG starts `\x89PNG\r\n\x1a\n`; a story that
// begins "PK, the party leader…" does not match, as the bytes after differ.
const MAGIC: ReadonlyArray<readonly [string, number[]]> = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive (or .docx/.odt)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
]

const SNIFF_BYTES = 8000

/**
 * Says why bytes are not text, or null when they are. A known binary
 * signature, or a NUL byte in the first 8,000 bytes (git's and grep's rule),
 * means binary — unless the NULs fall on every other byte, which is UTF-16
 * text without a byte-order mark (`S\0t\0o\0r\0m\0` is UTF-16LE "Storm"),
 * left for the decoder to read.
 */
export function sniffBinary(bytes: Uint8Array): string | null {
  for (const [what, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return what
  const nul = bytes.subarray(0, SNIFF_BYTES).indexOf(0)
  if (nul < 0 || sniffUtf16(bytes) !== null) return null
  return 'binary data (NUL bytes)'
}

/**
 * The same question for text already decoded (a JSON record's text field):
 * a known binary signature in its first characters (as Latin-1 would have
 * read the bytes: `\u0089PNG…`), or a NUL in its first 8,000 characters.
 * A string has no UTF-16 to be mistaken for, so any NUL counts.
 */
export function sniffBinaryText(text: string): string | null {
  for (const [what, magic] of MAGIC) if (magic.every((b, i) => text.charCodeAt(i) === b)) return what
  const nul = text.indexOf('\0')
  return nul >= 0 && nul < SNIFF_BYTES ? 'binary data (NUL characters)' : null
}

function checkText(path: string, bytes: Uint8Array, options: ReadOptions): Uint8Array {
  if (options.encoding && /^utf-?16/i.test(options.encoding)) return bytes
  const binary = sniffBinary(bytes)
  if (binary !== null) throw new InputError(path, `looks like ${binary}, not text; skipped`)
  return bytes
}

function tooBig(path: string, size: number, max: number): InputError {
  return new InputError(
    path,
    `is ${size > max ? `${size} bytes` : 'larger than that'}, over the --max-size limit of ${max} bytes; skipped`,
  )
}

/**
 * Reads one input file's bytes, turning system errors into one-line reasons.
 * Sizes are checked on the open descriptor before reading (so a 10 GB file
 * is refused without being read); pipes and devices, whose size is unknown,
 * are read only up to the limit. Synchronous: workers read one file at a
 * time, and for small files this is faster than the promise API.
 */
export function readInputSync(path: string, options: ReadOptions = {}): Uint8Array {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const info = fstatSync(fd)
    if (info.isDirectory()) throw new InputError(path, REASONS.EISDIR!)
    if (info.isFile() && info.size > max) throw tooBig(path, info.size, max)
    const chunks: Buffer[] = []
    let total = 0
    const size = info.isFile() ? info.size : 0
    // Regular files: one read of the known size (plus a check that it did not grow).
    let buf = Buffer.allocUnsafe(info.isFile() && size > 0 ? size + 1 : 64 * 1024)
    for (;;) {
      if (buf.length === 0) buf = Buffer.allocUnsafe(64 * 1024)
      const n = readSync(fd, buf, 0, buf.length, null)
      if (n === 0) break
      chunks.push(buf.subarray(0, n))
      buf = buf.subarray(n)
      total += n
      if (total > max) throw tooBig(path, total, max)
    }
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total)
    return checkText(path, bytes, options)
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(path, systemReason(error))
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/** Reads a stream (stdin) up to the size limit, then checks it is text. */
export async function readStream(
  stream: NodeJS.ReadableStream,
  name: string,
  options: ReadOptions = {},
): Promise<Uint8Array> {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    total += buf.length
    if (total > max) throw tooBig(name, total, max)
    chunks.push(buf)
  }
  return checkText(name, Buffer.concat(chunks, total), options)
}
