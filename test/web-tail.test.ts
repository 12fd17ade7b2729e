import { describe, expect, test } from 'vitest'
import { endBeforeBioLine, isBioLine } from '../src/detect/bio-line.js'
import { endBeforeComments, type TailBlock } from '../src/detect/comment-section.js'
import type { ParagraphClass } from '../src/detect/paragraph-score.js'
import { furnitureBefore, piecesAtGaps } from '../src/detect/text-end.js'
import { parseArticle } from '../src/index.js'
import { WINTER_STORY, winterPierBody } from './helpers/winter-pier.js'

// Where the story ends on pages from sites we never tuned on (issue 17): what follows a story, as news and blog pages
// lay it out, written here in the shape of the real thing.

const page = (lines: string[]) => lines.join('\n\n')

// A row: the block (an open line, or one the lexicon labelled with its rule), its class after context and its own.
type Row = [TailBlock, ParagraphClass, ParagraphClass]
const P = (n: number): Row => [
  {
    role: null,
    text: `The council said the pier would reopen in the summer, and this is paragraph ${n} of the story.`,
  },
  'good',
  'good',
]
const CONTROL = (text: string, rule = 'comments-control'): Row => [{ role: 'boilerplate', rule, text }, 'bad', 'bad']
const NAME: Row = [{ role: null, text: 'harbourwatcher' }, 'short', 'short']
const WHEN: Row = [{ role: null, text: 'March 3, 2024 at 4:12 pm' }, 'bad', 'bad']
const POST = (n: number): Row => [
  { role: null, text: `I have walked that pier every morning for twenty years and I will miss it, says reader ${n}.` },
  'good',
  'good',
]
const end = (rows: Row[]) =>
  endBeforeComments(
    rows.map((r) => r[0]),
    [0, rows.length - 1],
    rows.map((r) => r[1]),
    rows.map((r) => r[2]),
  )

describe('endBeforeComments: the story ends where its comment section opens', () => {
  test.each([
    ['a count, then a post: the story is longer', [P(1), P(2), P(3), CONTROL('2 Comments'), NAME, WHEN, POST(1)], 2],
    ['a header in German over a post', [P(1), P(2), P(3), CONTROL('Kommentare'), NAME, POST(1)], 2],
    [
      'a comment form’s notice',
      [P(1), P(2), P(3), CONTROL('Your email address will not be published.', 'comments-form'), NAME],
      2,
    ],
    [
      'a thread longer than the story, a "Reply" under each post',
      [
        P(1),
        P(2),
        P(3),
        CONTROL('Comments'),
        ...[1, 2, 3, 4, 5].flatMap((n) => [NAME, WHEN, POST(n), CONTROL('Reply')]),
      ],
      2,
    ],
  ] as [string, Row[], number][])('ends before it: %s', (_, rows, last) => {
    expect(end(rows)).toBe(last)
  })

  test.each([
    ['a count under the headline, the story below it', [P(0), CONTROL('11 Comments'), P(1), P(2), P(3), P(4)]],
    ['too few paragraphs above it', [P(1), P(2), CONTROL('12 Comments'), NAME, POST(1)]],
    [
      'a count among teasers, the story right under it',
      [P(1), NAME, P(2), NAME, P(3), NAME, P(4), CONTROL('11 Comments'), P(5), P(6), P(7), P(8), P(9)],
    ],
    ['a table’s column headed "Comment"', [P(1), P(2), P(3), CONTROL('Comment'), NAME, POST(1)]],
    [
      'a long thread but for one "Reply": more prose below than above',
      [P(1), P(2), P(3), CONTROL('Comments'), ...[1, 2, 3, 4, 5].map(POST)],
    ],
  ] as [string, Row[]][])('leaves the text whole: %s', (_, rows) => {
    expect(end(rows)).toBe(rows.length - 1)
  })
})

describe('a comment section under a story on a page', () => {
  const STORY = [
    'The council voted on Tuesday to close the Marrow pier for the winter while its timbers are replaced.',
    'Engineers found rot in a third of the piles last month, and the council said it could not wait for spring.',
    'Shop owners on the promenade said the closure would cost them the few visitors the winter brings.',
    'The work is due to finish in April, in time for the ferry season, the council said in a statement.',
  ]
  const body = (tail: string[]) =>
    parseArticle(page(['Home', 'News', 'Harbour', 'Council closes the pier for winter', ...STORY, ...tail])).body.map(
      (b) => b.text,
    )
  test('the readers’ posts under "3 Comments" are not the story', () => {
    const post = (who: string, text: string) => [who, text, 'Reply']
    const tail = [
      '3 Comments',
      ...post(
        'Jan Visser',
        'About time too. The pier has been falling apart for years, and everybody in the town knew it.',
      ),
      ...post(
        'Ana Lima',
        'I walk my dog there every morning, so I hope they keep the first stretch of it open for us.',
      ),
      ...post(
        'Tom Berg',
        'The council should have fixed it before the storms came, not after the damage was done to it.',
      ),
    ]
    expect(body(tail)).toEqual(STORY)
  })
})

describe('titles under a list header the lexicon knows, one of them a question', () => {
  const STORY = WINTER_STORY
  const body = winterPierBody
  test.each([
    [['Who Will Pay for the New Pier?', 'Ferry fares to rise again in the spring']],
    [['Ferry fares to rise again in the spring', 'Is the Promenade Still Safe at Night?', 'Storm damage in pictures']],
  ])('a question among the titles is a title: %j', (titles) => {
    expect(body([...STORY.slice(0, 2), 'Related articles', ...titles, ...STORY.slice(2)])).toEqual(STORY)
  })
  test('not a question the story goes on with: a paragraph follows it', () => {
    const question = 'So who will pay for it?'
    expect(body([...STORY.slice(0, 2), 'Related articles', question, ...STORY.slice(2)])).toContain(question)
  })
})

describe('isBioLine: an author’s tagline under the story', () => {
  test.each([
    'Jane Roe is a freelance writer living in Marrow, where she covers the harbour and the council.',
    'Pulitzer Prize-winning journalist Jane Roe writes a daily blog on the harbour and a column every Sunday.',
    'Harbour Weekly contributor John A. Doe is a senior fellow at the Marrow Institute and the author of two books.',
    'John Doe has covered the harbour since 2012. Previously he was a reporter on the city desk.',
    'Ana Lima é jornalista e escreve sobre o porto de Lisboa desde 2010.',
    'Marie Dupont est journaliste au service économie.',
    'Jan de Vries is redacteur en schrijft over de haven als columnist.',
  ])('is: %j', (text) => {
    expect(isBioLine(text)).toBe(true)
  })
  test.each([
    // about someone, no trade named
    'Jane Roe is the harbour master, and she said the pier would reopen in the spring.',
    // the trade named, but not after a name at the line's start
    'The council told the reporter that Jane Roe is to blame for the delays.',
    // a story's paragraph about a writer: too long for a tagline
    `John Doe is a writer whose novels about the harbour ${'sold well in the town and far beyond it, '.repeat(15)}`,
    // a quote, not a name
    '“It is a writer’s job to ask,” she said.',
  ])('is not: %j', (text) => {
    expect(isBioLine(text)).toBe(false)
  })
})

describe('endBeforeBioLine: the story ends before the tagline at its end', () => {
  const P = (n: number) => ({
    role: null,
    text: `The council said the pier would reopen in the summer, paragraph ${n}.`,
  })
  const BIO = { role: null, text: 'Jane Roe is a freelance writer living in Marrow, where she covers the harbour.' }
  const MENU = { role: null, text: 'About us' }
  const end = (blocks: { role: string | null; text: string }[], classes: ParagraphClass[]) =>
    endBeforeBioLine(blocks, [0, blocks.length - 1], classes)
  test.each([
    ['the last paragraph', [P(1), P(2), P(3), BIO], ['good', 'good', 'good', 'good'], 2],
    [
      'the last paragraph, a menu line under it',
      [P(1), P(2), P(3), BIO, MENU],
      ['good', 'good', 'good', 'good', 'short'],
      2,
    ],
    [
      'a paragraph follows it: the story goes on',
      [P(1), P(2), P(3), BIO, P(4)],
      ['good', 'good', 'good', 'good', 'good'],
      4,
    ],
    ['too few paragraphs above it', [P(1), P(2), BIO], ['good', 'good', 'good'], 2],
  ] as [string, { role: string | null; text: string }[], ParagraphClass[], number][])(
    '%s',
    (_, blocks, classes, last) => {
      expect(end(blocks, classes)).toBe(last)
    },
  )
})

describe('furnitureBefore: the labelled furniture between the open blocks', () => {
  test.each([
    [
      [null, 'boilerplate', null],
      [0, 'Share this article'.length],
    ],
    [
      ['boilerplate', null, null],
      ['Share this article'.length, 0],
    ],
    // a headline or a caption is no furniture
    [
      [null, 'headline', null],
      [0, 0],
    ],
    [
      [null, null],
      [0, 0],
    ],
  ] as [(string | null)[], number[]][])('%j → %j', (roles, counts) => {
    expect(furnitureBefore(roles.map((role) => ({ role, text: 'Share this article' })))).toEqual(counts)
  })
})

describe('piecesAtGaps: furniture the lexicon labelled is part of a gap', () => {
  const STORY = 'The council said the pier would reopen in the summer, after the repairs to its iron legs.'
  const TEASER = 'A new ferry will sail from the harbour twice a day from May, the operator said on Monday...'
  // Three paragraphs of the story, then (after labelled furniture, out of the texts) a teaser's snippet, a title and
  // another snippet: thin prose.
  const texts = [STORY, STORY, STORY, TEASER, 'Harbour ferry timetable', TEASER]
  const own: ParagraphClass[] = ['good', 'good', 'good', 'good', 'short', 'good']
  const classes: ParagraphClass[] = ['good', 'good', 'good', 'good', 'good', 'good']
  test.each([
    [
      'a sign-up box and a share row before the teasers: the story ends at them',
      [0, 0, 0, 300, 0, 0],
      [
        [0, 2],
        [3, 5],
      ],
    ],
    ['a short label only: no gap', [0, 0, 0, 20, 0, 0], [[0, 5]]],
    ['no furniture: no gap', [], [[0, 5]]],
  ] as [string, number[], [number, number][]][])('%s', (_, furniture, pieces) => {
    expect(piecesAtGaps(texts, own, classes, [0, 5], furniture)).toEqual(pieces)
  })
})
