import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { LEAD_IN, leadInOf, splitDateline, WIRE_BRACKETS } from '../src/detect/dateline.js'
import { parseArticle } from '../src/index.js'

// [paragraph, dateline text, location, date, agency, body after the dateline]
describe('splitDateline', () => {
  test.each([
    [
      'DUBLIN, April 1 - Irish voters went to the polls.',
      'DUBLIN, April 1',
      'DUBLIN',
      'April 1',
      null,
      'Irish voters went to the polls.',
    ],
    ['LONDON, Nov 29 (Reuters) - Oil rose.', 'LONDON, Nov 29 (Reuters)', 'LONDON', 'Nov 29', 'Reuters', 'Oil rose.'],
    ['CHATHAM, Mass. (AP) — A lobster died.', 'CHATHAM, Mass. (AP)', 'CHATHAM, Mass.', null, 'AP', 'A lobster died.'],
    ['ATLANTA (AP) _ Peaches froze.', 'ATLANTA (AP)', 'ATLANTA', null, 'AP', 'Peaches froze.'],
    ['ATLANTA (AP) — Peaches froze.', 'ATLANTA (AP)', 'ATLANTA', null, 'AP', 'Peaches froze.'],
    ['Berlin (dpa) - Die Bahn streicht Züge.', 'Berlin (dpa)', 'Berlin', null, 'dpa', 'Die Bahn streicht Züge.'],
    [
      'NEW YORK, March 3 /PRNewswire/ -- Acme named a chief.',
      'NEW YORK, March 3 /PRNewswire/',
      'NEW YORK',
      'March 3',
      'PRNewswire',
      'Acme named a chief.',
    ],
    [
      'NEW YORK, March 3, 2025 /PRNewswire/ -- Acme named a chief.',
      'NEW YORK, March 3, 2025 /PRNewswire/',
      'NEW YORK',
      'March 3, 2025',
      'PRNewswire',
      'Acme named a chief.',
    ],
    [
      'PARIS, Aug 14, 2025 (AFP) - France will act.',
      'PARIS, Aug 14, 2025 (AFP)',
      'PARIS',
      'Aug 14, 2025',
      'AFP',
      'France will act.',
    ],
    [
      'CALGARY, Alberta, April 7 - Shares rose.',
      'CALGARY, Alberta, April 7',
      'CALGARY, Alberta',
      'April 7',
      null,
      'Shares rose.',
    ],
    [
      'WHITE PLAINS, N.Y., Oct 21 - Shares rose.',
      'WHITE PLAINS, N.Y., Oct 21',
      'WHITE PLAINS, N.Y.',
      'Oct 21',
      null,
      'Shares rose.',
    ],
    ['Lima, march 31 - the government acted.', 'Lima, march 31', 'Lima', 'march 31', null, 'the government acted.'],
    [
      'Mexico city, april 3 - mexico sold new bonds.',
      'Mexico city, april 3',
      'Mexico city',
      'april 3',
      null,
      'mexico sold new bonds.',
    ],
    ['WASHINGTON — The Senate voted.', 'WASHINGTON', 'WASHINGTON', null, null, 'The Senate voted.'],
    ['BRUSSELS, March 11 -', 'BRUSSELS, March 11', 'BRUSSELS', 'March 11', null, ''],
    // Agencies' own ways: two agencies in one bracket, no dash after an agency, a bare agency after the date,
    // other languages' months, a dash with no space after it, a PR wire's dateline alone on its line.
    ['San Diego (tca/dpa) - Rain fell.', 'San Diego (tca/dpa)', 'San Diego', null, 'tca/dpa', 'Rain fell.'],
    ['Paris (ats afp) Les violences.', 'Paris (ats afp)', 'Paris', null, 'ats afp', 'Les violences.'],
    [
      'SAITAMA, Japan, Dec. 9 Kyodo - A court ruled.',
      'SAITAMA, Japan, Dec. 9 Kyodo',
      'SAITAMA, Japan',
      'Dec. 9',
      'Kyodo',
      'A court ruled.',
    ],
    [
      'Nueva Delhi, 21 ene (EFE).- La India lanzó.',
      'Nueva Delhi, 21 ene (EFE)',
      'Nueva Delhi',
      '21 ene',
      'EFE',
      'La India lanzó.',
    ],
    [
      'MOSCOW, December 10. /TASS/. Russia said.',
      'MOSCOW, December 10. /TASS/',
      'MOSCOW',
      'December 10',
      'TASS',
      'Russia said.',
    ],
    [
      'BRUXELLES, 10 déc (Belga) Le gouvernement.',
      'BRUXELLES, 10 déc (Belga)',
      'BRUXELLES',
      '10 déc',
      'Belga',
      'Le gouvernement.',
    ],
    ['LONDON (Reuters) -The pound fell.', 'LONDON (Reuters)', 'LONDON', null, 'Reuters', 'The pound fell.'],
    [
      'HONG KONG, Nov. 3, 2021 /PRNewswire/ --',
      'HONG KONG, Nov. 3, 2021 /PRNewswire/',
      'HONG KONG',
      'Nov. 3, 2021',
      'PRNewswire',
      '',
    ],
    [
      'BRUXELLES 10/12 (BELGA) Le gouvernement.',
      'BRUXELLES 10/12 (BELGA)',
      'BRUXELLES',
      '10/12',
      'BELGA',
      'Le gouvernement.',
    ],
    ['ROMA, 10 DIC - Il governo.', 'ROMA, 10 DIC', 'ROMA', '10 DIC', null, 'Il governo.'],
    [
      'SAN FRANCISCO--(BUSINESS WIRE)--Acme today named a chief.',
      'SAN FRANCISCO--(BUSINESS WIRE)',
      'SAN FRANCISCO',
      null,
      'BUSINESS WIRE',
      'Acme today named a chief.',
    ],
  ])('%s', (paragraph, text, location, date, agency, rest) => {
    expect(splitDateline(paragraph)).toEqual({ dateline: { text, location, date, agency }, rest })
  })

  test.each([
    'Officials said - in private - that the plan had failed.',
    'The company - which makes tyres - said profits rose.',
    'Smith - who joined in 2019 - resigned.',
    'A - B testing showed nothing.',
    'Shares rose 3% on Monday.',
    // Without a dash only an agency's name closes a dateline.
    'Paris (France) is the capital.',
    'Merkel (CDU) said on Monday.',
    // Figures alone make no date of a dateline without capitals or an agency.
    'Oil rose 1.5 - 2% on Monday.',
  ])('not a dateline: %s', (paragraph) => {
    expect(splitDateline(paragraph)).toBeNull()
  })
})

describe('detectDateline in a story', () => {
  test('a dateline alone on its line takes the paragraph below into the same element', () => {
    const text =
      'MARLOW NV 1986 YEAR\n\n    BRUSSELS, March 11 -\n    Group net profit rose to 2.41 billion francs from 1.97\nbillion.\n    Net dividend 120 francs vs 110.\n Reuter\n'
    const a = parseArticle(text)
    expect(a.dateline).toMatchObject({ location: 'BRUSSELS', date: 'March 11' })
    expect(a.body.map((b) => b.text)).toEqual([
      'Group net profit rose to 2.41 billion francs from 1.97 billion.',
      'Net dividend 120 francs vs 110.',
    ])
    expect(text.slice(a.body[0]!.position!.start.offset, a.body[0]!.position!.end.offset)).toMatch(
      /^BRUSSELS, March 11 -\n/,
    )
  })
})

// leadInOf tries the lead-in patterns only on a line holding a dash, a bracket or a slash (every close holds one):
// it must find what the patterns find on any line.
describe('leadInOf finds what LEAD_IN and WIRE_BRACKETS find', () => {
  const agree = (line: string) => {
    const plain = LEAD_IN.exec(line) ?? WIRE_BRACKETS.exec(line)
    expect(leadInOf(line)?.[0], JSON.stringify(line)).toBe(plain?.[0])
  }

  test.each([
    ['DUBLIN, April 1 - Irish voters went to the polls.', 'DUBLIN, April 1 - '],
    ['Paris (ats afp) Les', 'Paris (ats afp) '],
    ['MOSCOW, December 10. /TASS/. Talks', 'MOSCOW, December 10. /TASS/. '],
    ['SAN FRANCISCO--(BUSINESS WIRE)--Acme', 'SAN FRANCISCO--(BUSINESS WIRE)--'],
    ['Councillors in Kellmouth voted on Tuesday to close the terminal.', undefined],
  ])('%s', (line, lead) => {
    expect(leadInOf(line)?.[0]).toBe(lead)
    agree(line)
  })

  const piece = fc.constantFrom(
    'PARIS',
    'New York',
    'Berlin/Paris',
    ', Mass.',
    ', Dec. 9',
    ' 21 ene',
    ' 10/12',
    ' (Reuters)',
    ' (ats afp)',
    ' /TASS/',
    ' Kyodo',
    ' -',
    ' --',
    ' —',
    ' _',
    '--(BUSINESS WIRE)--',
    '.',
    ' ',
    ' The',
    ' said',
    ')',
    '/',
  )
  test('on random lines made of lead-in parts', () => {
    expect.hasAssertions()
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 7 }), (parts) => agree(parts.join(''))),
      { numRuns: 5_000 },
    )
  })
})
