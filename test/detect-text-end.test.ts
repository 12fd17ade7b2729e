import { describe, expect, test } from 'vitest'
import type { ParagraphClass } from '../src/detect/paragraph-score.js'
import { endAtGap, piecesAtGaps } from '../src/detect/text-end.js'

// Rows of [text, class before context, class after]; the region is all of them.
type Row = [string, ParagraphClass, ParagraphClass]
const end = (rows: Row[]): number =>
  endAtGap(
    rows.map((r) => r[0]),
    rows.map((r) => r[1]),
    rows.map((r) => r[2]),
    [0, rows.length - 1],
  )[1]

const P = (n: number): Row => [
  `The council said the pier would reopen in the summer, paragraph ${n} of the story.`,
  'good',
  'good',
]
const JUNK = (t: string): Row => [t, 'bad', 'bad']
const GAP: Row[] = [
  JUNK('Sign up for the morning newsletter'),
  JUNK('The news of the day in your inbox, every morning'),
  JUNK('Live'),
  JUNK('14:44 Storm warning issued for the east coast tonight'),
  JUNK('14:32 Ferry services cancelled until further notice'),
  JUNK('14:10 Roads closed after flooding in the valley, police say'),
  JUNK('13:58 School buses will not run tomorrow, the county says'),
]

describe('endAtGap: where the story ends', () => {
  test('a live blog after the story, one snippet of prose to each time stamp: the story ends at the gap', () => {
    const blog = [0, 1, 2].flatMap((n): Row[] => [
      P(10 + n),
      JUNK(`13:5${n} Another headline of the live blog here`),
      JUNK('13:40 And another'),
    ])
    expect(end([P(1), P(2), P(3), ...GAP, ...blog])).toBe(2)
  })
  test('the story goes on after a box of links, as prose', () => {
    expect(end([P(1), P(2), ...GAP, P(3), P(4), P(5), P(6)])).toBe(1 + GAP.length + 4)
  })
  test('a chart in the story is no gap: its labels are too short to count', () => {
    const chart = ['50', '%', '40', '30', '20', '10', '0', '’85', '’95', '’05', '’15', '’25'].map(JUNK)
    expect(end([P(1), P(2), ...chart, P(3), JUNK('Net interest'), JUNK('13.0%'), P(4)])).toBe(2 + chart.length + 3)
  })
  test('nor is a listing of code', () => {
    const code = [
      'fetch("/users.json").then((response) => response.json())',
      'const users = await load({ cache: "no-store" });',
      '  .catch((error) => console.error(error));',
      'function load(options) {',
      '  return fetch(url, options)',
      '}',
    ].map(JUNK)
    expect(end([P(1), P(2), ...code, P(3), ...code, P(4)])).toBe(2 + 2 * code.length + 1)
  })
  test('a stream of teasers, each a title and a snippet cut off with an ellipsis, is no prose going on', () => {
    const teasers = [0, 1, 2, 3, 4, 5].flatMap((n): Row[] => [
      JUNK(`Deal alert: headphones ${n} at a discount before the holidays`),
      [
        `The shop has cut the price of its headphones by a fifth, and the offer runs for a week from Monday, for teaser ${n}...`,
        'good',
        'good',
      ],
    ])
    expect(end([P(1), P(2), P(3), ...GAP, ...teasers])).toBe(2)
  })
  test('a story whose paragraphs end in full stops goes on, though one trails off with an ellipsis', () => {
    const trailing: Row = [
      'And then the lights on the pier went out, one after the other, until none was left …',
      'good',
      'good',
    ]
    expect(end([P(1), P(2), ...GAP, P(3), trailing, P(4), P(5), P(6)])).toBe(1 + GAP.length + 5)
  })
  test('piecesAtGaps: the region cut at each gap thin prose follows; the story goes on after its last', () => {
    // two teasers, a gap under each, then the story: prose goes on after the second gap, so the story's piece
    // starts at the second teaser
    const teaser = (n: number): Row[] => [P(20 + n), ...GAP]
    const rows = [...teaser(0), ...teaser(1), P(1), P(2), P(3), P(4)]
    const pieces = piecesAtGaps(
      rows.map((r) => r[0]),
      rows.map((r) => r[1]),
      rows.map((r) => r[2]),
      [0, rows.length - 1],
    )
    expect(pieces).toEqual([
      [0, 0],
      [1 + GAP.length, rows.length - 1],
    ])
  })
  test('piecesAtGaps: one piece when prose goes on after every gap', () => {
    const rows = [P(1), P(2), ...GAP, P(3), P(4), P(5), P(6)]
    expect(
      piecesAtGaps(
        rows.map((r) => r[0]),
        rows.map((r) => r[1]),
        rows.map((r) => r[2]),
        [0, rows.length - 1],
      ),
    ).toEqual([[0, rows.length - 1]])
  })
})
