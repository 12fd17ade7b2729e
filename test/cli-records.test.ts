import { isUtf8 } from 'node:buffer'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { listFixtures } from './helpers/fixtures.js'
import { runCli } from './helpers/run-cli.js'

const ROOT = join(import.meta.dirname, '..')
const BIN = join(ROOT, 'bin', 'article-parse.cjs')
const dir = mkdtempSync(join(tmpdir(), 'ap-records-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A short story of our own whose headline names it. */
function story(name: string): string {
  return `Council approves ${name} harbour plan\n\nThe town council on Monday approved the ${name} plan after a long debate.\n\n"We have waited long enough," the mayor said.\n`
}

const jsonl = (records: unknown[]) =>
  `${records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n`

interface OutLine {
  source: { id?: string | null; line?: number; path?: string | null; story?: number; stories?: number }
  headline?: string
  error?: { reason: string; message: string }
}
const parseLines = (stdout: string): OutLine[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as OutLine)

// A JPEG's first bytes: binary, with NULs, and no newline byte (which would make it several lines).
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0])

/** 40 good records with 6 bad ones injected among them: [the stream, what each line of output must be]. */
function injected(): [Buffer, Array<string | [string, string | null]>] {
  const parts: Buffer[] = []
  const expected: Array<string | [string, string | null]> = []
  const bad: Array<[number, Buffer, string, string | null]> = [
    [3, Buffer.from('{"id":"broken","text":"no end'), 'invalid-json', null],
    [9, Buffer.from('{"id":"no-text","body":"elsewhere"}'), 'missing-text', 'no-text'],
    [15, JPEG, 'binary', null],
    [
      21,
      Buffer.from(JSON.stringify({ id: 'nul', text: `Headline\u0000\u0000\u0000${'x'.repeat(50)}` })),
      'binary',
      'nul',
    ],
    [27, Buffer.from(JSON.stringify({ id: 'huge', text: story('huge').repeat(200) })), 'too-large', null],
    [33, Buffer.from('[1, 2, 3]'), 'not-an-object', null],
  ]
  for (let i = 0; i < 40; i++) {
    const b = bad.find(([at]) => at === i)
    if (b) {
      parts.push(b[1], Buffer.from('\n'))
      expected.push([b[2], b[3]])
    }
    parts.push(Buffer.from(`${JSON.stringify({ id: `r${i}`, text: story(`r${i}`) })}\n`))
    expected.push(`r${i}`)
  }
  return [Buffer.concat(parts), expected]
}

describe('--from ndjson: one record a line in, its Articles or one error line out', () => {
  test('bad records injected: records in = lines out, in order; each bad one says why; exit 1', async () => {
    const [stream, expected] = injected()
    const r = await runCli(['--from', 'ndjson', '--max-size', '20k'], stream)
    expect(r.code).toBe(1)
    const out = parseLines(r.stdout)
    expect(out).toHaveLength(expected.length)
    out.forEach((line, i) => {
      const want = expected[i]!
      if (typeof want === 'string') {
        expect(line.source.id).toBe(want)
        expect(line.headline).toBe(`Council approves ${want} harbour plan`)
      } else {
        expect(line.error?.reason).toBe(want[0])
        expect(line.source).toEqual({ id: want[1], line: i + 1 })
      }
    })
    expect(r.stderr).toMatch(/article-parse: 46 records, 40 articles, 0 warnings, 6 failed in /)
    expect(r.stderr).toContain('failed stdin#4: not valid JSON')
    expect(r.stderr).not.toContain('skipped')
  })

  test('a PNG among the records is as many error lines as it holds lines (its signature holds two newlines)', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    const stream = Buffer.concat([Buffer.from(jsonl([{ id: 'a', text: story('a') }])), png, Buffer.from('\n')])
    const r = await runCli(['--from', 'ndjson'], stream)
    expect(parseLines(r.stdout).map((l) => l.error?.reason ?? l.source.id)).toEqual([
      'a',
      'invalid-json',
      'invalid-json',
      'binary',
    ])
  })

  test('a feed record gives one line per story, each with its id and story number', async () => {
    const feed = readFileSync(join(ROOT, 'fixtures', 'feed-framed-1', 'input.txt'), 'utf8')
    const r = await runCli(
      ['--from', 'ndjson'],
      jsonl([
        { id: 'a', text: story('a') },
        { id: 'feed', text: feed },
      ]),
    )
    expect(r.code).toBe(0)
    const out = parseLines(r.stdout)
    expect(out.length).toBeGreaterThan(2)
    expect(out[0]!.source.id).toBe('a')
    const stories = out.slice(1)
    expect(stories.map((a) => a.source.id)).toEqual(stories.map(() => 'feed'))
    expect(stories.map((a) => a.source.story)).toEqual(stories.map((_, i) => i + 1))
    expect(stories.every((a) => a.source.stories === stories.length)).toBe(true)
  })

  test("a record's Articles are those of a UTF-8 file holding its text, but for source.path and source.id", async () => {
    const fixtures = listFixtures().filter(
      (f) => f.input.endsWith('.txt') && isUtf8(f.bytes) && !f.bytes.includes(0) && f.args.length === 0,
    )
    expect(fixtures.length).toBeGreaterThan(10)
    const records = fixtures.map((f) => ({ id: f.name, text: f.bytes.toString('utf8') }))
    const r = await runCli(['--from', 'ndjson', '--positions'], jsonl(records))
    const fromFiles = await runCli([...fixtures.map((f) => join(ROOT, f.input)), '-f', 'ndjson', '--positions'])
    const strip = (a: OutLine) => ({ ...a, source: { ...a.source, path: undefined, id: undefined } })
    const recordArticles = parseLines(r.stdout)
    expect(recordArticles.map(strip)).toEqual(parseLines(fromFiles.stdout).map(strip))
    expect(new Set(recordArticles.map((a) => a.source.id))).toEqual(new Set(fixtures.map((f) => f.name)))
  })

  test('--id-field and --text-field name the fields; a record without an id has source.id null', async () => {
    const r = await runCli(
      ['--from', 'ndjson', '--id-field', 'guid', '--text-field', 'body'],
      jsonl([{ guid: 'g1', body: story('g1') }, { body: story('none') }, { guid: 7, body: story('seven') }]),
    )
    expect(r.code).toBe(0)
    expect(parseLines(r.stdout).map((a) => [a.source.id, a.headline])).toEqual([
      ['g1', 'Council approves g1 harbour plan'],
      [null, 'Council approves none harbour plan'],
      ['7', 'Council approves seven harbour plan'],
    ])
  })

  test('files and folders of JSON lines: each record with its path and line; an unreadable input says so', async () => {
    const lake = join(dir, 'lake')
    mkdirSync(join(lake, 'sub'), { recursive: true })
    writeFileSync(
      join(lake, 'a.ndjson'),
      jsonl([{ id: 'a1', text: story('a1') }, 'oops', { id: 'a3', text: story('a3') }]),
    )
    writeFileSync(join(lake, 'sub', 'b.jsonl'), jsonl([{ id: 'b1', text: story('b1') }]))
    writeFileSync(join(lake, 'notes.txt'), 'not records')
    const missing = join(dir, 'missing.ndjson')
    const r = await runCli(['--from', 'ndjson', lake, missing])
    expect(r.code).toBe(1)
    expect(parseLines(r.stdout).map((l) => [l.source.path, l.source.id, l.error?.reason ?? 'ok'])).toEqual([
      [join(lake, 'a.ndjson'), 'a1', 'ok'],
      [join(lake, 'a.ndjson'), null, 'invalid-json'],
      [join(lake, 'a.ndjson'), 'a3', 'ok'],
      [join(lake, 'sub', 'b.jsonl'), 'b1', 'ok'],
      [missing, null, 'unreadable'],
    ])
    expect(parseLines(r.stdout)[1]!.source.line).toBe(2)
    expect(r.stderr).toContain(`failed ${join(lake, 'a.ndjson')}#2: not valid JSON`)
  })

  test('--report names each record by its input and line; the summary lists the first 20 failures', async () => {
    const records = Array.from({ length: 30 }, (_, i) =>
      i % 6 === 0 ? { id: `ok${i}`, text: story('x') } : `bad ${i}`,
    )
    const report = join(dir, 'report.ndjson')
    const r = await runCli(['--from', 'ndjson', '--report', report], jsonl(records))
    expect(r.code).toBe(1)
    expect(parseLines(r.stdout)).toHaveLength(30)
    expect(r.stderr.match(/ {2}failed stdin#\d+: not valid JSON/g)).toHaveLength(20)
    expect(r.stderr).toContain('failed 5 more (each has its error line in the output')
    const lines = readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; rule: string })
    expect(lines).toHaveLength(25)
    expect(lines[0]).toMatchObject({ file: 'stdin#2', rule: 'input-failed' })
  })

  test.each([
    [['-f', 'md'], /--from ndjson writes JSON lines/],
    [['--out-dir', 'x'], /not --out-dir/],
    [['--pretty'], /--pretty does not go with --from ndjson/],
    [['--encoding', 'latin1'], /JSON lines are UTF-8/],
    [['--id-field', 'text'], /name the same field/],
  ])('usage error: --from ndjson %j', async (args, message) => {
    const r = await runCli(['--from', 'ndjson', ...args], '{}\n')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
  })

  test('--id-field without --from ndjson is a usage error', async () => {
    const r = await runCli(['--id-field', 'guid'], story('a'))
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/--id-field goes with --from ndjson/)
  })
})

function runBin(args: string[], input: Buffer): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } })
    let stdout = ''
    let stderr = ''
    // Decoded as a stream: a character cut between two chunks must not become two U+FFFD.
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(input)
  })
}

describe.skipIf(!existsSync(join(ROOT, 'dist', 'batch', 'worker.js')))('--from ndjson in the built CLI', () => {
  test('on the worker pool (--jobs 2): the same lines, in the same order, as in one thread', async () => {
    const [stream, expected] = injected()
    const many = Buffer.concat(Array.from({ length: 8 }, () => stream))
    const pool = await runBin(['--from', 'ndjson', '--max-size', '20k', '--jobs', '2'], many)
    const thread = await runBin(['--from', 'ndjson', '--max-size', '20k', '--jobs', '1'], many)
    expect(pool.code).toBe(1)
    expect(parseLines(pool.stdout)).toHaveLength(expected.length * 8)
    expect(pool.stdout).toBe(thread.stdout)
  })

  test('records that trickle in are answered as they come, while stdin is still open', async () => {
    const child = spawn(process.execPath, [BIN, '--from', 'ndjson', '-q'])
    let stdout = ''
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d
    })
    const lines = (n: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (stdout.split('\n').length <= n) return
          child.stdout.off('data', check)
          resolve()
        }
        child.stdout.on('data', check)
      })
    // Each record is written only once the one before has come out: with output held back, this never ends.
    for (let i = 0; i < 3; i++) {
      const seen = lines(i + 1)
      child.stdin.write(`${JSON.stringify({ id: `t${i}`, text: story(`t${i}`) })}\n`)
      await seen
    }
    child.stdin.end()
    const code = await new Promise((resolve) => child.on('close', resolve))
    expect(code).toBe(0)
    expect(parseLines(stdout).map((a) => a.source.id)).toEqual(['t0', 't1', 't2'])
  })
})
