import { VFile } from 'vfile'
import { decodeBytes } from './decode.js'

export interface SourceOptions {
  /** Path shown in messages and in `source.path`; null for stdin. */
  path?: string | null
  /** Force an encoding (a WHATWG label such as `latin1`, `utf-16le`). */
  encoding?: string
}

/**
 * Bytes (or text already decoded) to one VFile whose value is the decoded
 * text. `file.data.encoding` records the encoding used; decoding notes
 * become messages on the file.
 */
export function toVFile(input: Uint8Array | string, options: SourceOptions = {}): VFile {
  const file = new VFile(options.path ? { path: options.path } : {})
  if (typeof input === 'string') {
    file.value = input
    file.data.encoding = 'utf-8'
  } else {
    const decoded = decodeBytes(input, options.encoding)
    file.value = decoded.text
    file.data.encoding = decoded.encoding
    for (const note of decoded.notes) file.message(note.reason, { ruleId: note.ruleId, source: 'article-parse' })
  }
  if (EMPTY.test(String(file.value)))
    file.message('Empty input: no text to parse', { ruleId: 'source-empty', source: 'article-parse' })
  return file
}

// Nothing but white space and control characters.
const EMPTY = /^[\s\u0000-\u001f\u007f\u00a0\u200b\ufeff]*$/

declare module 'vfile' {
  interface DataMap {
    encoding: string
  }
}
