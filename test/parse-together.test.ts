import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, test } from 'vitest'
import { type ConvertOptions, convertFiles, type Task } from '../src/batch/convert-file.js'
// The library entry first: it registers the Markdown segmenter the fixtures' .md inputs need.
import { parseStories } from '../src/index.js'
import { parseFilesTogether } from '../src/parse/parse-article.js'
import { STEPS } from '../src/parse/steps.js'
import { toVFile } from '../src/source/to-vfile.js'
import { listFixtures } from './helpers/fixtures.js'

// Files parsed together (one step over every story before the next step)
// must give each file exactly what it gets parsed alone.

const fixtures = listFixtures()
const fileOf = (i: number) => toVFile(fixtures[i]!.bytes, { path: fixtures[i]!.input })
const alone = fixtures.map((_, i) => parseStories(fileOf(i)))

/** Makes the named step throw on stories whose text holds `marker`, for the length of `body` (until its promise settles). */
function withStepThrowing<T>(name: string, marker: string, body: () => T): T {
  const step = STEPS.find((s) => s.name === name)!
  const run = step.run
  const restore = () => {
    step.run = run
  }
  step.run = (ctx) => {
    if (ctx.text.includes(marker)) throw new Error(`${name} failed on purpose`)
    run(ctx)
  }
  let result: T
  try {
    result = body()
  } catch (error) {
    restore()
    throw error
  }
  if (result instanceof Promise) return result.finally(restore) as T
  restore()
  return result
}

describe('parseFilesTogether', () => {
  test('every fixture parsed in one group gives what it gives alone', () => {
    const together = parseFilesTogether(fixtures.map((_, i) => fileOf(i)))
    expect(together.map((r) => r.articles)).toEqual(alone)
  })

  test('in any grouping and order, with files repeated', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(fixtures.length - 1), { minLength: 1, maxLength: 12 }), (picks) => {
        const together = parseFilesTogether(picks.map(fileOf))
        expect(together.map((r) => r.articles)).toEqual(picks.map((i) => alone[i]))
      }),
      { numRuns: 40 },
    )
  })

  test('a file whose story throws fails alone, with its error; the files around it are parsed', () => {
    const story = (name: string) =>
      toVFile(`Council approves ${name} plan\n\nThe town council on Monday approved the ${name} plan.\n`, {
        path: `${name}.txt`,
      })
    const results = withStepThrowing('quotes', 'EXPLODE', () =>
      parseFilesTogether([story('first'), story('EXPLODE'), story('last')]),
    )
    expect(results[1]!.error).toBeInstanceOf(Error)
    expect(String(results[1]!.error)).toContain('quotes failed on purpose')
    expect(results[0]!.articles?.[0]?.headline).toBe('Council approves first plan')
    expect(results[2]!.articles?.[0]?.headline).toBe('Council approves last plan')
    // Alone, the same file throws from parseStories, as before.
    expect(() => withStepThrowing('quotes', 'EXPLODE', () => parseStories(story('EXPLODE')))).toThrow(
      'quotes failed on purpose',
    )
  })
})

describe('convertFiles: files in groups, results in order', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ap-groups-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const options = (outDir: string): ConvertOptions => ({
    format: 'json',
    keepBoilerplate: false,
    positions: false,
    standalone: false,
    maxBytes: 1 << 20,
    force: false,
    outDir,
  })

  // 40 inputs, more than two groups: the fixtures' plain-text inputs, a binary file and one whose output exists.
  mkdirSync(join(dir, 'in'))
  const inputs: string[] = []
  for (let i = 0; i < 40; i++) {
    const path = join(dir, 'in', `f${String(i).padStart(2, '0')}.txt`)
    if (i === 13) writeFileSync(path, Buffer.from([0, 1, 2, 0, 0, 7]))
    else writeFileSync(path, fixtures.filter((f) => f.input.endsWith('.txt'))[i % 20]!.bytes)
    inputs.push(path)
  }
  const tasksFor = (outDir: string): Task[] =>
    inputs.map((path, index) => ({ index, path, out: join(outDir, `f${String(index).padStart(2, '0')}.json`) }))

  test('give the same results and outputs as one file at a time, a failed and a skipped file in their places', async () => {
    for (const out of ['one', 'grouped']) {
      mkdirSync(join(dir, out))
      writeFileSync(join(dir, out, 'f21.json'), 'kept')
    }
    const oneByOne = []
    for (const task of tasksFor(join(dir, 'one')))
      oneByOne.push(...(await convertFiles([task], options(join(dir, 'one')))))
    const grouped = await convertFiles(tasksFor(join(dir, 'grouped')), options(join(dir, 'grouped')))
    expect(grouped.map((r) => r.index)).toEqual(inputs.map((_, i) => i))
    expect(grouped.map((r) => r.status)).toEqual(oneByOne.map((r) => r.status))
    expect(grouped[13]!.status).toBe('failed')
    expect(grouped[21]!.status).toBe('skipped')
    expect(grouped.map(({ reason, ...r }) => ({ ...r, reason: reason?.replace('/grouped/', '/one/') }))).toEqual(
      oneByOne,
    )
    const tree = (out: string) =>
      readdirSync(join(dir, out))
        .sort()
        .map((name) => [name, readFileSync(join(dir, out, name), 'utf8')])
    expect(tree('grouped').length).toBeGreaterThan(40) // feeds among the fixtures give one file per story
    expect(tree('grouped')).toEqual(tree('one'))
  })

  describe('failFast: the results end at the first failed file, nothing after it is written', () => {
    // Twelve short stories of our own, in one group; `bad` says which fail and how.
    const run = async (name: string, bad: Record<number, 'binary' | 'parse'>) => {
      const inDir = join(dir, `${name}-in`)
      const outDir = join(dir, `${name}-out`)
      mkdirSync(inDir)
      const tasks: Task[] = []
      for (let i = 0; i < 12; i++) {
        const path = join(inDir, `s${String(i).padStart(2, '0')}.txt`)
        const text = `Council approves plan ${i}\n\nThe town council on Monday approved plan ${i}${bad[i] === 'parse' ? ' EXPLODE' : ''}.\n`
        writeFileSync(path, bad[i] === 'binary' ? Buffer.from([0, 1, 2, 0, 0, 7]) : text)
        tasks.push({ index: i, path, out: join(outDir, `s${String(i).padStart(2, '0')}.json`) })
      }
      const results = await withStepThrowing('quotes', 'EXPLODE', () =>
        convertFiles(tasks, { ...options(outDir), failFast: true }),
      )
      let written: string[] = []
      try {
        written = readdirSync(outDir).sort()
      } catch {
        // nothing written
      }
      return { results, written }
    }
    const names = (n: number) => Array.from({ length: n }, (_, i) => `s${String(i).padStart(2, '0')}.json`)

    test('a file refused when read', async () => {
      const { results, written } = await run('ff-read', { 5: 'binary', 8: 'binary' })
      expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5])
      expect(results.map((r) => r.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'failed'])
      expect(written).toEqual(names(5))
    })

    test('a file whose parse fails, with a later file refused when read', async () => {
      const { results, written } = await run('ff-parse', { 3: 'parse', 7: 'binary' })
      expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3])
      expect(results[3]!.status).toBe('failed')
      expect(results[3]!.reason).toContain('quotes failed on purpose')
      expect(written).toEqual(names(3))
    })

    test('without it, the batch goes on past both', async () => {
      const tasks = (await run('ff-none', {})).results
      expect(tasks).toHaveLength(12)
    })
  })

  test('stop when told: the files read so far are finished, the rest left', async () => {
    let asked = 0
    const results = await convertFiles(tasksFor(join(dir, 'stopped')), options(join(dir, 'stopped')), () => ++asked > 7)
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(results.every((r) => r.status === 'ok')).toBe(true)
  })
})
