import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { expect } from 'vitest'
// @ts-expect-error: the benchmark's corpus maker is plain JavaScript
import { makeCorpus, sources } from '../../bench/make-corpus.mjs'

export const ROOT = join(import.meta.dirname, '..', '..')
export const BIN = join(ROOT, 'bin', 'article-parse.cjs')
/** What the engines run on each partition besides `--from ndjson`: one thread, and a size limit the oversized record is over. */
export const ENGINE_ARGS = ['--jobs', '1', '--max-size', '64k']

/** What one record must give: its id (Articles), or an error line with this reason (and the id when the record had a readable one). */
type Expected = { id: string } | { reason: string; id: string | null }

export interface RecordCorpus {
  /** Holds everything below; the caller removes it. */
  dir: string
  /** The stories as files, `part-00/07/story-00712.txt`. */
  folder: string
  /** The same stories as JSON lines, each file's path below `folder` its id. */
  clean: string
  /** `clean` with bad records injected: invalid JSON, a missing text, binary blobs, an oversized record. */
  dirty: string
  expectedClean: Expected[]
  expectedDirty: Expected[]
}

// A JPEG's first bytes: binary, with NULs and no newline byte.
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])

/** The bad records and where they go in the stream (before the good record of that number). */
function badRecords(): Array<{ at: number; line: Buffer; expected: Expected }> {
  const big = JSON.stringify({ id: 'oversized', text: 'A very long story. '.repeat(5000) })
  return [
    {
      at: 5,
      line: Buffer.from('{"id":"cut-off","text":"The record ends before its'),
      expected: { reason: 'invalid-json', id: null },
    },
    {
      at: 400,
      line: Buffer.from('{"id":"no-text","body":"elsewhere"}'),
      expected: { reason: 'missing-text', id: 'no-text' },
    },
    { at: 900, line: JPEG, expected: { reason: 'binary', id: null } },
    {
      at: 1300,
      line: Buffer.from(JSON.stringify({ id: 'nul-text', text: `Headline\u0000\u0001\u0002${'x'.repeat(40)}` })),
      expected: { reason: 'binary', id: 'nul-text' },
    },
    { at: 1700, line: Buffer.from(big), expected: { reason: 'too-large', id: null } },
  ]
}

/** Writes `count` generated stories (bench/make-corpus.mjs) as files and as JSON lines, clean and with bad records. */
export function makeRecordCorpus(count: number): RecordCorpus {
  const dir = mkdtempSync(join(tmpdir(), 'ap-record-corpus-'))
  const folder = join(dir, 'stories')
  makeCorpus(folder, count, sources(ROOT))
  const files = readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
  const ids = files.map((f) => relative(folder, f).split(sep).join('/'))
  const lines = files.map((f, i) => Buffer.from(JSON.stringify({ id: ids[i], text: readFileSync(f, 'utf8') })))
  const bad = badRecords()
  const dirtyLines: Buffer[] = []
  const expectedDirty: Expected[] = []
  lines.forEach((line, i) => {
    for (const b of bad.filter((b) => b.at === i)) {
      dirtyLines.push(b.line)
      expectedDirty.push(b.expected)
    }
    dirtyLines.push(line)
    expectedDirty.push({ id: ids[i]! })
  })
  const clean = join(dir, 'clean.ndjson')
  const dirty = join(dir, 'dirty.ndjson')
  const nl = Buffer.from('\n')
  writeFileSync(clean, Buffer.concat(lines.flatMap((l) => [l, nl])))
  writeFileSync(dirty, Buffer.concat(dirtyLines.flatMap((l) => [l, nl])))
  return { dir, folder, clean, dirty, expectedClean: ids.map((id) => ({ id })), expectedDirty }
}

/** The single-machine output: the whole stream through one article-parse. */
export function singleMachine(ndjson: string): string {
  const r = spawnSync(process.execPath, [BIN, '--from', 'ndjson', '-q', ...ENGINE_ARGS], {
    input: readFileSync(ndjson),
    maxBuffer: 1 << 30,
  })
  expect(r.status, String(r.stderr)).toBeLessThanOrEqual(1)
  return String(r.stdout)
}

interface Line {
  source: { id?: string | null; story?: number; line?: number }
  error?: { reason: string }
}

/** An output line with the line number of an error line dropped: an engine numbers lines within its partition. */
function comparable(line: string): string {
  const parsed = JSON.parse(line) as Line
  if (!parsed.error) return line
  const { line: _line, ...source } = parsed.source
  return JSON.stringify({ ...parsed, source })
}

/**
 * Holds an engine's output to what the records must give: one record's worth of lines per record
 * in, in order (its Articles, a feed's stories numbered from 1, or one error line), every id once;
 * and line for line the single-machine output (error lines but for their line number).
 */
export function expectSameRecords(output: string, single: string, expected: Expected[]): void {
  const lines = output.split('\n').filter((l) => l !== '')
  const records: Expected[] = []
  for (const raw of lines) {
    const line = JSON.parse(raw) as Line
    if (line.error) records.push({ reason: line.error.reason, id: line.source.id ?? null })
    else if (line.source.story === 1) records.push({ id: line.source.id! })
  }
  expect(records).toEqual(expected)
  const ids = records.flatMap((r) => ('reason' in r ? [] : [r.id]))
  expect(new Set(ids).size).toBe(ids.length)
  const want = single.split('\n').filter((l) => l !== '')
  expect(lines.length).toBe(want.length)
  expect(lines.map(comparable)).toEqual(want.map(comparable))
}
