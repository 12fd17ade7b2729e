import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeEach, describe, expect, test } from 'vitest'
import { main } from '../src/cli/main.js'
import { wrapLines } from '../src/cli/wrap.js'

// Issue 22: a batch groups its warnings by rule in the summary, lists failures
// in full, prints every message with --verbose and only errors with -q, keeps
// every message in --report, and never cuts a line in a terminal.

const base = mkdtempSync(join(tmpdir(), 'ap-msg-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))
let dir = ''
let n = 0
beforeEach(() => {
  dir = join(base, `c${n++}`)
  mkdirSync(join(dir, 'in'), { recursive: true })
})
const p = (path: string) => join(dir, path)

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
/** A story in Windows-1252 bytes (é as 0xE9): read with a `source-encoding` warning. */
const legacy = (i: number) =>
  Buffer.from(`Caf\xe9 owners protest in Lyon ${i}\n\nThe caf\xe9 owners of Lyon marched on Tuesday.\n`, 'latin1')
/** UTF-8 read once as Windows-1252 and saved again (`Ã©`): repaired with a `source-mojibake` warning. */
const mojibake = (i: number) => `CafÃ© owners protest ${i}\n\nThe cafÃ© owners marched on Tuesday in Lyon.\n`
const clean = (i: number) => `Harbour town votes ${i}\n\nCouncillors voted on Tuesday to close the ferry terminal.\n`

/** 12 legacy files, 4 with mojibake, 5 clean, one PNG: 16 warnings, 1 failure. */
function mixedBatch(): void {
  for (let i = 0; i < 12; i++) writeFileSync(p(`in/legacy-${String(i).padStart(2, '0')}.txt`), legacy(i))
  for (let i = 0; i < 4; i++) writeFileSync(p(`in/moji-${i}.txt`), mojibake(i))
  for (let i = 0; i < 5; i++) writeFileSync(p(`in/clean-${i}.txt`), clean(i))
  writeFileSync(p('in/picture.txt'), PNG)
}

interface Run {
  code: number
  stderr: string
}

/** The CLI in-process; stderr a fake terminal of `columns` (or a pipe when undefined). */
async function run(argv: string[], columns?: number): Promise<Run> {
  let stderr = ''
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean }
  stdin.isTTY = true
  const code = await main(argv, {
    stdin,
    stdout: { write: () => true, isTTY: false },
    stderr: {
      write: (s: string) => {
        stderr += s
        return true
      },
      isTTY: columns !== undefined,
      columns,
    },
    env: { NO_COLOR: '1' },
  })
  return { code, stderr }
}

/** What a terminal shows of the output, line by line: cursor and erase sequences removed. */
function screenLines(output: string): string[] {
  return output
    .replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b[78]/g, '\n')
    .split(/\r|\n/)
    .filter((l) => l.trim() !== '')
}

describe('a batch in a terminal', () => {
  test('warnings are grouped by rule with counts and three examples; the failure is listed in full', async () => {
    mixedBatch()
    const r = await run([p('in'), '-d', p('out')], 150)
    expect(r.code).toBe(1)
    const lines = screenLines(r.stderr)
    expect(lines.some((l) => / warning /.test(l))).toBe(false) // nothing one by one
    const encoding = lines.find((l) => l.trim().startsWith('source-encoding'))
    expect(encoding?.trim()).toBe(
      `source-encoding 12 (${p('in/legacy-00.txt')}, ${p('in/legacy-01.txt')}, ${p('in/legacy-02.txt')}, …)`,
    )
    expect(lines.find((l) => l.trim().startsWith('source-mojibake'))?.trim()).toMatch(/^source-mojibake 4 \(/)
    expect(r.stderr).toContain(`failed ${p('in/picture.txt')}: looks like a PNG image, not text; skipped`)
    expect(r.stderr).toMatch(/22 files, 21 articles, 16 warnings, 1 failed/)
  })

  test('--verbose prints every message as it comes, and no grouped list', async () => {
    mixedBatch()
    const r = await run([p('in'), '-d', p('out'), '--verbose'], 150)
    const messages = screenLines(r.stderr).filter((l) => / warning /.test(l))
    expect(messages).toHaveLength(16)
    expect(r.stderr).not.toContain('warnings by rule')
  })

  test('-q prints only the error', async () => {
    mixedBatch()
    const r = await run([p('in'), '-d', p('out'), '-q'], 150)
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`article-parse: ${p('in/picture.txt')}: looks like a PNG image, not text; skipped\n`)
  })

  test.each([150, 60])(
    'on a %i-column terminal no line is longer than the terminal and every rule name is whole',
    async (columns) => {
      mixedBatch()
      for (const flags of [[], ['--verbose']]) {
        const r = await run([p('in'), '-d', p(`out-${flags.length}`), ...flags], columns)
        const lines = screenLines(r.stderr)
        const wordTooLong = (l: string) => l.trim().split(' ').length === 1
        for (const l of lines) if (!wordTooLong(l)) expect(l.length).toBeLessThanOrEqual(columns)
        const rules = lines.flatMap((l) => l.match(/source-[a-z]+/g) ?? [])
        expect(rules.length).toBeGreaterThanOrEqual(flags.length ? 16 : 2)
        expect(new Set(rules)).toEqual(new Set(['source-encoding', 'source-mojibake']))
      }
    },
  )
})

describe('--report FILE', () => {
  test('holds every message of the batch as a JSON line: warnings and the failure', async () => {
    mixedBatch()
    const r = await run([p('in'), '-d', p('out'), '--report', p('report.ndjson')])
    expect(r.code).toBe(1)
    const lines = readFileSync(p('report.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines).toHaveLength(17)
    expect(lines.filter((l) => l.rule === 'source-encoding')).toHaveLength(12)
    expect(lines.filter((l) => l.rule === 'source-mojibake')).toHaveLength(4)
    const failed = lines.filter((l) => l.fatal)
    expect(failed).toEqual([
      {
        file: p('in/picture.txt'),
        line: null,
        column: null,
        severity: 'error',
        fatal: true,
        rule: 'input-failed',
        reason: 'looks like a PNG image, not text; skipped',
      },
    ])
    for (const l of lines)
      expect(Object.keys(l)).toEqual(['file', 'line', 'column', 'severity', 'fatal', 'rule', 'reason'])
  })

  test('is written for a single input too, and a report over an input is refused', async () => {
    writeFileSync(p('in/a.txt'), legacy(1))
    expect((await run([p('in/a.txt'), '--report', p('r.ndjson')])).code).toBe(0)
    expect(readFileSync(p('r.ndjson'), 'utf8')).toContain('"rule":"source-encoding"')
    const refused = await run([p('in/a.txt'), '--report', p('in/a.txt')])
    expect(refused.code).toBe(2)
    expect(readFileSync(p('in/a.txt'))).toEqual(legacy(1))
  })
})

describe('a single input', () => {
  test('prints its messages as they come', async () => {
    writeFileSync(p('in/a.txt'), legacy(1))
    const r = await run([p('in/a.txt')], 150)
    expect(r.stderr).toContain(
      `${p('in/a.txt')}: warning Cannot decode as UTF-8, read as windows-1252 [source-encoding]`,
    )
  })
})

describe('wrapLines', () => {
  test.each([
    ['short line\n', 40, 'short line\n'],
    ['one two three four five six seven\n', 20, 'one two three four\n    five six seven\n'],
    ['  indented words that run past the edge\n', 24, '  indented words that\n      run past the edge\n'],
    ['averyveryverylongwordthatcannotbreak tail\n', 20, 'averyveryverylongwordthatcannotbreak\n    tail\n'],
  ])('%j at %i columns', (text, width, expected) => {
    expect(wrapLines(text, width)).toBe(expected)
  })

  test('no width (a pipe): unchanged', () => {
    const long = `${'word '.repeat(60)}\n`
    expect(wrapLines(long, undefined)).toBe(long)
  })
})

describe('--help', () => {
  test('shows the --max-size default as written', async () => {
    let out = ''
    const stdin = new PassThrough()
    await main(['--help'], {
      stdin,
      stdout: {
        write: (s: string) => {
          out += s
          return true
        },
      },
      stderr: { write: () => true },
    })
    expect(out).toContain('(default: 100MB)')
    expect(out).not.toContain('104857600')
  })
})
