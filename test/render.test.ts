import { toString as textOf } from 'mdast-util-to-string'
import { describe, expect, test } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { type Article, parseArticle, parseStories, render, toVFile } from '../src/index.js'
import { rendererFor } from '../src/render/render.js'
import { listFixtures } from './helpers/fixtures.js'
import { blockText, parseMarkdown } from './helpers/read-markdown.js'

const STORY = [
  'Ferry service to end after 90 years',
  '',
  'The council says passenger numbers fell by half after the bridge opened',
  '',
  'The old pier at dawn (photo: Harbour Trust/Anna Brix)',
  '',
  'Councillors voted on Tuesday to close the ferry terminal, ending a crossing that has run since 1934 without a single break in service.',
  '',
  'What happens next?',
  '',
  'The listed building will be offered to community groups first, with a decision on its future expected before the end of the year.',
  '',
  'Follow us on: Facebook, Twitter, Instagram',
].join('\n')

// The byline is set by hand so these tests pin the renderers, not the byline detector.
const BYLINE = { text: 'By Jane Doe', authors: ['Jane Doe'], agency: null }
const oneLine = (html: string) => html.replace(/>\n</g, '><')

describe('HTML', () => {
  const article: Article = { ...parseArticle(STORY), byline: BYLINE }

  test('semantic elements for each part', async () => {
    const html = oneLine(await render(article, { format: 'html' }))
    expect(html).toMatch(/^<article><header><h1>Ferry service to end after 90 years<\/h1>/)
    expect(html).toContain(
      '<p class="standfirst">The council says passenger numbers fell by half after the bridge opened</p>',
    )
    expect(html).toContain('<address class="byline">By Jane Doe</address>')
    expect(html).toContain(
      '<figure><figcaption>The old pier at dawn <span class="credit">Harbour Trust/Anna Brix</span></figcaption></figure>',
    )
    expect(html).toContain('<h2>What happens next?</h2>')
    expect(html).not.toContain('Follow us')
  })

  test('--keep-boilerplate puts boilerplate in an aside with its kind', async () => {
    const html = oneLine(await render(article, { format: 'html', keepBoilerplate: true }))
    expect(html).toContain(
      '<aside class="boilerplate"><p data-kind="social">Follow us on: Facebook, Twitter, Instagram</p></aside>',
    )
  })

  test('standalone: a whole document with charset, lang, title and a stylesheet', async () => {
    const html = oneLine(await render(article, { format: 'html', standalone: true }))
    expect(html).toMatch(/^<!doctype html><html lang="[a-z]+"><head><meta charset="utf-8">/)
    expect(html).toContain('<title>Ferry service to end after 90 years</title>')
    expect(html).toContain('<style>')
    expect(html.match(/<h1>/g)).toHaveLength(1)
  })

  test('text from the input is escaped, never markup', async () => {
    const hostile = parseArticle('<script>alert(1)</script> & co\n\nA <b>bold</b> claim & a "quote" here.\n')
    const html = await render(hostile, { format: 'html', standalone: true })
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> &#x26; co')
  })
})

describe('Markdown', () => {
  const article: Article = { ...parseArticle(STORY), byline: BYLINE }

  test('YAML front matter with headline, byline and credits', async () => {
    const md = await render(article, { format: 'md' })
    const front = /^---\n([\s\S]*?)\n---\n/.exec(md)
    expect(front).not.toBeNull()
    expect(parseYaml(front![1]!)).toMatchObject({
      headline: 'Ferry service to end after 90 years',
      byline: 'By Jane Doe',
      credits: ['Harbour Trust/Anna Brix'],
    })
  })

  test('headline as #, standfirst emphasised, crossheads as ##, boilerplate left out', async () => {
    const md = await render(article, { format: 'md' })
    expect(md).toContain('\n# Ferry service to end after 90 years\n')
    expect(md).toContain('\n_The council says passenger numbers fell by half after the bridge opened_\n')
    expect(md).toContain('\n## What happens next?\n')
    expect(md).not.toContain('Follow us')
    expect(await render(article, { format: 'md', keepBoilerplate: true })).toContain(
      'Follow us on: Facebook, Twitter, Instagram',
    )
  })
})

function readBack(md: string): { headline: string | null; subheadings: string[]; paragraphs: string[] } {
  const tree = parseMarkdown(md, true)
  const kids = tree.children.filter((n) => n.type !== 'yaml' && n.type !== 'thematicBreak')
  const h1 = kids.find((n) => n.type === 'heading' && n.depth === 1)
  const blocks = new Set(['paragraph', 'blockquote', 'table', 'list'])
  return {
    headline: h1 ? textOf(h1) : null,
    subheadings: kids.filter((n) => n.type === 'heading' && n.depth === 2).map((n) => textOf(n)),
    paragraphs: kids.filter((n) => blocks.has(n.type)).map(blockText),
  }
}

describe('Markdown round trip: parsed back, the same headline, subheadings and paragraphs', () => {
  test.each(listFixtures())('$name', async (fixture) => {
    const from = fixture.input.endsWith('.md') ? ('markdown' as const) : undefined
    const articles: Article[] = parseStories(toVFile(fixture.bytes, { path: fixture.input }), from ? { from } : {})
    for (const article of articles) {
      const back = readBack(await render(article, { format: 'md' }))
      expect(back.headline).toBe(article.headline)
      expect(back.subheadings).toEqual(article.body.filter((b) => b.type === 'subheading').map((b) => b.text))
      // Before the body come the standfirst and one paragraph per image.
      const lead = (article.standfirst ? 1 : 0) + article.images.length
      expect(back.paragraphs.slice(lead)).toEqual(
        article.body
          .filter((b) => b.type !== 'subheading')
          .map((b) => (b.type === 'list' ? b.items.join('\n') : b.text)),
      )
    }
  })
})

/** Every position the contract knows, removed by a walk over all keys: the slow, shape-blind oracle. */
function stripEveryPosition(value: unknown, inQuote = false): unknown {
  if (Array.isArray(value)) return value.map((v) => stripEveryPosition(v, inQuote))
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value)) {
    if (key === 'position' || key === 'headlinePosition' || key === 'standfirstPosition') continue
    if (inQuote && (key === 'start' || key === 'end')) continue
    out[key] = stripEveryPosition(v, key === 'quotes')
  }
  return out
}

describe('JSON without --positions: every position gone, nothing else, key order kept', () => {
  test.each(listFixtures())('$name', async (fixture) => {
    const from = fixture.input.endsWith('.md') ? ('markdown' as const) : undefined
    for (const article of parseStories(toVFile(fixture.bytes, { path: fixture.input }), from ? { from } : {})) {
      const json = await render(article, { format: 'json' })
      expect(json).toBe(JSON.stringify(stripEveryPosition(article)))
      expect(json).not.toMatch(/"(?:position|headlinePosition|standfirstPosition)"/)
    }
  })
})

describe('an Article built without positions (the CLI without --positions)', () => {
  test.each(listFixtures())(
    '$name: no position anywhere, and the same JSON as one built with them',
    async (fixture) => {
      const from = fixture.input.endsWith('.md') ? ('markdown' as const) : undefined
      const parse = (positions: boolean) =>
        parseStories(toVFile(fixture.bytes, { path: fixture.input }), { ...(from ? { from } : {}), positions })
      const without = parse(false)
      const withThem = parse(true)
      expect(without).toHaveLength(withThem.length)
      without.forEach((article, i) => {
        expect(JSON.stringify(article)).not.toMatch(/"(?:position|headlinePosition|standfirstPosition)"/)
        expect(article).toEqual(stripEveryPart(withThem[i]!))
      })
      for (const format of ['json', 'md', 'html'] as const) {
        expect(await Promise.all(without.map((a) => render(a, { format })))).toEqual(
          await Promise.all(withThem.map((a) => render(a, { format }))),
        )
      }
    },
  )
})

/** The positions of parts removed (quotes keep their offsets in the block, which Markdown and HTML mark quotes by). */
function stripEveryPart(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripEveryPart)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, v] of Object.entries(value))
    if (key !== 'position' && key !== 'headlinePosition' && key !== 'standfirstPosition') out[key] = stripEveryPart(v)
  return out
}

describe('rendererFor: each format loaded once, the same output as render()', () => {
  const article = parseArticle(STORY)
  test.each(['json', 'ndjson', 'md', 'html'] as const)('%s', async (format) => {
    const first = rendererFor(format)
    expect(rendererFor(format)).toBe(first)
    const renderOne = await first
    expect(renderOne(article, { format })).toBe(await render(article, { format }))
  })
  test('json and ndjson keep their own renderers (pretty applies to json only)', async () => {
    const options = { pretty: true }
    expect((await rendererFor('json'))(article, options)).toContain('\n  ')
    expect((await rendererFor('ndjson'))(article, options)).not.toContain('\n')
  })
})
