import { existsSync, readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseStories } from '../src/parse/parse-article.js'
import { countWords } from '../src/source/words.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'

// buildArticle reads most body texts' word counts from the story's counts
// (countsOf) rather than counting them again: the total must be what
// countWords gives for the body it built.
const plainWords = (body: readonly { text: string }[]) => body.reduce((n, b) => n + countWords(b.text), 0)

describe('stats.words is countWords over the body', () => {
  const root = new URL('../fixtures/', import.meta.url)
  const inputs = readdirSync(root)
    .sort()
    .filter((dir) => existsSync(new URL(`${dir}/input.txt`, root)))
    .map((dir) => [dir, readFileSync(new URL(`${dir}/input.txt`, root), 'utf8')] as const)
  test.each(inputs)('fixture %s', (_, text) => {
    for (const positions of [false, true])
      for (const article of parseStories(text, { positions }))
        expect(article.stats.words).toBe(plainWords(article.body))
  })
  test('any story', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const article of parseStories(text, { positions: false }))
          expect(article.stats.words).toBe(plainWords(article.body))
      }),
      { numRuns: RUNS },
    )
  })
})
