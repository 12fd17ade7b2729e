import { join } from 'node:path'
import { expect, test } from 'vitest'
import { parseStories } from '../src/index.js'

// The benchmark's 20,000 stories mix paragraphs of every fixture: wire copy, web pages, releases, feeds.
// Mixed like that they reach paths no single fixture does (a dateline alone on its line, joined to the
// paragraph under it, inside a web page with residue once left the page's analysis pointing past the
// last block, and the batch failed on two of them). Every one parses, and nothing is lost.
const ROOT = join(import.meta.dirname, '..')

interface Corpus {
  makeStories(count: number, texts: string[]): Iterable<{ name: string; story: string }>
  sources(root: string): string[]
}
const { makeStories, sources } = (await import(join(ROOT, 'bench', 'make-corpus.mjs'))) as Corpus

test('every story of the bench corpus parses', () => {
  const failed: string[] = []
  let parsed = 0
  for (const { name, story } of makeStories(20_000, sources(ROOT))) {
    try {
      parsed += parseStories(story, { positions: false }).length
    } catch (e) {
      failed.push(`${name}: ${(e as Error).message}`)
    }
  }
  expect(failed).toEqual([])
  expect(parsed).toBeGreaterThanOrEqual(20_000)
}, 300_000)
