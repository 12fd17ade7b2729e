import { spawn } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterAll, beforeEach, describe, expect, test } from 'vitest'
import { usesPool } from '../src/cli/convert.js'
import { runCli } from './helpers/run-cli.js'

const ROOT = join(import.meta.dirname, '..')
const BIN = join(ROOT, 'bin', 'article-parse.cjs')
const base = mkdtempSync(join(tmpdir(), 'ap-cli-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))
let dir = ''
let n = 0
beforeEach(() => {
  dir = join(base, `case-${n++}`)
  mkdirSync(dir, { recursive: true })
})

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])

/** A short story of our own whose headline names it, so outputs can be told apart. */
function story(name: string): string {
  return `Council approves ${name} harbour plan\n\nThe town council on Monday approved the ${name} plan after a long debate.\n\n"We have waited long enough," the mayor said.\n`
}

/** Writes files below `dir`: a string is a story's name, a Buffer is written as is. */
function files(tree: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(tree)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), typeof content === 'string' ? story(content) : content)
  }
}

/** Every file below a folder, relative, sorted. */
function listTree(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort()
}

const headlines = (ndjson: string) =>
  ndjson
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { headline: string }).headline)
const p = (path: string) => join(dir, path)

describe('batch from folders', () => {
  test('--out-dir mirrors the input tree; hidden files, node_modules and other extensions are skipped', async () => {
    files({
      'in/a.txt': 'a',
      'in/2024/b.txt': 'b',
      'in/2024/deep/c.md': 'c',
      'in/.hidden.txt': 'h',
      'in/node_modules/x.txt': 'x',
      'in/notes.json': 'n',
      'in/.git/d.txt': 'd',
    })
    const r = await runCli([p('in'), '--out-dir', p('out')])
    expect(r.code).toBe(0)
    expect(listTree(p('out'))).toEqual(['2024/b.json', '2024/deep/c.json', 'a.json'])
    expect(JSON.parse(readFileSync(p('out/2024/b.json'), 'utf8')).headline).toBe('Council approves b harbour plan')
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/article-parse: 3 files, 3 articles, .*0 failed, 0 skipped/)
  })

  test('--ext chooses the extensions taken from folders', async () => {
    files({ 'in/a.txt': 'a', 'in/b.nws': 'b', 'in/c.md': 'c' })
    const r = await runCli([p('in'), '--ext', 'nws,.md'])
    expect(r.code).toBe(0)
    expect(headlines(r.stdout)).toEqual(['Council approves b harbour plan', 'Council approves c harbour plan'])
  })

  test('several inputs go to stdout as NDJSON in sorted input order, each with source.path', async () => {
    files({ 'in/b.txt': 'b', 'in/a.txt': 'a', 'in/sub/c.txt': 'c', 'in/10.txt': 'ten' })
    const r = await runCli([p('in')])
    expect(r.code).toBe(0)
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { source: { path: string } })
    expect(lines.map((a) => relative(p('in'), a.source.path))).toEqual(['10.txt', 'a.txt', 'b.txt', 'sub/c.txt'])
  })

  test('--format ndjson gives one line even for a single story', async () => {
    files({ 'a.txt': 'a' })
    const r = await runCli([p('a.txt'), '-f', 'ndjson'])
    expect(r.stdout.split('\n')).toEqual([expect.stringContaining('"headline":"Council approves a harbour plan"'), ''])
  })

  test('a symbolic-link loop cannot hang the walk', async () => {
    files({ 'in/a.txt': 'a' })
    symlinkSync(p('in'), p('in/loop'))
    const r = await runCli([p('in')])
    expect(r.code).toBe(0)
    expect(headlines(r.stdout)).toEqual(['Council approves a harbour plan'])
  })
})

describe('a bad file never stops the batch', () => {
  test('a binary file in the middle fails with one line naming it; the others are converted; exit 1', async () => {
    files({ 'in/a.txt': 'a', 'in/b.txt': PNG, 'in/c.txt': 'c', 'in/d.txt': Buffer.from('Headline\0\0\0\0 body') })
    const r = await runCli([p('in'), '--out-dir', p('out')])
    expect(r.code).toBe(1)
    expect(listTree(p('out'))).toEqual(['a.json', 'c.json'])
    expect(r.stderr).toMatch(/4 files, 2 articles, .*2 failed/)
    // Listed once each, in full, in the summary.
    expect(r.stderr).toContain(`  failed ${p('in/b.txt')}: looks like a PNG image, not text; skipped\n`)
    expect(r.stderr).toContain(`  failed ${p('in/d.txt')}: looks like binary data (NUL bytes), not text; skipped\n`)
    expect(r.stderr.split(p('in/b.txt')).length).toBe(2)
  })

  test('--verbose also prints each failure as it happens', async () => {
    files({ 'in/a.txt': 'a', 'in/b.txt': PNG })
    const r = await runCli([p('in'), '--out-dir', p('out'), '--verbose'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(`article-parse: ${p('in/b.txt')}: looks like a PNG image, not text; skipped\n`)
    expect(r.stderr).toContain(`  failed ${p('in/b.txt')}: looks like a PNG image`)
  })

  test('--fail-fast stops at the first failure', async () => {
    files({ 'in/a.txt': PNG, 'in/b.txt': 'b', 'in/c.txt': 'c' })
    const r = await runCli([p('in'), '--out-dir', p('out'), '--fail-fast'])
    expect(r.code).toBe(1)
    expect(existsSync(p('out'))).toBe(false)
    expect(r.stderr).toMatch(/1 file, 0 articles, .*1 failed/)
  })

  test('--fail-fast: the files before the failure are written, none after it', async () => {
    files({ 'in/a.txt': 'a', 'in/b.txt': 'b', 'in/c.txt': PNG, 'in/d.txt': 'd', 'in/e.txt': 'e' })
    const r = await runCli([p('in'), '--out-dir', p('out'), '--fail-fast'])
    expect(r.code).toBe(1)
    expect(listTree(p('out'))).toEqual(['a.json', 'b.json'])
    expect(r.stderr).toMatch(/3 files, 2 articles, .*1 failed/)
  })

  test('UTF-16 without a byte-order mark is read, not refused', async () => {
    files({ 'a.txt': Buffer.from(story('utf16'), 'utf16le') })
    const r = await runCli([p('a.txt')])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).headline).toBe('Council approves utf16 harbour plan')
  })
})

describe('existing outputs: skipped and counted, overwritten with --force', () => {
  test('a second run skips; --force rewrites', async () => {
    files({ 'in/a.txt': 'a', 'in/b.txt': 'b' })
    expect((await runCli([p('in'), '--out-dir', p('out')])).code).toBe(0)
    writeFileSync(p('out/a.json'), 'kept')
    const again = await runCli([p('in'), '--out-dir', p('out')])
    expect(again.code).toBe(0)
    expect(again.stderr).toMatch(/2 files, 0 articles, .*0 failed, 2 skipped/)
    expect(again.stderr).toContain('--force overwrites them')
    expect(readFileSync(p('out/a.json'), 'utf8')).toBe('kept')
    const forced = await runCli([p('in'), '--out-dir', p('out'), '--force'])
    expect(forced.code).toBe(0)
    expect(JSON.parse(readFileSync(p('out/a.json'), 'utf8')).headline).toBe('Council approves a harbour plan')
    expect(listTree(p('out'))).toEqual(['a.json', 'b.json']) // no temp files left
  })
})

/** A feed of short wire stories, one per name, each ending in ENDS. */
function feed(names: string[]): string {
  return names
    .map(
      (name) =>
        `Council approves ${name} harbour plan\n\nDUBLIN, April 1 (Reuters) - The town council on Monday approved the ${name} plan after a long debate.\n\nThe vote was close, officials said.\n\nENDS\n`,
    )
    .join('\n')
}

describe("a feed's story outputs (a.1.json, a.2.json …) never overwrite what is not theirs", () => {
  test('one that exists already is skipped as a whole without --force, and rewritten with it', async () => {
    mkdirSync(p('in'))
    writeFileSync(p('in/a.txt'), feed(['x', 'y', 'z']))
    mkdirSync(p('out'))
    writeFileSync(p('out/a.2.json'), 'kept')
    const r = await runCli([p('in'), '--out-dir', p('out')])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/1 file, 0 articles, .*0 failed, 1 skipped/)
    expect(listTree(p('out'))).toEqual(['a.2.json'])
    expect(readFileSync(p('out/a.2.json'), 'utf8')).toBe('kept')
    const forced = await runCli([p('in'), '--out-dir', p('out'), '--force'])
    expect(forced.code).toBe(0)
    expect(listTree(p('out'))).toEqual(['a.1.json', 'a.2.json', 'a.3.json'])
    expect(JSON.parse(readFileSync(p('out/a.2.json'), 'utf8')).headline).toBe('Council approves y harbour plan')
  })

  test('an input named like one of its stories keeps its output, and the feed fails saying why', async () => {
    files({ 'in/a.1.txt': 'single' })
    writeFileSync(p('in/a.txt'), feed(['x', 'y', 'z']))
    const r = await runCli([p('in'), '--out-dir', p('out'), '--force'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      `in/a.txt: its story 1 would go to \`${p('out/a.1.json')}\`, which is another input's output`,
    )
    expect(listTree(p('out'))).toEqual(['a.1.json'])
    expect(JSON.parse(readFileSync(p('out/a.1.json'), 'utf8')).headline).toBe('Council approves single harbour plan')
  })

  test('listed after the feed, such an input is refused instead (the feed may have that story)', async () => {
    files({ 'in/a.1.txt': 'single', 'in/b.txt': 'only', 'in/b.1.txt': 'other' })
    writeFileSync(p('in/a.txt'), feed(['x', 'y']))
    const r = await runCli([p('in/a.txt'), p('in/a.1.txt'), p('in/b.txt'), p('in/b.1.txt'), '--out-dir', p('out')])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain(
      `in/a.1.txt: its output \`${p('out/a.1.json')}\` would also be a story of \`${p('out/a.json')}\`'s input`,
    )
    expect(r.stderr).toContain(`in/b.1.txt: its output \`${p('out/b.1.json')}\` would also be a story of`)
    expect(r.stderr).toMatch(/4 files, 3 articles, .*2 failed/)
    expect(listTree(p('out'))).toEqual(['a.1.json', 'a.2.json', 'b.json'])
    expect(JSON.parse(readFileSync(p('out/a.1.json'), 'utf8')).headline).toBe('Council approves x harbour plan')
  })

  test('in NDJSON a feed is one file, so a.1.txt is no clash, and an existing a.1.ndjson does not make the feed skip', async () => {
    files({ 'in/a.1.txt': 'single' })
    writeFileSync(p('in/a.txt'), feed(['x', 'y']))
    const r = await runCli([p('in'), '--out-dir', p('out'), '-f', 'ndjson'])
    expect(r.code).toBe(0)
    expect(r.stderr).toMatch(/2 files, 3 articles, .*0 failed, 0 skipped/)
    expect(listTree(p('out'))).toEqual(['a.1.ndjson', 'a.ndjson'])
    expect(headlines(readFileSync(p('out/a.ndjson'), 'utf8'))).toEqual([
      'Council approves x harbour plan',
      'Council approves y harbour plan',
    ])
  })
})

describe('file safety', () => {
  test('a listed path climbing out with .. still writes inside --out-dir', async () => {
    files({ 'elsewhere/x.txt': 'x', 'work/keep.nws': 'the folder the list is read from' })
    const r = await runCli(['--files-from', '-', '--out-dir', p('work/out')], `${p('work')}/../elsewhere/x.txt\n`)
    expect(r.code).toBe(0)
    expect(listTree(p('work'))).toEqual(['keep.nws', 'out/x.json'])
    expect(listTree(p('elsewhere'))).toEqual(['x.txt'])
  })

  test('an output that would land on its own input is refused', async () => {
    files({ 'out/a.md': 'a' })
    const r = await runCli([p('out/a.md'), '--out-dir', p('out'), '-f', 'md', '--force'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('refusing to write its output')
    expect(readFileSync(p('out/a.md'), 'utf8')).toBe(story('a'))
  })

  test('--out-dir overlapping an input folder whose outputs would be read as inputs is a usage error', async () => {
    files({ 'in/a.md': 'a' })
    const r = await runCli([p('in'), '--out-dir', p('in'), '-f', 'md'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/overlaps the input folder/)
    expect(listTree(p('in'))).toEqual(['a.md'])
  })

  test('two inputs with the same output path: the second fails, the first is kept', async () => {
    files({ 'one/a.txt': 'one', 'two/a.txt': 'two' })
    const r = await runCli([p('one/a.txt'), p('two/a.txt'), '--out-dir', p('out')])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain("is also another input's output")
    expect(JSON.parse(readFileSync(p('out/a.json'), 'utf8')).headline).toBe('Council approves one harbour plan')
  })

  test('--max-size refuses a larger file and the batch goes on', async () => {
    files({ 'in/a.txt': 'a', 'in/big.txt': 'x'.repeat(3000) })
    const r = await runCli([p('in'), '--max-size', '2k'])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/big\.txt: is \d+ bytes, over the --max-size limit of 2048 bytes; skipped/)
    expect(headlines(r.stdout)).toEqual(['Council approves a harbour plan'])
  })

  test('a missing path fails with a clear message, exit 1', async () => {
    const r = await runCli([p('nope.txt')])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`article-parse: ${p('nope.txt')}: no such file or directory\n`)
  })

  test('-o pointing at a folder fails with a clear message and leaves no temp file', async () => {
    files({ 'a.txt': 'a' })
    mkdirSync(p('target'))
    const r = await runCli([p('a.txt'), '-o', p('target')])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/cannot write `.*target`: is a directory/)
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'target'])
  })

  test.skipIf(process.getuid?.() === 0)(
    'an unreadable file fails with "permission denied" (skipped as root: root ignores file modes)',
    async () => {
      files({ 'in/a.txt': 'a', 'in/b.txt': 'b' })
      chmodSync(p('in/b.txt'), 0o000)
      const r = await runCli([p('in')])
      expect(r.code).toBe(1)
      expect(r.stderr).toContain(`${p('in/b.txt')}: permission denied`)
      expect(headlines(r.stdout)).toEqual(['Council approves a harbour plan'])
    },
  )
})

describe('inputs from globs and lists', () => {
  test('a quoted glob is expanded by article-parse, sorted, and mirrored from its fixed folder', async () => {
    files({ 'wire/2024/a.txt': 'a', 'wire/2023/b.txt': 'b', 'wire/2024/c.md': 'c', 'wire/.x/d.txt': 'd' })
    const r = await runCli([join(dir, 'wire/**/*.txt'), '--out-dir', p('out')])
    expect(r.code).toBe(0)
    expect(listTree(p('out'))).toEqual(['2023/b.json', '2024/a.json'])
  })

  test('--files-from - reads the list from stdin, in its order', async () => {
    files({ 'a.txt': 'a', 'b.txt': 'b' })
    const r = await runCli(['--files-from', '-'], `${p('b.txt')}\n\n${p('a.txt')}\r\n`)
    expect(r.code).toBe(0)
    expect(headlines(r.stdout)).toEqual(['Council approves b harbour plan', 'Council approves a harbour plan'])
  })
})

describe('where a batch runs', () => {
  test('by default on the worker pool only beyond 2,000 files or 8 MB', () => {
    expect(usesPool(2000, 8 * 1024 * 1024, false)).toBe(false)
    expect(usesPool(2001, 1000, false)).toBe(true)
    expect(usesPool(64, 8 * 1024 * 1024 + 1, false)).toBe(true)
    expect(usesPool(1, 0, false)).toBe(false)
  })

  test('never under 64 files: a few large stories gain nothing from fresh workers', () => {
    expect(usesPool(1, 50 * 1024 * 1024, false)).toBe(false)
    expect(usesPool(63, 500 * 1024 * 1024, false)).toBe(false)
    expect(usesPool(63, 500 * 1024 * 1024, true)).toBe(false)
  })

  test('with --jobs given, on the pool from 64 files', () => {
    expect(usesPool(63, 1e9, true)).toBe(false)
    expect(usesPool(64, 0, true)).toBe(true)
  })
})

describe('exit codes', () => {
  test.each([
    [['--jobs', '0'], /--jobs/],
    [['--max-size', 'huge'], /--max-size/],
    [['--no-such-flag'], /unknown option/],
    [['-o', 'x.json', '--out-dir', 'out', 'a.txt'], /do not go together/],
    [['--files-from', '/no/such/list'], /cannot read the --files-from list/],
    [['--files-from', '-', '-'], /stdin/],
  ])('%j is a usage error (2)', async (argv, message) => {
    const r = await runCli(argv, '')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
  })

  test('0 when all inputs convert, even with warnings', async () => {
    files({ 'a.txt': 'a' })
    expect((await runCli([p('a.txt')])).code).toBe(0)
  })
})

/** Runs the built CLI as a user would, with signals and worker threads. */
function runBin(
  args: string[],
  whileRunning?: (child: ReturnType<typeof spawn>) => void,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, NO_COLOR: '1' } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    const poll = whileRunning ? setInterval(() => whileRunning(child), 10) : undefined
    child.on('close', (code) => {
      clearInterval(poll)
      resolve({ code, stdout, stderr })
    })
  })
}

describe.skipIf(!existsSync(join(ROOT, 'dist', 'batch', 'worker.js')))('the built CLI (worker pool, Ctrl-C)', () => {
  test('--jobs 2 over 150 files: outputs mirrored, NDJSON in input order, a corrupt file reported', async () => {
    const tree: Record<string, string | Buffer> = {}
    for (let i = 0; i < 150; i++) tree[`in/${String(i).padStart(3, '0')}.txt`] = i === 75 ? PNG : `s${i}`
    files(tree)
    const out = await runBin([p('in'), '--jobs', '2', '--out-dir', p('out')])
    expect(out.code).toBe(1)
    expect(listTree(p('out'))).toHaveLength(149)
    expect(out.stderr).toMatch(/150 files, 149 articles, .*1 failed/)
    const std = await runBin([p('in'), '--jobs', '2'])
    expect(headlines(std.stdout)).toEqual(
      Array.from({ length: 150 }, (_, i) => `Council approves s${i} harbour plan`).filter((_, i) => i !== 75),
    )
  })

  test('Ctrl-C stops cleanly: exit 130, a report, finished outputs whole, no temp files', async () => {
    const tree: Record<string, string> = {}
    for (let i = 0; i < 3000; i++) tree[`in/${String(i).padStart(4, '0')}.txt`] = `s${i}`
    files(tree)
    let sent = false
    // Interrupt once the batch is under way (the first outputs are there).
    const r = await runBin([p('in'), '--out-dir', p('out'), '--jobs', '2', '--format', 'md'], (child) => {
      if (!sent && existsSync(p('out')) && readdirSync(p('out')).length > 0) {
        sent = true
        child.kill('SIGINT')
      }
    })
    // 3,000 files take a few hundred milliseconds at least: the first outputs are seen well before the end.
    expect(sent, 'the batch finished before it could be interrupted').toBe(true)
    expect(r.code).toBe(130)
    expect(r.stderr).toMatch(/article-parse: interrupted: \d+ files/)
    const written = listTree(p('out'))
    expect(written.every((f) => f.endsWith('.md'))).toBe(true)
    for (const f of written) expect(statSync(join(p('out'), f)).size).toBeGreaterThan(0)
  })
})
