import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeEach, describe, expect, test } from 'vitest'
import { runCli } from './helpers/run-cli.js'

// What a folder of wire files gives: stories under the extensions wire systems use, or none at all,
// are taken; a folder or glob that gives nothing is a usage error; an empty story is a warning.

const base = mkdtempSync(join(tmpdir(), 'ap-inputs-'))
afterAll(() => rmSync(base, { recursive: true, force: true }))
let dir = ''
let n = 0
beforeEach(() => {
  dir = join(base, `case-${n++}`)
  mkdirSync(dir, { recursive: true })
})

const p = (rel: string) => join(dir, rel)
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])

function story(name: string): string {
  return `Harbour plan ${name} approved\n\nThe town council on Monday approved the ${name} plan after a long debate.\n`
}

function write(tree: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(tree)) writeFileSync(p(rel), content)
}

function headlines(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { headline: string }).headline)
}

describe('a folder of wire files', () => {
  test('takes .tst, .nws, .ans, .wir and files without an extension that read as text; passes over binaries', async () => {
    write({
      'a.tst': story('a'),
      'b.nws': story('b'),
      'c.ans': story('c'),
      'd.wir': story('d'),
      '0005': story('e'),
      logo: PNG,
      'notes.json': '{}',
    })
    const r = await runCli([dir])
    expect(r.code).toBe(0)
    expect(headlines(r.stdout)).toEqual(['e', 'a', 'b', 'c', 'd'].map((x) => `Harbour plan ${x} approved`))
  })

  test('--ext none takes only the files without an extension', async () => {
    write({ 'a.txt': story('a'), '0002': story('b') })
    const r = await runCli([dir, '--ext', 'none'])
    expect(r.code).toBe(0)
    expect(headlines(r.stdout)).toEqual(['Harbour plan b approved'])
  })
})

describe('inputs that name nothing', () => {
  test('an empty folder: exit 2 and one line saying so, nothing on stdout', async () => {
    const r = await runCli([dir])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^article-parse: no input in the folder .*--ext/),
    ])
  })

  test('a folder with no file of the extensions asked for', async () => {
    write({ 'a.json': '{}', 'b.csv': 'x,y' })
    const r = await runCli([dir, '--ext', 'txt'])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/no input in the folder .* \.txt \(see --ext\)/)
  })

  test('a glob with no match', async () => {
    const r = await runCli([join(dir, '*.nws')])
    expect(r.code).toBe(2)
    expect(r.stderr.trim()).toMatch(/^article-parse: no file matches `.*\*\.nws`$/)
  })

  test('an empty folder among other inputs is still a usage error: nothing is converted', async () => {
    write({ 'a.txt': story('a') })
    mkdirSync(p('empty'))
    const r = await runCli([p('a.txt'), p('empty')])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
  })
})

describe('an empty input', () => {
  test.each([
    ['an empty file', ''],
    ['blank lines and controls', '\n \r\n\u0003\n'],
  ])('%s gives a warning and an empty Article, exit 0', async (_, text) => {
    write({ 'empty.txt': text })
    const r = await runCli([p('empty.txt')])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ headline: null, body: [] })
    expect(r.stderr).toMatch(/warning Empty input: no text to parse \[source-empty\]/)
  })

  test('a story is no empty input', async () => {
    write({ 'a.txt': story('a') })
    const r = await runCli([p('a.txt')])
    expect(r.stderr).not.toMatch(/source-empty/)
  })
})
