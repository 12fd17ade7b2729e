import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { RULES } from '../src/detect/rules.js'
import { explainRules, explainStories, renderExplainHtml, renderExplainText } from '../src/index.js'
import type { ExplainedStory } from '../src/model/explain.js'
import { sourceOffsets } from '../src/parse/explain-offsets.js'
import { toVFile } from '../src/source/to-vfile.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'
import { listFixtures } from './helpers/fixtures.js'
import { HOSTILE_STORY } from './helpers/hostile-story.js'
import { runCli } from './helpers/run-cli.js'

// `article-parse explain`: every source line once, with a role and the id of
// a documented rule; quotes and datelines found where the source has them;
// the JSON form pinned per fixture (expected.explain.json, `-u` to update).

const FIXTURES = listFixtures()

function explainFixture(fixture: (typeof FIXTURES)[number]): ExplainedStory[] {
  const from = fixture.args.includes('markdown') ? { from: 'markdown' as const } : {}
  return explainStories(toVFile(fixture.bytes, { path: fixture.input }), from)
}

function sourceLines(fixture: (typeof FIXTURES)[number]): string[] {
  return String(toVFile(fixture.bytes, { path: fixture.input }).value).split(/\r\n|\r|\n/)
}

describe.each(FIXTURES)('explain fixture $name', (fixture) => {
  test('json golden', async () => {
    const { code, stdout, stderr } = await runCli(['explain', fixture.input, '-f', 'json', ...fixture.args])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    await expect(stdout).toMatchFileSnapshot(join(fixture.dir, 'expected.explain.json'))
  })

  test('every source line once, in order, with a role; a rule for every line with words', () => {
    const lines = explainFixture(fixture).flatMap((s) => s.lines)
    const source = sourceLines(fixture)
    expect(lines.map((l) => l.line)).toEqual(source.map((_, i) => i + 1))
    expect(lines.map((l) => l.text)).toEqual(source)
    for (const line of lines) {
      expect(line.role === 'blank', `line ${line.line}`).toBe(
        !/\S/.test(line.text.replace(/[\u0000-\u001f\u007f]/g, '')),
      )
      if (line.role !== 'blank' && line.role !== 'between-stories') expect(line.rule, `line ${line.line}`).toMatch(/\//)
    }
  })

  test('each quote is marked where its words stand, with its speaker', () => {
    for (const story of explainFixture(fixture)) {
      const marked = story.lines
        .flatMap((l) =>
          l.spans.filter((s) => s.role === 'quote').map((s) => ({ ...s, words: l.text.slice(s.from, s.to) })),
        )
        .map((s) => s.words)
        .join(' ')
      const squash = (t: string) => t.replace(/[^\p{L}\p{N}]+/gu, '')
      for (const quote of story.article.quotes) expect(squash(marked)).toContain(squash(quote.text))
      // A span runs from the opening mark to the closing one, a typewriter `''` whole.
      for (const line of story.lines)
        for (const span of line.spans.filter((s) => s.role === 'quote' && s.to < line.text.length))
          expect(line.text.slice(span.to - 1, span.to + 1), `line ${line.line}`).not.toBe("''")
      const speakers = new Set(story.lines.flatMap((l) => l.spans.map((s) => s.speaker)).filter(Boolean))
      for (const quote of story.article.quotes) if (quote.speaker) expect(speakers).toContain(quote.speaker)
    }
  })

  test('the dateline is marked at the start of its words', () => {
    for (const story of explainFixture(fixture)) {
      const spans = story.lines.flatMap((l) =>
        l.spans.filter((s) => s.role === 'dateline').map((s) => l.text.slice(s.from, s.to)),
      )
      // A NITF dateline given in body.head has its words apart by markup (<location>, <story.date>): no span holds it.
      const inBodyHead = fixture.input.endsWith('.xml') && fixture.bytes.includes('<dateline')
      if (!story.article.dateline || inBodyHead) expect(spans).toEqual([])
      else expect(spans.join(' ').replace(/\s+/g, ' ')).toBe(story.article.dateline.text)
    }
  })
})

describe('rule ids', () => {
  const listed = new Set(explainRules().map((r) => r.id))

  test('every rule a block carries in any fixture is listed by explain --rules', () => {
    const carried = new Set<string>()
    for (const fixture of FIXTURES)
      for (const line of explainFixture(fixture).flatMap((s) => s.lines)) {
        if (line.rule) carried.add(line.rule)
        for (const span of line.spans) if (span.rule) carried.add(span.rule)
      }
    expect(carried.size).toBeGreaterThan(40)
    expect([...carried].filter((id) => !listed.has(id))).toEqual([])
  })

  test('ids are <role>/<name>, each with one description', () => {
    const roles = ['headline', 'standfirst', 'byline', 'caption', 'credit', 'subheading', 'paragraph', 'blockquote']
    roles.push('table', 'list', 'boilerplate')
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(roles).toContain(rule.id.split('/')[0])
      expect(rule.description.length, rule.id).toBeGreaterThan(10)
    }
    const ids = explainRules().map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  test('explain --rules prints each id with its description, sorted', async () => {
    const { code, stdout } = await runCli(['explain', '--rules'])
    expect(code).toBe(0)
    const ids = stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split(/\s+/)[0]!)
    expect(ids).toEqual([...listed].sort())
    expect(stdout).toMatch(/^boilerplate\/social-follow +an invitation to follow/m)
  })
})

describe('sourceOffsets', () => {
  test.each([
    ['one line as written', 'Hi you', 'Hi you', [0, 1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6]],
    ['a line break read as a space', 'a b', 'a\n  b', [0, 1, 4], [1, 4, 5]],
    ['typewriter quotes made curly', '\u201chi\u201d', "``hi''", [0, 2, 3, 4], [2, 3, 4, 6]],
    ['a spaced underscore made a dash', 'A \u2014 B', 'A _ B', [0, 1, 2, 3, 4], [1, 2, 3, 4, 5]],
    ['Markdown emphasis left out', 'so bold', 'so **bold**', [0, 1, 2, 5, 6, 7, 8], [1, 2, 3, 6, 7, 8, 9]],
  ])('%s', (_, text, source, starts, ends) => {
    expect(sourceOffsets(text, source, 0)).toEqual({ starts, ends })
  })

  test.each([
    ['words the source lacks', 'Hello there', 'Hello world'],
    ['words out of order', 'world Hello', 'Hello world'],
  ])('null for %s', (_, text, source) => {
    expect(sourceOffsets(text, source, 0)).toBeNull()
  })
})

describe('explain on the command line', () => {
  const feed = FIXTURES.find((f) => f.name === 'feed-framed-1')!
  const story = FIXTURES.find((f) => f.name === 'quotes-wire')!

  test('text: every line with its number, role and rule; no colour when stdout is no terminal', async () => {
    const { code, stdout } = await runCli(['explain', story.input], undefined, {})
    expect(code).toBe(0)
    expect(stdout).not.toMatch(/\u001b\[/)
    const rows = stdout.split('\n').filter((l) => /^ *\d+ /.test(l))
    expect(rows).toHaveLength(sourceLines(story).length)
    expect(stdout).toMatch(/^ *1 headline +headline\/[a-z-]+ +│ /m)
    expect(stdout).toMatch(/↳ quote \d+-\d+ .+/)
  })

  test('text in colour (FORCE_COLOR) says the same as without, and NO_COLOR wins over a terminal', async () => {
    const plain = await runCli(['explain', story.input], undefined, { NO_COLOR: '1' })
    const colour = await runCli(['explain', story.input], undefined, { FORCE_COLOR: '1' })
    expect(colour.stdout).toMatch(/\u001b\[/)
    expect(colour.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout)
    const [stories] = [explainFixture(story)]
    expect(renderExplainText(stories, { color: false })).toBe(plain.stdout)
  })

  test('stdin, and a feed as "story k of n"', async () => {
    const { code, stdout } = await runCli(['explain', '-'], feed.bytes)
    expect(code).toBe(0)
    const n = explainFixture(feed).length
    expect(n).toBeGreaterThan(1)
    expect(stdout.match(/^story \d+ of \d+$/gm)).toEqual(Array.from({ length: n }, (_, k) => `story ${k + 1} of ${n}`))
  })

  test('--help shows the formats, --rules and examples; the main help lists the sub-command', async () => {
    const { code, stdout } = await runCli(['explain', '--help'])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Usage: article-parse explain \[options\] \[input\]/)
    expect(stdout).toContain('"html", "json"')
    expect(stdout).toMatch(/Examples:\n(?: {2}\$ article-parse explain .+\n)+/)
    expect((await runCli(['--help'])).stdout).toMatch(/^ {2}explain \[input\] +show every line/m)
  })

  test('a missing file fails with exit code 1 and says why', async () => {
    const { code, stderr } = await runCli(['explain', 'no/such/file.txt'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/no\/such\/file\.txt: no such file/)
  })

  test('html: the input never makes a tag or an attribute; the page loads nothing', () => {
    const html = renderExplainHtml(explainStories(HOSTILE_STORY))
    const body = html.slice(html.indexOf('<body>'))
    const tags = new Set([...body.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase()))
    expect([...tags].filter((t) => !OUR_TAGS.includes(t))).toEqual([])
    // Attributes are ours only: class, title, data-*; an input's quote or bracket is always an entity.
    const attributes = new Set([...body.matchAll(/\s([a-z-]+)="/g)].map((m) => m[1]!))
    expect(
      [...attributes].filter((a) => !['class', 'title', 'data-line', 'data-role', 'data-speaker'].includes(a)),
    ).toEqual([])
    expect(html).toContain("default-src 'none'")
    expect(html).not.toMatch(/\s(?:src|href|action)="/i)
    expect(body.match(/data-line="/g)).toHaveLength(HOSTILE_STORY.split('\n').length)
  })
})

const OUR_TAGS = ['body', 'html', 'h1', 'h2', 'ul', 'li', 'u', 'mark', 'section', 'dl', 'dt', 'dd', 'div', 'span']

describe('explain over arbitrary text', () => {
  test('never throws; every line once, in order; a role for every line with words; spans inside their line', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const lines = explainStories(text).flatMap((s) => s.lines)
        const source = text.split(/\r\n|\r|\n/)
        expect(lines.map((l) => l.text)).toEqual(source)
        expect(lines.map((l) => l.line)).toEqual(source.map((_, i) => i + 1))
        for (const line of lines) {
          if (line.role !== 'blank' && line.role !== 'between-stories') expect(line.rule).not.toBeNull()
          for (const span of line.spans) {
            expect(span.from).toBeGreaterThanOrEqual(0)
            expect(span.to).toBeGreaterThan(span.from)
            expect(span.to).toBeLessThanOrEqual(line.text.length)
          }
        }
        renderExplainText(explainStories(text))
      }),
      { numRuns: Math.min(RUNS, 300) },
    )
  })
})
