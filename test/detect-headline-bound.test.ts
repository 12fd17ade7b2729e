import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
// @ts-expect-error: the benchmark's corpus maker is plain JavaScript
import { makeCorpus, sources } from '../bench/make-corpus.mjs'
import { bestCandidate } from '../src/detect/headline.js'
import { pageAnalysis } from '../src/detect/page-residue.js'
import { storyContext, storySpans } from '../src/parse/parse-article.js'
import { STEPS } from '../src/parse/steps.js'
import { toVFile } from '../src/source/to-vfile.js'
import { listFixtures } from './helpers/fixtures.js'

// The headline search skips the costly tests (echo, title run, kicker) of a
// candidate whose best case cannot beat the best score so far. It must pick
// the line that scoring every candidate in full picks.

const BEFORE_HEADLINE = STEPS.slice(
  0,
  STEPS.findIndex((s) => s.name === 'headline'),
)

/** How many stories of the file had a headline search above page residue; each search's pick is checked. */
function checkSearches(bytes: Uint8Array, path: string): number {
  let searched = 0
  const file = toVFile(bytes, { path })
  for (const span of storySpans(file)) {
    const ctx = storyContext(file, span)
    for (const step of BEFORE_HEADLINE) step.run(ctx)
    const top = ctx.blocks.findIndex((b) => b.role === null)
    const { region, residue } = pageAnalysis(ctx)
    if (top < 0 || !residue || !region || top >= region[0]) continue
    searched++
    expect(bestCandidate(ctx, top, region[0], true)?.index, path).toBe(bestCandidate(ctx, top, region[0], false)?.index)
  }
  return searched
}

describe('bestCandidate: skipping candidates that cannot win', () => {
  test('picks what scoring every candidate picks, on the fixtures', () => {
    // Markdown copy is left out: its segmenter is loaded from the build, and its headline is a heading.
    const fixtures = listFixtures().filter((f) => !f.input.endsWith('.md') && !f.args.includes('markdown'))
    expect(fixtures.reduce((n, f) => n + checkSearches(f.bytes, f.input), 0)).toBeGreaterThan(0)
  })
  test('picks what scoring every candidate picks, on 600 stories varied from the fixtures and templates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'headline-bound-'))
    try {
      makeCorpus(dir, 600, sources(join(import.meta.dirname, '..')), 11)
      let searched = 0
      const walk = (d: string): void => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const p = join(d, e.name)
          if (e.isDirectory()) walk(p)
          else searched += checkSearches(readFileSync(p), p)
        }
      }
      walk(dir)
      expect(searched).toBeGreaterThan(100)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
