import { Readable } from 'node:stream'
import { describe, expect, test } from 'vitest'
import type { Task } from '../src/batch/convert-file.js'
import { type ByteLine, readLines } from '../src/batch/read-lines.js'
import { readRecords, toRecord } from '../src/batch/read-records.js'
import { recordErrorLine } from '../src/batch/record-error.js'
import { sniffBinaryText } from '../src/source/read-input.js'

async function lines(chunks: Array<string | Buffer>, maxBytes = 100): Promise<Array<string | number>> {
  const out: Array<string | number> = []
  for await (const line of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), maxBytes)) {
    expect(line.number).toBe(out.length + 1)
    out.push(line.size === undefined ? line.bytes.toString('latin1') : line.size)
  }
  return out
}

describe('readLines: a byte stream to numbered lines', () => {
  test.each([
    ['lines in one chunk', ['a\nbb\n'], ['a', 'bb']],
    ['a line split across chunks', ['ab', 'c\nd', 'e\n'], ['abc', 'de']],
    ['a last line without a newline', ['a\nb'], ['a', 'b']],
    ['CRLF endings lose the CR', ['a\r\nb\r\n'], ['a', 'b']],
    ['a CR inside a line stays', ['a\rb\n'], ['a\rb']],
    ['blank lines are lines (numbered)', ['\n\na\n'], ['', '', 'a']],
    ['a newline split from its CR', ['a\r', '\nb\n'], ['a', 'b']],
    ['nothing gives no line', [''], []],
  ])('%s', async (_, chunks, expected) => {
    expect(await lines(chunks)).toEqual(expected)
  })

  test.each([
    ['a line of exactly the limit is kept', ['x'.repeat(10), '\n'], ['x'.repeat(10)]],
    ['one byte over is given as its size', ['x'.repeat(11), '\nok\n'], [11, 'ok']],
    ['over the limit across many chunks', ['xxxxxx', 'xxxxxx', 'xxxxxx\nok'], [18, 'ok']],
    ['the limit with a CRLF ending', ['x'.repeat(10), '\r\n'], ['x'.repeat(10)]],
    ['a last line over the limit', ['ok\n', 'x'.repeat(30)], ['ok', 30]],
  ])('%s', async (_, chunks, expected) => {
    expect(await lines(chunks, 10)).toEqual(expected)
  })
})

const OPTIONS = { idField: 'id', textField: 'text', maxBytes: 1000 }
const line = (text: string | Buffer, number = 3): ByteLine => ({ number, bytes: Buffer.from(text) })
const record = (text: string | Buffer, options = OPTIONS) => toRecord(line(text), null, options)

describe('toRecord: one line to a record or the reason it fails', () => {
  test.each([
    ['a string id', '{"id":"a-1","text":"Story"}', 'a-1', 'Story'],
    ['a whole-number id, written out', '{"id":42,"text":"Story"}', '42', 'Story'],
    ['no id: null', '{"text":"Story"}', null, 'Story'],
    ['a null id: null', '{"id":null,"text":"Story"}', null, 'Story'],
    ['an empty text', '{"id":"e","text":""}', 'e', ''],
    ['other fields are ignored', '{"lang":"en","id":"x","text":"Story","tags":[1]}', 'x', 'Story'],
    ['escapes are decoded', '{"id":"x","text":"Line one\\nLine \\u00e9"}', 'x', 'Line one\nLine é'],
    [
      'a story that opens like a ZIP signature in words',
      '{"id":"x","text":"PK, the party leader, said"}',
      'x',
      'PK, the party leader, said',
    ],
  ])('%s', (_, json, id, text) => {
    expect(record(json)).toEqual({ text, record: { id, line: 3 } })
  })

  test('a byte-order mark before the first line is dropped', () => {
    expect(toRecord(line('\ufeff{"id":"a","text":"T"}', 1), null, OPTIONS)).toEqual({
      text: 'T',
      record: { id: 'a', line: 1 },
    })
    expect(record('\ufeff{"id":"a","text":"T"}')?.record.error).toBe('invalid-json')
  })

  test.each(['', '   ', '\t'])('a blank line (%j) is no record', (blank) => {
    expect(record(blank)).toBeNull()
  })

  test('--id-field and --text-field choose the fields', () => {
    const options = { ...OPTIONS, idField: 'guid', textField: 'body' }
    expect(record('{"guid":"g","body":"B","text":"not this","id":"nor this"}', options)).toEqual({
      text: 'B',
      record: { id: 'g', line: 3 },
    })
    expect(record('{"id":"x","text":"T"}', options)?.record.error).toBe('missing-text')
  })

  test.each([
    ['invalid-json', '{"id":"x","text":"unterminated', null],
    ['invalid-json', 'plain text, not JSON', null],
    ['invalid-json', '{"id":"x","text":"two"}{"id":"y"}', null],
    ['not-an-object', '["x","Story"]', null],
    ['not-an-object', '"Story"', null],
    ['not-an-object', 'null', null],
    ['missing-text', '{"id":"x"}', 'x'],
    ['missing-text', '{"id":"x","text":null}', 'x'],
    ['bad-text', '{"id":"x","text":["Story"]}', 'x'],
    ['bad-text', '{"id":"x","text":7}', 'x'],
    ['bad-id', '{"id":{"n":1},"text":"Story"}', null],
    ['bad-id', '{"id":1.5,"text":"Story"}', null],
    ['bad-id', '{"id":12345678901234567890,"text":"Story"}', null],
    ['bad-id', '{"id":true,"text":"Story"}', null],
    ['binary', '{"id":"x","text":"Story\\u0000\\u0000"}', 'x'],
    ['binary', '{"id":"x","text":"\\u0089PNG\\r\\n\\u001a\\n...."}', 'x'],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00]), null],
    ['binary', Buffer.from('{"id":"x","text":"a\0b"}'), null],
  ] as const)('%s: %s', (reason, json, id) => {
    const r = record(json)
    expect(r?.text).toBeUndefined()
    expect(r?.record).toEqual({ id, line: 3, error: reason })
    expect(r?.fail).toMatch(/^stdin#3: \S/)
  })

  test('a line over --max-size is refused by its size, unread', () => {
    const r = toRecord({ number: 9, size: 5000 }, 'lake/a.ndjson', OPTIONS)
    expect(r).toEqual({
      fail: 'lake/a.ndjson#9: the record is 5000 bytes, over the --max-size limit of 1000 bytes',
      record: { id: null, line: 9, error: 'too-large' },
    })
  })
})

describe('sniffBinaryText', () => {
  test.each([
    ['\u0089PNG\r\n\u001a\nrest', 'a PNG image'],
    ['%PDF-1.7', 'a PDF document'],
    ['a\0b', 'binary data (NUL characters)'],
    ['Plain story text', null],
    ['PK, the party leader', null],
    ['%PDF is how the format starts', null],
    [`${'x'.repeat(9000)}\0`, null],
  ])('%j', (text, expected) => {
    expect(sniffBinaryText(text)).toBe(expected)
  })
})

describe('readRecords: inputs to tasks', () => {
  async function tasks(stdin: string): Promise<Task[]> {
    const inputs = (async function* () {
      yield { path: null, base: '.' }
    })()
    const out: Task[] = []
    for await (const t of readRecords(inputs, Readable.from([Buffer.from(stdin)]), OPTIONS)) out.push(t)
    return out
  }

  test('one task per line that is not blank, numbered in order, good or bad', async () => {
    const got = await tasks('{"id":"a","text":"A"}\n\nnot json\n{"id":"c","text":"C"}\n')
    expect(got.map((t) => [t.index, t.record?.line, t.record?.id, t.record?.error ?? 'ok'])).toEqual([
      [0, 1, 'a', 'ok'],
      [1, 3, null, 'invalid-json'],
      [2, 4, 'c', 'ok'],
    ])
  })

  test('an input that cannot be read gives one failed task', async () => {
    const inputs = (async function* () {
      yield { path: '/nonexistent/records.ndjson', base: '.' }
    })()
    const out: Task[] = []
    for await (const t of readRecords(inputs, Readable.from([]), OPTIONS)) out.push(t)
    expect(out).toEqual([
      {
        index: 0,
        path: '/nonexistent/records.ndjson',
        fail: '/nonexistent/records.ndjson: no such file or directory',
        record: { id: null, line: null, error: 'unreadable' },
      },
    ])
  })
})

describe('recordErrorLine', () => {
  test('stdin: source holds the id and line', () => {
    expect(JSON.parse(recordErrorLine(null, { id: 'x', line: 4, error: 'missing-text' }, 'no "text" field'))).toEqual({
      source: { id: 'x', line: 4 },
      error: { reason: 'missing-text', message: 'no "text" field' },
    })
  })

  test('a file: its path comes first; a failure in the parser is parse-failed', () => {
    const line = recordErrorLine('a.ndjson', { id: null, line: 2 }, 'internal error')
    expect(line).toBe(
      '{"source":{"path":"a.ndjson","id":null,"line":2},"error":{"reason":"parse-failed","message":"internal error"}}',
    )
  })
})
