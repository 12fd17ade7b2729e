import { createReadStream } from 'node:fs'
import { sniffBinary, sniffBinaryText, systemReason } from '../source/read-input.js'
import type { Task } from './convert-file.js'
import type { Input } from './find-inputs.js'
import { type ByteLine, readLines } from './read-lines.js'
import { type RecordFailure, type RecordRef, recordName } from './record-error.js'

export interface RecordOptions {
  /** The fields of a record holding its id and its text (`--id-field`, `--text-field`). */
  idField: string
  textField: string
  /** A line over this many bytes is refused unread (`--max-size`). */
  maxBytes: number
}

/** What a line gives: its text and id to parse, or why it fails. */
type RecordTask = Pick<Task, 'text' | 'fail'> & { record: RecordRef }

/** A record's id as a string: strings as they are, whole numbers JSON carries exactly written out, null for none. */
function idOf(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value)
  return undefined
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** A line that is binary data: a signature at its start, or a NUL byte (which JSON text never holds). */
function binaryLine(bytes: Buffer): string | null {
  return sniffBinary(bytes) ?? (bytes.includes(0) ? 'binary data (NUL bytes)' : null)
}

/**
 * One line of JSON lines to one record (null for a blank line, which is no
 * record): its text and id, or the reason it fails, in the words of the
 * error line it will give.
 */
export function toRecord(line: ByteLine, path: string | null, options: RecordOptions): RecordTask | null {
  const name = recordName(path, line.number)
  const fail = (error: RecordFailure, why: string, id: string | null = null): RecordTask => ({
    fail: `${name}: ${why}`,
    record: { id, line: line.number, error },
  })
  if (line.size !== undefined)
    return fail('too-large', `the record is ${line.size} bytes, over the --max-size limit of ${options.maxBytes} bytes`)
  const binary = binaryLine(line.bytes)
  if (binary !== null) return fail('binary', `the line is ${binary}, not a JSON record`)
  let json = line.bytes.toString('utf8')
  if (line.number === 1 && json.charCodeAt(0) === 0xfeff) json = json.slice(1)
  if (json.trim() === '') return null
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    return fail('invalid-json', `not valid JSON (${(error as Error).message})`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail('not-an-object', `the record is ${kindOf(value)}, not an object`)
  const fields = value as { [key: string]: unknown }
  const id = idOf(fields[options.idField])
  if (id === undefined)
    return fail(
      'bad-id',
      `its "${options.idField}" is ${kindOf(fields[options.idField])}: an id is a string or a whole number`,
    )
  const text = fields[options.textField]
  if (text === undefined || text === null) return fail('missing-text', `no "${options.textField}" field`, id)
  if (typeof text !== 'string')
    return fail('bad-text', `its "${options.textField}" is ${kindOf(text)}, not a string`, id)
  const binaryText = sniffBinaryText(text)
  if (binaryText !== null) return fail('binary', `its "${options.textField}" is ${binaryText}, not text`, id)
  return { text, record: { id, line: line.number } }
}

/**
 * The records of every input (stdin or JSON-lines files) as tasks, numbered
 * in order: one per line that is not blank, whether it parses or fails, so
 * that every record gives a line of output. Streamed: one line of one input
 * is held at a time. An input that cannot be read (from the start or
 * midway) gives one failed task at the line where reading stopped.
 */
export async function* readRecords(
  inputs: AsyncIterable<Input>,
  stdin: NodeJS.ReadableStream,
  options: RecordOptions,
): AsyncGenerator<Task> {
  let index = 0
  for await (const { path } of inputs) {
    let last = 0
    try {
      const stream = path === null ? stdin : createReadStream(path, { highWaterMark: 256 * 1024 })
      for await (const line of readLines(stream as AsyncIterable<Buffer>, options.maxBytes)) {
        last = line.number
        const record = toRecord(line, path, options)
        if (record !== null) yield { index: index++, path, ...record }
      }
    } catch (error) {
      const line = last === 0 ? null : last + 1
      const why = last === 0 ? systemReason(error) : `${systemReason(error)}; the lines after ${last} were not read`
      yield {
        index: index++,
        path,
        fail: `${recordName(path, line)}: ${why}`,
        record: { id: null, line, error: 'unreadable' },
      }
    }
  }
}
