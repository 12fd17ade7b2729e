import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { findInputs, globBase } from '../src/batch/find-inputs.js'
import { OutputClaims, outputPathFor, storyOf, storyPath } from '../src/batch/output-path.js'
import { AtomicWriter, tempPathFor, writeAtomicSync } from '../src/batch/write-atomic.js'
import { parseSize } from '../src/cli/program.js'
import { InputError, readInputSync, sniffBinary } from '../src/source/read-input.js'

const tmp = mkdtempSync(join(tmpdir(), 'ap-paths-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('outputPathFor mirrors the input below its folder and never leaves --out-dir', () => {
  test.each([
    // [input path, the folder it was found in, expected output below OUT]
    ['wire/2024/a.txt', 'wire', '2024/a.json'],
    ['wire/a.txt', 'wire', 'a.json'],
    ['wire/story', 'wire', 'story.json'],
    ['wire/a.b.txt', 'wire', 'a.b.json'],
    // Listed with `..`: climbing out of its folder keeps only the file name.
    ['../../etc/passwd.txt', '.', 'passwd.json'],
    ['wire/../../x.txt', 'wire', 'x.json'],
    ['/abs/elsewhere/y.md', '.', 'y.json'],
  ])('%s (found in %s) → OUT/%s', (path, base, expected) => {
    const out = outputPathFor({ path, base }, 'OUT', 'json')
    expect(out).not.toBeNull()
    expect(relative(resolve('OUT'), resolve(out!))).toBe(expected)
  })

  test.each([
    ['md', 'a.md'],
    ['html', 'a.html'],
    ['ndjson', 'a.ndjson'],
  ] as const)('format %s gives %s', (format, expected) => {
    expect(outputPathFor({ path: 'in/a.txt', base: 'in' }, 'OUT', format)).toBe(join('OUT', expected))
  })

  test('a feed of several stories numbers its outputs; one story keeps the plain name', () => {
    expect(storyPath('OUT/a.json', 2, 3)).toBe('OUT/a.2.json')
    expect(storyPath('OUT/a.json', 1, 1)).toBe('OUT/a.json')
  })
})

describe('a walked file gives the output path it would without its walk path', () => {
  test('every file of a tree, with odd names, for every --out-dir spelling', async () => {
    const root = join(tmp, 'walked')
    for (const f of [
      'a.txt',
      'a.md',
      'a.n/b.txt',
      'x/y/z.story.txt',
      'x/a.',
      'x/y.txt',
      'ünï cødé/ß.txt',
      'sp ace/t.text',
    ]) {
      mkdirSync(dirname(join(root, f)), { recursive: true })
      writeFileSync(join(root, f), 'x')
    }
    const found = []
    for await (const input of findInputs([root], { exts: ['*'] })) found.push(input)
    expect(found.length).toBe(8)
    for (const input of found) {
      expect(input.rel).toBeDefined()
      for (const outDir of ['OUT', 'OUT/', './OUT', '.', '/abs/OUT', '../up']) {
        expect(outputPathFor(input, outDir, 'json')).toBe(
          outputPathFor({ path: input.path, base: input.base }, outDir, 'json'),
        )
      }
    }
  })
})

describe('OutputClaims refuses an output a second input would write', () => {
  test.each([true, false])('grouped: %s', (grouped) => {
    const claims = new OutputClaims(grouped)
    // In walk order: a.md, then the folder a.n, then a.txt, whose output is a.md's.
    expect(
      [
        'OUT/a.json',
        'OUT/a.n/b.json',
        'OUT/a.json',
        'OUT/a.n.json',
        'OUT/b/c.json',
        'OUT/b/d.json',
        'OUT/b/c.json',
        'OUT/c.json',
      ].map((o) => claims.claim(o).status !== 'taken'),
    ).toEqual([true, true, false, true, true, true, false, true])
  })

  test.each(['', 'OUT/', '/abs/OUT/'])(
    'grouped, outputs below "%s": the folders above stay claimed while the walk is inside them',
    (root) => {
      const claims = new OutputClaims(true)
      const seq = ['a.json', 'sub/deep/x.json', 'sub/y.json', 'sub/deep/x2.json', 'sub/y.json', 'a.json', 'z.json'].map(
        (o) => claims.claim(root + o).status !== 'taken',
      )
      expect(seq).toEqual([true, true, true, true, false, false, true])
    },
  )

  test('not grouped: the same file under two spellings is one output', () => {
    const claims = new OutputClaims(false)
    expect(claims.claim('OUT/a.json').status).toBe('free')
    expect(claims.claim('./OUT/x/../a.json').status).toBe('taken')
  })
})

describe("OutputClaims and a feed's numbered story outputs", () => {
  test('storyOf reads back the names storyPath gives, and only those', () => {
    for (const out of ['OUT/a.json', 'a.b.md', '/x/y/2024.html', 'a.7.json']) {
      for (const story of [1, 2, 10, 123]) expect(storyOf(storyPath(out, story, 200))).toEqual({ out, story })
    }
    for (const name of ['a.json', 'a.0.json', 'a.01.json', 'a.1', '.1.json', 'a.-1.json', 'a.1x.json'])
      expect(storyOf(name)).toBeNull()
  })

  test.each([true, false])(
    'grouped: %s; a story name claimed first is handed to the feed as taken, one claimed after the feed is refused',
    (grouped) => {
      const claims = new OutputClaims(grouped)
      expect(claims.claim('OUT/a.1.json')).toEqual({ status: 'free', storiesTaken: [] })
      expect(claims.claim('OUT/a.3.json')).toEqual({ status: 'free', storiesTaken: [] })
      expect(claims.claim('OUT/a.json')).toEqual({ status: 'free', storiesTaken: [1, 3] })
      expect(claims.claim('OUT/a.2.json')).toEqual({
        status: 'story',
        of: grouped ? 'OUT/a.json' : resolve('OUT/a.json'),
      })
      expect(claims.claim('OUT/sub/a.json')).toEqual({ status: 'free', storiesTaken: [] })
      // A numbered name is no story name of another folder's output.
      expect(claims.claim('OUT/sub/b.1.json').status).toBe('free')
      expect(claims.claim('OUT/b.json')).toEqual({ status: 'free', storiesTaken: [] })
    },
  )

  test('with NDJSON (a feed is one file) numbered names are plain outputs', () => {
    const claims = new OutputClaims(true, false)
    expect(claims.claim('OUT/a.ndjson')).toEqual({ status: 'free', storiesTaken: [] })
    expect(claims.claim('OUT/a.1.ndjson')).toEqual({ status: 'free', storiesTaken: [] })
  })
})

describe('globBase is the folder before the first wildcard', () => {
  test.each([
    ['wire/2024/**/*.txt', 'wire/2024'],
    ['wire/*.txt', 'wire'],
    ['*.txt', '.'],
    ['wire/20[0-9][0-9]/a.txt', 'wire'],
  ])('%s → %s', (pattern, base) => expect(globBase(pattern)).toBe(base))
})

describe('parseSize', () => {
  test.each([
    ['1000', 1000],
    ['500k', 500 * 1024],
    ['20MB', 20 * 1024 ** 2],
    ['1g', 1024 ** 3],
  ])('%s = %d bytes', (text, bytes) => expect(parseSize(text)).toBe(bytes))
  test.each(['', 'lots', '-5', '0', '10 parsecs'])('%j is refused', (text) => expect(() => parseSize(text)).toThrow())
})

describe('sniffBinary refuses binary input but not text', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
  test.each([
    ['a PNG', png, /PNG image/],
    ['NUL bytes in text', Buffer.from('Storm hits coast\0\0\0 more'), /NUL bytes/],
    ['a gzip archive', Buffer.from([0x1f, 0x8b, 8, 0]), /gzip/],
  ])('%s', (_, bytes, reason) => expect(sniffBinary(bytes)).toMatch(reason))
  test.each([
    ['plain UTF-8', Buffer.from('Storm hits coast\n\nA storm hit the coast on Monday.\n')],
    ['UTF-16LE without a BOM', Buffer.from('Storm hits coast\n\nA storm hit the coast on Monday.\n', 'utf16le')],
    ['wire control characters', Buffer.from('\x01ZCZC\x02 Storm hits coast\n\nText.\x03')],
    ['a story that starts with "PK"', Buffer.from('PK leader quits\n\nThe party leader resigned.')],
  ])('%s is text', (_, bytes) => expect(sniffBinary(bytes)).toBeNull())
})

describe('readInputSync', () => {
  test('a directory is refused with a clear reason', () => {
    expect(() => readInputSync(tmp)).toThrow(new InputError(tmp, 'is a directory, not a file'))
  })
  test('a missing file is refused with a clear reason', () => {
    expect(() => readInputSync(join(tmp, 'nope.txt'))).toThrow(/nope\.txt: no such file or directory/)
  })
  test('a file over --max-size is refused before it is read', () => {
    const big = join(tmp, 'big.txt')
    writeFileSync(big, 'x'.repeat(5000))
    expect(() => readInputSync(big, { maxBytes: 4096 })).toThrow(
      /is 5000 bytes, over the --max-size limit of 4096 bytes/,
    )
    expect(readInputSync(big, { maxBytes: 5000 }).length).toBe(5000)
  })
})

describe('atomic writes leave no temp files', () => {
  test('writeAtomicSync replaces the file whole', () => {
    const dir = join(tmp, 'atomic')
    mkdirSync(dir, { recursive: true })
    writeAtomicSync(join(dir, 'a.json'), 'one')
    writeAtomicSync(join(dir, 'a.json'), 'two')
    expect(readdirSync(dir)).toEqual(['a.json'])
  })
  test('a failed write removes its temp file and leaves the target as it was', () => {
    const dir = join(tmp, 'atomic-fail')
    mkdirSync(join(dir, 'taken.json'), { recursive: true }) // a folder where the file should go: rename fails
    expect(() => writeAtomicSync(join(dir, 'taken.json'), 'x')).toThrow()
    expect(readdirSync(dir)).toEqual(['taken.json'])
  })
  test('a temp file left by a killed run is replaced, a symlink planted under its name is not followed', () => {
    const dir = join(tmp, 'atomic-leftover')
    mkdirSync(dir, { recursive: true })
    const target = join(dir, 'b.json')
    writeFileSync(tempPathFor(target), 'half a file')
    writeAtomicSync(target, 'whole')
    expect(readFileSync(target, 'utf8')).toBe('whole')
    const victim = join(tmp, 'victim.txt')
    writeFileSync(victim, 'keep me')
    symlinkSync(victim, tempPathFor(target))
    writeAtomicSync(target, 'again')
    expect(readFileSync(target, 'utf8')).toBe('again')
    expect(readFileSync(victim, 'utf8')).toBe('keep me')
    expect(readdirSync(dir)).toEqual(['b.json'])
  })
  test('a folder removed after an earlier write is made again', () => {
    const dir = join(tmp, 'atomic-gone', 'sub')
    writeAtomicSync(join(dir, 'c.json'), 'one')
    rmSync(join(tmp, 'atomic-gone'), { recursive: true, force: true })
    writeAtomicSync(join(dir, 'c.json'), 'two')
    expect(readFileSync(join(dir, 'c.json'), 'utf8')).toBe('two')
  })
  test('AtomicWriter.abort drops the temp file and never creates the target', () => {
    const dir = join(tmp, 'atomic-abort')
    const writer = new AtomicWriter(join(dir, 'all.ndjson'))
    writer.write('{"a":1}\n')
    writer.abort()
    expect(readdirSync(dir)).toEqual([])
  })
})
