import { describe, expect, test } from 'vitest'
import { isCodeLine, type ListingLine, listingLines } from '../src/detect/code-line.js'
import { parseArticle } from '../src/index.js'

// A listing's lines that no punctuation gives away ("SELECT", "zone,"), and the result table a terminal prints under
// a query: the tight run they stand in says they are the listing's (code-line.ts).

/** Lines one under the other, no blank line between, none of them prose. */
const run = (...texts: string[]): ListingLine[] => texts.map((text, k) => ({ text, prose: false, tight: k > 0 }))

describe('isCodeLine: a bracket left open at the end of a line or closed at its start', () => {
  test.each(['WITH totals AS (', '),', ')', 'rows = [', ']'])('code: %s', (text) => {
    expect(isCodeLine(text)).toBe(true)
  })
  test.each(['Fares (2025)', '(Photo: Ruth Penhale)', 'The ferry (the old one) sails at six.'])('not: %s', (text) => {
    expect(isCodeLine(text)).toBe(false)
  })
})

describe('listingLines: every line of a tight run that holds code enough', () => {
  test.each([
    [run('SELECT', 'zone,', 'sum(fare) AS total', 'FROM trips', 'GROUP BY zone;')],
    [run('WITH totals AS (', 'SELECT *', 'FROM trips', 'WHERE zone = 3', ')', 'SELECT zone', 'FROM totals;')],
    [run('zone │ total', '─────┼──────', '1 │ 420', '2 │ 385')],
    [run('SELECT trip_id,', 'rider_name,', 'paid_at', 'FROM trips')],
  ])('listing: %j', (lines) => {
    expect(listingLines(lines)).toEqual(lines.map(() => true))
  })
  test.each([
    // A menu with one control that looks like a call.
    [run('Home', 'News', 'Sport', 'Cart(0)', 'Sign in', 'Subscribe')],
    // Link titles; one with a comma last is no listing.
    [run('Ferry fares to rise in spring', 'Lifeboat crew rescue two walkers', 'Roads, rails,', 'Weather')],
    // Lines of a menu under one another, a blank line above each: no run.
    [
      [
        { text: 'Home', prose: false, tight: false },
        { text: 'fetch(url)', prose: false, tight: false },
        { text: 'Contact', prose: false, tight: false },
      ],
    ],
  ])('not a listing: %j', (lines) => {
    expect(listingLines(lines).filter((line, k) => line && !isCodeLine(lines[k]!.text))).toEqual([])
  })
  test('prose ends a run: the paragraph under a listing is not the listing', () => {
    const lines: ListingLine[] = [
      ...run('SELECT zone,', 'count(*)', 'FROM trips;'),
      { text: 'The query counts the trips in each zone, and the busiest zone comes first.', prose: true, tight: true },
      { text: 'Home', prose: false, tight: true },
    ]
    expect(listingLines(lines)).toEqual([true, true, true, false, false])
  })
})

describe('a query and its result table inside a technical story', () => {
  const page = (lines: string[]) => lines.join('\n\n')
  const MENU = ['Home', 'Articles', 'Talks', 'About', 'Contact']
  const INTRO =
    'Every evening the harbour office wants to know which ferry zones sold the most tickets, and a single query over the trips table answers it.'
  const QUERY = [
    'WITH totals AS (',
    '    SELECT',
    '        zone,',
    '        count(*) AS trips',
    '    FROM',
    '        trips',
    '    GROUP BY',
    '        zone',
    ')',
    'SELECT *',
    'FROM totals',
    'ORDER BY trips DESC;',
  ].join('\n')
  const RESULT = ['zone │ trips', '─────┼──────', '   1 │   420', '   2 │   385', '   3 │   112'].join('\n')
  const OUTRO =
    'Zone one sells the most tickets by far, which is no surprise: it covers the old town, the station and the beach, where most visitors go.'
  const LAST =
    'The same query, run over a week instead of a day, shows the weekend trade, and the office now uses it to plan the summer timetable.'

  test('the paragraphs on both sides of the listing are body, the menus are not', () => {
    const a = parseArticle(
      page([...MENU, 'Counting trips by zone', INTRO, QUERY, RESULT, OUTRO, QUERY, RESULT, LAST, ...MENU]),
    )
    const body = a.body.map((b) => b.text)
    for (const p of [INTRO, OUTRO, LAST]) expect(body).toContain(p)
    for (const m of MENU) expect(body).not.toContain(m)
  })
})
