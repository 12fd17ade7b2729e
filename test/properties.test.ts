import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { type Article, ArticleSchema, parseArticle, parseStories, render, toVFile } from '../src/index.js'
import { renderJson } from '../src/render/json.js'
import { anyBytes, anyText, RUNS, storyText } from './helpers/arbitrary-text.js'
import { uncoveredLines } from './helpers/coverage.js'
import { expectedBlocks, readMarkdown } from './helpers/read-markdown.js'

// Properties over arbitrary text: control characters, lone surrogates,
// emoji, combining marks, RTL scripts and quote marks of every kind, in
// story-shaped lines or in no shape at all. A failure prints the shrunk
// counterexample and the seed to replay it (`fc.assert` does that).
const settings = { numRuns: RUNS }

describe('properties of parseStories over arbitrary text', () => {
  test('never throws, and every Article validates against ArticleSchema', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const article of parseStories(text)) expect(ArticleSchema.safeParse(article).error).toBeUndefined()
      }),
      settings,
    )
  })

  test('never throws on arbitrary bytes, whatever encoding they decode as', () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const articles = parseStories(toVFile(bytes, { path: 'x.txt' }))
        expect(articles.length).toBeGreaterThan(0)
      }),
      settings,
    )
  })

  test('nothing is lost: every non-blank line lies in exactly one element', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(uncoveredLines(text, parseStories(text))).toEqual([])
      }),
      settings,
    )
  })

  test('positions slice back to the text they claim', () => {
    fc.assert(
      fc.property(storyText, (text) => {
        const article = parseArticle(text)
        for (const block of article.body) {
          const { start, end } = block.position!
          expect(start.offset).toBeLessThanOrEqual(end.offset)
          expect(end.offset).toBeLessThanOrEqual(text.length)
          // Every word of the block's text comes from inside its span (the block may drop a dateline lead-in, never add).
          const slice = text.slice(start.offset, end.offset)
          for (const word of block.text.split(' ').filter((w) => /^[\p{L}\p{N}]+$/u.test(w)))
            expect(slice).toContain(word)
        }
      }),
      settings,
    )
  })

  test('deterministic: the same text gives the same Articles', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(renderJson(parseArticle(text), { positions: true })).toBe(
          renderJson(parseArticle(text), { positions: true }),
        )
      }),
      settings,
    )
  })

  test('the Markdown output, parsed back, gives the same headline and body text', async () => {
    await fc.assert(
      fc.asyncProperty(storyText, async (text) => {
        for (const article of parseStories(text)) {
          // Read as GFM, which has the tables agate-like lines may give.
          const back = readMarkdown(await render(article, { format: 'md' }), true)
          expect(back.front?.headline ?? null).toBe(article.headline)
          expect(back.blocks).toEqual(expectedBlocks(article))
        }
      }),
      settings,
    )
  })

  test('the checks can fail: a dropped block or a changed word is noticed', async () => {
    const text = 'Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n'
    const article: Article = parseArticle(text)
    expect(uncoveredLines(text, [{ ...article, body: [] }])).not.toEqual([])
    const changed = { ...article, body: [{ type: 'paragraph' as const, text: 'Other words' }] }
    expect(readMarkdown(await render(changed, { format: 'md' })).blocks).not.toEqual(expectedBlocks(article))
  })
})
