import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { stopwordsFor } from '../src/detect/language.js'
import { holdsItsProse } from '../src/detect/page-residue.js'
import {
  classifyParagraph,
  endsSentence,
  mainRegion,
  markListRuns,
  type ParagraphClass,
  smoothClasses,
} from '../src/detect/paragraph-score.js'
import { type Article, parseArticle } from '../src/index.js'

const EN = stopwordsFor('en')

function parseFixture(name: string): Article {
  return parseArticle(readFileSync(new URL(`../fixtures/${name}/input.txt`, import.meta.url), 'utf8'))
}

describe('classifyParagraph: prose or residue from the text alone', () => {
  test.each([
    [
      'good',
      'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection.',
    ],
    ['near-good', 'Buses will be diverted along Castle Street.'],
    ['near-good', 'Ferry crews to the rescue: owner of a rowing boat stuck in the harbour ice gets good news'],
    ['short', 'Pier repairs to close seafront road'],
    ['bad', 'https://www.example.com/news/pier-repairs-14848164.php'],
    ['bad', 'Home | News | Sport | Weather'],
    ['bad', '03/05/25 10:52 PM'],
    ['bad', 'Acme Motors Jan Weber Vice President Global Design Architecture Lee Grant Platform Engineering'],
  ] as [ParagraphClass, string][])('%s: %s', (cls, text) => {
    expect(classifyParagraph(text, EN)).toBe(cls)
  })

  test.each([
    ['"We could not leave it," he said.', true],
    ['It was over (AP)', true],
    ['Most popular', false],
    ['Read the full story here', false],
  ] as [string, boolean][])('endsSentence %s', (text, yes) => {
    expect(endsSentence(text)).toBe(yes)
  })
})

describe('markListRuns: three or more unterminated lines in a row are a list', () => {
  test('a menu run becomes bad, a lone crosshead between paragraphs does not', () => {
    const texts = [
      'News',
      'Local',
      'Politics',
      'The council voted on Tuesday to close the road for repairs.',
      'What happens next',
      'Work begins in March.',
    ]
    const classes: ParagraphClass[] = ['short', 'short', 'short', 'near-good', 'short', 'near-good']
    markListRuns(texts, classes)
    expect(classes).toEqual(['bad', 'bad', 'bad', 'near-good', 'short', 'near-good'])
  })
  test('a "Most commented" list whose items close with a count in brackets is a list', () => {
    const texts = [
      'Ferry fares frozen for a year after vote (185)',
      'Lifeboat crew rescue two walkers (148)',
      'Library to open on Sundays (97)',
      'The plant employs 300 people (2019).',
    ]
    const classes: ParagraphClass[] = ['near-good', 'short', 'short', 'near-good']
    markListRuns(texts, classes)
    expect(classes).toEqual(['bad', 'bad', 'bad', 'near-good'])
  })
  test('long lines without full stops (a site that drops them) keep their class', () => {
    const long =
      'Rovers have this morning paid the fee to the county league to secure the signing of the goalkeeper from Harbour Town'
    const classes: ParagraphClass[] = ['near-good', 'near-good', 'near-good']
    markListRuns([long, long, long], classes)
    expect(classes).toEqual(['near-good', 'near-good', 'near-good'])
  })
})

describe('smoothClasses: context decides short and near-good blocks', () => {
  test.each([
    [
      ['good', 'short', 'good'],
      ['good', 'good', 'good'],
    ],
    [
      ['bad', 'short', 'bad'],
      ['bad', 'bad', 'bad'],
    ],
    [
      ['bad', 'near-good', 'bad'],
      ['bad', 'bad', 'bad'],
    ],
    [
      ['good', 'near-good', 'bad'],
      ['good', 'good', 'bad'],
    ],
    // The edge is no vote: a story's short last paragraph stays.
    [
      ['good', 'good', 'short'],
      ['good', 'good', 'good'],
    ],
    // Nothing to judge by: left alone as good.
    [
      ['short', 'short'],
      ['good', 'good'],
    ],
  ] as ParagraphClass[][][])('%j → %j', (input, output) => {
    expect(smoothClasses(input)).toEqual(output)
  })
})

describe('mainRegion: the run with the most prose, residue counting against', () => {
  test('menus before and a related list after fall outside', () => {
    const texts = ['Home', 'News', 'x'.repeat(300), 'Advert', 'y'.repeat(300), 'Most read', 'a', 'b']
    const classes: ParagraphClass[] = ['bad', 'bad', 'good', 'bad', 'good', 'bad', 'bad', 'bad']
    expect(mainRegion(texts, classes)).toEqual([2, 4])
  })
  test('a far-off comment is not joined across a long run of residue', () => {
    const texts = ['x'.repeat(400), ...Array(8).fill('controls and links here'), 'z'.repeat(150)]
    const classes: ParagraphClass[] = ['good', ...Array(8).fill('bad'), 'good']
    expect(mainRegion(texts, classes)).toEqual([0, 0])
  })
  test('no prose, no region', () => {
    expect(mainRegion(['Home', 'News'], ['bad', 'bad'])).toBeNull()
  })
})

describe('holdsItsProse: the main text found holds a tenth or more of the prose on the page', () => {
  const story = 'The council will vote on the harbour plan next week, after a year of public meetings and objections.'
  const teaser = 'A teaser for another story, long enough to read as prose of its own and with a full stop.'
  test.each([
    [
      'the whole story, a menu and a most-read list around it',
      ['Home', story, story, story, 'Most read'],
      [1, 3],
      true,
    ],
    ['one paragraph of three, the rest a teaser stream', [story, ...Array(3).fill(teaser)], [0, 0], true],
    ['exactly a tenth', [story, ...Array(9).fill(story)], [0, 0], true],
    ['one paragraph over a stream of teasers ten times its length', [story, ...Array(12).fill(teaser)], [0, 0], false],
    ['no region at all', [teaser, teaser], null, false],
  ] as [string, string[], [number, number] | null, boolean][])('%s: %s', (_name, texts, found, holds) => {
    const own = texts.map((t): ParagraphClass => (t.length > 20 ? 'near-good' : 'bad'))
    expect(holdsItsProse(texts, own, found)).toBe(holds)
  })
})

describe('web layouts (fixtures written in the style of real pages)', () => {
  test('a whole page: menus, share buttons, advert, caption with credit, most-read list, cookie notice, footer', () => {
    const a = parseFixture('web-page-menus')
    expect(a.headline).toBe('Pier repairs to close seafront road for six weeks')
    expect(a.language).toBe('en')
    expect(a.body.map((b) => b.text)).toHaveLength(6)
    expect(a.body[0]!.text).toMatch(/^The seafront road/)
    // A one-sentence paragraph between a quote and a caption is kept.
    expect(a.body.some((b) => b.text === 'Buses will be diverted along Castle Street.')).toBe(true)
    expect(a.images).toEqual([
      expect.objectContaining({
        caption: expect.stringMatching(/^Cranes lift/),
        credit: 'Ruth Penhale/Marrow Bay Gazette',
      }),
    ])
    const kinds = new Map(a.boilerplate.map((b) => [b.text, b.kind]))
    expect(kinds.get('Obituaries')).toBe('navigation')
    expect(kinds.get('Advertisement')).toBe('advert')
    expect(kinds.get('School run parking fines to double from April')).toBe('related')
    expect(kinds.get('© 2025 Marrow Bay Gazette. All rights reserved.')).toBe('copyright')
  })

  test('a blog post: menus, share counts, tags, post navigation and the comment form go', () => {
    const a = parseFixture('web-blog-comments')
    expect(a.headline).toBe('Crab apple jelly for beginners')
    const body = a.body.map((b) => b.text)
    expect(body[0]).toMatch(/^Every autumn/)
    expect(body).toContain('Wash the fruit and cut out any bruised parts.')
    for (const line of ['214', 'SHARES', 'Tags: preserves', 'previous post', 'Leave a Comment'])
      expect(body).not.toContain(line)
  })

  test('a German page: language de, menus and "Anzeige" go, the short paragraphs stay', () => {
    const a = parseFixture('web-article-de')
    expect(a.language).toBe('de')
    expect(a.headline).toBe('Stadtrat beschließt neue Radwege für die Innenstadt')
    expect(a.body.map((b) => b.text)).toHaveLength(3)
    expect(a.boilerplate.find((b) => b.text === 'Anzeige')?.kind).toBe('advert')
  })

  test('clean copy is left alone: a fixture list under a short story is body', () => {
    const text = [
      'Cup draw pairs old rivals',
      '',
      'The draw for the third round was made on Sunday and produced a tie between two old rivals from the same county.',
      '',
      'Matches are played on the weekend of 8 January.',
      '',
      'Arsenal v Stoke',
      '',
      'Derby v Wigan',
      '',
      'Hull v Colchester',
      '',
      'Leeds v Burnley',
      '',
    ].join('\n')
    const a = parseArticle(text)
    expect(a.headline).toBe('Cup draw pairs old rivals')
    expect(a.body).toHaveLength(6)
    expect(a.boilerplate).toEqual([])
  })
})
