import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { type Article, parseStories, toVFile } from '../src/index.js'
import { FIXTURES_DIR } from './helpers/fixtures.js'
import { runCli } from './helpers/run-cli.js'

// A framed feed (SOH … ETX, with SYN fill) and a CRLF feed separated by end
// marks: each story comes out as its own Article, from the library, from a
// file on the command line and from stdin.
const FRAMED = join(FIXTURES_DIR, 'feed-framed-1', 'input.txt')
const CRLF = join(FIXTURES_DIR, 'feed-crlf-1', 'input.txt')

const FRAMED_HEADLINES = [
  'Ohio River bridge closed after barge strike',
  'Kansas teacher claims $2 million lottery prize',
  'Rare rhino calf born at San Diego zoo',
]
const CRLF_HEADLINES = [
  'Storm knocks out power to 200,000 in Maine',
  'Canadian dollar weakens as oil prices slide',
  'Fire at Lisbon market contained, no injuries',
]

function summary(articles: Article[]): unknown[] {
  return articles.map((a) => ({
    story: a.source.story,
    stories: a.source.stories,
    headline: a.headline,
    location: a.dateline?.location ?? null,
    paragraphs: a.body.length,
    kinds: a.boilerplate.map((b) => b.kind),
  }))
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

function texts(a: Article): string[] {
  return [
    a.headline ?? '',
    a.byline?.text ?? '',
    a.dateline?.text ?? '',
    ...a.body.map((b) => b.text),
    ...a.boilerplate.map((b) => b.text),
  ]
}

describe('a framed feed of three stories', () => {
  const articles = parseStories(toVFile(readFileSync(FRAMED), { path: FRAMED }))

  test('gives one Article per story, numbered', () => {
    expect(summary(articles)).toEqual([
      {
        story: 1,
        stories: 3,
        headline: FRAMED_HEADLINES[0],
        location: 'CINCINNATI',
        paragraphs: 3,
        kinds: ['editor-note', 'endmark'],
      },
      {
        story: 2,
        stories: 3,
        headline: FRAMED_HEADLINES[1],
        location: 'TOPEKA, Kan.',
        paragraphs: 2,
        kinds: ['editor-note', 'endmark'],
      },
      {
        story: 3,
        stories: 3,
        headline: FRAMED_HEADLINES[2],
        location: 'SAN DIEGO',
        paragraphs: 2,
        kinds: ['editor-note', 'endmark'],
      },
    ])
  })

  test('no control character reaches a text field', () => {
    for (const a of articles) for (const t of texts(a)) expect(t).not.toMatch(CONTROL)
  })

  test('ANPA quotes are typographic in the body', () => {
    expect(articles[0]!.body[2]!.text).toMatch(/^“We will not reopen it until we are sure it is safe,” said/)
  })
})

describe('a CRLF feed separated by end marks', () => {
  test('gives one Article per story', () => {
    const articles = parseStories(toVFile(readFileSync(CRLF), { path: CRLF }))
    expect(articles.map((a) => a.headline)).toEqual(CRLF_HEADLINES)
    expect(articles[1]!.byline).toMatchObject({ authors: ['Fergal Smith'], agency: 'Reuters' })
    expect(articles.map((a) => a.boilerplate.map((b) => b.kind))).toEqual([
      ['endmark'],
      ['trailer', 'endmark'],
      ['endmark'],
    ])
  })
})

describe('the CLI prints one JSON object per story (NDJSON)', () => {
  const parseLines = (stdout: string): Article[] =>
    stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Article)

  test.each([
    ['framed, from a file', FRAMED, FRAMED_HEADLINES],
    ['CRLF, from a file', CRLF, CRLF_HEADLINES],
  ])('%s', async (_, path, headlines) => {
    const result = await runCli(['--format', 'json', path])
    expect(result.code).toBe(0)
    const articles = parseLines(result.stdout)
    expect(articles.map((a) => [a.source.story, a.source.stories, a.headline])).toEqual(
      headlines.map((h, i) => [i + 1, 3, h]),
    )
  })

  test.each([
    ['framed, from stdin', FRAMED, FRAMED_HEADLINES],
    ['CRLF, from stdin', CRLF, CRLF_HEADLINES],
  ])('%s', async (_, path, headlines) => {
    const result = await runCli(['--format', 'json'], readFileSync(path))
    expect(result.code).toBe(0)
    const articles = parseLines(result.stdout)
    expect(articles.map((a) => [a.source.path, a.source.story, a.headline])).toEqual(
      headlines.map((h, i) => [null, i + 1, h]),
    )
  })

  test('the same Articles as the library gives', async () => {
    const result = await runCli(['--format', 'ndjson', FRAMED])
    const library = parseStories(toVFile(readFileSync(FRAMED), { path: FRAMED }))
    expect(summary(parseLines(result.stdout))).toEqual(summary(library))
  })
})
