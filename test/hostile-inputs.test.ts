import { describe, expect, test } from 'vitest'
import { type Article, ArticleSchema, parseArticle, parseStories, render, toVFile } from '../src/index.js'
import { uncoveredLines } from './helpers/coverage.js'

// Hostile inputs the issue lists, at sizes that keep the suite quick; the
// full sizes (a 50 MB line, a million blank lines, 100,000 quote marks, a
// 10,000-line headline list) run in bench/hostile.mjs, which shows the time
// grows linearly. Each input here must parse without throwing, give a
// schema-valid Article and lose nothing. Refusing binary files and absurd
// sizes is the CLI's job (src/source/read-input.ts, test/cli tests).

function parseOk(input: string | Uint8Array, from?: 'text' | 'markdown'): Article[] {
  const file = typeof input === 'string' ? input : toVFile(input, { path: 'hostile.txt' })
  const articles = parseStories(file, from ? { from } : {})
  expect(articles.length).toBeGreaterThan(0)
  for (const a of articles) expect(ArticleSchema.safeParse(a).error).toBeUndefined()
  if (typeof input === 'string') expect(uncoveredLines(input, articles)).toEqual([])
  return articles
}

const empty = (a: Article) => ({
  headline: a.headline,
  body: a.body.length,
  boilerplate: a.boilerplate.length,
  images: a.images.length,
})
const NOTHING = { headline: null, body: 0, boilerplate: 0, images: 0 }

describe('empty and invisible input gives an empty Article', () => {
  test.each([
    ['empty string', ''],
    ['spaces', '     '],
    ['blank lines', '\n\n\n\r\n\r\r'],
    ['tabs and form feeds', '\t\t\f\v\n\t'],
    ['no-break and zero-width spaces, BOM', '\u00a0\u200b\ufeff\n\u00a0'],
    ['wire control characters only', '\u0001\u0002\u0003\u0004\u0016\u001f\u007f\n\u0003'],
  ])('%s', (_, text) => {
    const [article] = parseOk(text)
    expect(empty(article!)).toEqual(NOTHING)
    expect(article!.stats.words).toBe(0)
  })

  test('zero bytes', () => {
    expect(empty(parseOk(new Uint8Array(0))[0]!)).toEqual(NOTHING)
  })
})

describe('bytes that are not clean UTF-8', () => {
  test.each([
    ['Windows-1252 accents', [0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94], 'Café “ok”'],
    ['a lone continuation byte', [0x4f, 0x4b, 0x80, 0x21], 'OK€!'],
    ['an overlong NUL (C0 80)', [0x41, 0xc0, 0x80, 0x42], 'AÀ€B'],
    ['a truncated euro sign', [0x41, 0xe2, 0x82], 'Aâ‚'],
  ])('%s: read as windows-1252, with a message, nothing dropped', (_, bytes, text) => {
    const [article] = parseOk(Uint8Array.from(bytes))
    expect(article!.source.encoding).toBe('windows-1252')
    expect(article!.messages.map((m) => m.ruleId)).toContain('source-encoding')
    const words = [article!.headline, ...article!.body.map((b) => b.text)].join(' ')
    expect(words).toBe(text)
  })

  test('random bytes never throw', () => {
    let seed = 7
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed & 0xff
    }
    for (let n = 0; n < 50; n++) parseOk(Uint8Array.from({ length: 2000 }, next))
  })

  const STORY = 'Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n'
  test.each([
    ['utf-16le', Buffer.from(STORY, 'utf16le')],
    ['utf-16be', Buffer.from(STORY, 'utf16le').swap16()],
  ])('%s without a BOM: recognised by where its NUL bytes fall, decoded, with a message', (encoding, bytes) => {
    const [article] = parseOk(bytes)
    expect(article!.source.encoding).toBe(encoding)
    expect(article!.messages.map((m) => m.ruleId)).toContain('source-encoding')
    expect(article!.headline).toBe('Storm hits coast')
    expect(article!.body.map((b) => b.text)).toEqual(['A storm hit the coast on Monday, officials said.'])
  })

  test('NUL bytes and a PNG header do not crash the library (the CLI refuses them as binary)', () => {
    parseOk(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))
    parseOk('Head\u0000line\n\nBody \u0000\u0000 text.\n')
  })
})

describe('big and repetitive shapes (moderate sizes; full sizes in bench/hostile.mjs)', () => {
  test('a 2 MB single line is one paragraph holding all its words', () => {
    const line = 'The minister said the plan would work, officials said. '.repeat(36_000)
    const [article] = parseOk(line)
    expect(article!.body.map((b) => b.text.length).reduce((a, b) => a + b, 0) + (article!.headline?.length ?? 0)).toBe(
      line.trim().length,
    )
  })

  test('100,000 blank lines between the headline and the body', () => {
    const [article] = parseOk(
      `Storm hits coast${'\n'.repeat(100_000)}A storm hit the coast on Monday, officials said.\n`,
    )
    expect(article!.headline).toBe('Storm hits coast')
    expect(article!.body.map((b) => b.text)).toEqual(['A storm hit the coast on Monday, officials said.'])
  })

  test.each([
    ['straight', '"'],
    ['curly', '“”'],
    ['guillemets', '«»'],
    ['single', "'"],
  ])('100,000 %s quote marks', (_, mark) => {
    const [article] = parseOk(mark.repeat(100_000 / mark.length))
    expect(article!.stats.quotes).toBeLessThanOrEqual(50_000)
  })

  test('unbalanced quotes: no quote runs past its paragraph', () => {
    const paragraphs = Array.from(
      { length: 2000 },
      (_, i) => `He said "it will go on ${i} and on, the minister warned.`,
    )
    const [article] = parseOk(`Row deepens\n\n${paragraphs.join('\n\n')}\n`)
    for (const q of article!.quotes) expect(article!.body[q.block]!.text).toContain(q.text)
  })

  test('a 10,000-line headline-like list gives at most one headline and loses no line', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `Minister Quits Over Row Number ${i}`)
    const [article] = parseOk(lines.join('\n'))
    const all = [
      article!.headline,
      article!.standfirst,
      ...article!.body.map((b) => b.text),
      ...article!.boilerplate.map((b) => b.text),
    ]
    expect(all.join('\n')).toContain('Number 9999')
  })

  // Regression: the segmenter spread every line of a paragraph into Math.min, which overflowed the stack past ~120,000 lines.
  test('a hard-wrapped paragraph of 150,000 lines with no blank line', () => {
    // Lines near one wrap width, so the segmenter joins them into one paragraph.
    const [article] = parseOk('the minister said the plan would work out well\n'.repeat(150_000))
    const parts = [
      article!.headline,
      article!.standfirst,
      ...article!.body.map((b) => b.text),
      ...article!.boilerplate.map((b) => b.text),
    ]
    expect(
      parts
        .filter((p) => p !== null)
        .join(' ')
        .split(' ').length,
    ).toBe(150_000 * 9)
    expect(article!.body.length).toBeLessThan(10)
  })

  test('rendering a big story to every format does not throw', async () => {
    const [article] = parseOk(`Big story\n\n${'A paragraph of words, "with a quote," she said.\n\n'.repeat(5000)}`)
    for (const format of ['json', 'md', 'html'] as const)
      expect((await render(article!, { format, standalone: true })).length).toBeGreaterThan(100_000)
  })
})

describe('hostile Markdown input (--from markdown)', () => {
  // Regression: the words of a node were gathered recursively, and a line of 20,000 `>` overflowed the stack.
  test('block quotes nested 20,000 deep', () => {
    const [article] = parseOk(`${'>'.repeat(20_000)} deep\n`, 'markdown')
    expect(article!.body.map((b) => b.text).join(' ')).toContain('deep')
  })

  test.each([
    ['unclosed brackets', `${'['.repeat(5000)}x`],
    ['emphasis runs', `${'*'.repeat(20_000)}x`],
    ['a long flat list', '- item\n'.repeat(5000)],
    ['raw HTML', '<div>'.repeat(5000)],
    ['links', '[a](b) '.repeat(5000)],
  ])('%s', (_, text) => {
    parseOk(text, 'markdown')
  })
})

test('the checks can fail: a parse that drops a line is caught', () => {
  const text = 'Storm hits coast\n\nA storm hit the coast.\n'
  const article = parseArticle(text)
  expect(uncoveredLines(text, [{ ...article, body: [] }])).toHaveLength(1)
})
