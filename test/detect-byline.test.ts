import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { MAY_LEAD, parseByline, parseRoleLine } from '../src/detect/byline.js'
import { parseArticle } from '../src/index.js'
import { BYLINE_LEAD } from '../src/lexicon/agencies.js'
import { tidy } from '../src/source/block.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

// Each row pins one rule of the byline cascade: [line, authors, agency, role] — or null for a line that is no byline.
describe('parseByline', () => {
  test.each([
    ['By Paul Majendie, Reuters', ['Paul Majendie'], 'Reuters', undefined],
    ['by Janie Gabbett, Reuters', ['Janie Gabbett'], 'Reuters', undefined],
    ['By Sofia De Santos, Reuters', ['Sofia De Santos'], 'Reuters', undefined],
    ['By Jean-Marc Fournel, Reuters', ['Jean-Marc Fournel'], 'Reuters', undefined],
    ['Von Anna Schmidt, dpa', ['Anna Schmidt'], 'dpa', undefined],
    ['Von Anna Schmidt und Jan Meier, dpa', ['Anna Schmidt', 'Jan Meier'], 'dpa', undefined],
    ['By CHARLES ODUM, AP Sports Writer', ['CHARLES ODUM'], 'AP', 'AP Sports Writer'],
    [
      'By Sam Whitfield, PA Local Government Correspondent',
      ['Sam Whitfield'],
      'PA',
      'PA Local Government Correspondent',
    ],
    [
      'BY JOHN DOE AND JANE ROE, Associated Press Writers',
      ['JOHN DOE', 'JANE ROE'],
      'Associated Press',
      'Associated Press Writers',
    ],
    ['By ABBY GOODNOUGH', ['ABBY GOODNOUGH'], null, undefined],
    ['By Jonathan Saul and Carolyn Cohn', ['Jonathan Saul', 'Carolyn Cohn'], null, undefined],
    ['By Ann Lee, Bo Chan and Cy Diaz', ['Ann Lee', 'Bo Chan', 'Cy Diaz'], null, undefined],
    ['By Ann Lee & Bo Chan', ['Ann Lee', 'Bo Chan'], null, undefined],
    ['By Jane Doe in London', ['Jane Doe'], null, undefined],
    ['By Ursula von der Leyen', ['Ursula von der Leyen'], null, undefined],
    ['By The Associated Press', [], 'The Associated Press', undefined],
    ['By Reuters', [], 'Reuters', undefined],
    ['Par Jean Dupont, AFP', ['Jean Dupont'], 'AFP', undefined],
    ['By Jane Doe (Reuters)', ['Jane Doe'], 'Reuters', undefined],
    ['By Jane Doe | Reuters', ['Jane Doe'], 'Reuters', undefined],
    // The outlet a syndicated author writes for, and the place an author files from, are no authors.
    ['By Tom Brandle, The Lakeport Courier-Tribune', ['Tom Brandle'], 'The Lakeport Courier-Tribune', undefined],
    ['Von Anna Schmidt, Berlin', ['Anna Schmidt'], null, undefined],
    ['Von Anna Schmidt, Berlin, dpa', ['Anna Schmidt'], 'dpa', undefined],
    // An outlet's initials after mixed-case names is the outlet; in an all-capitals byline it is a place.
    ['By Jane Roe, CNN', ['Jane Roe'], 'CNN', undefined],
    ['By Jane Roe, CNN, Atlanta', ['Jane Roe'], 'CNN', undefined],
    ['BY JANE ROE, PARIS', ['JANE ROE'], null, undefined],
    ['By Jane Roe, MA', ['Jane Roe'], null, undefined],
    ['By Jane Roe, MS, RDN', ['Jane Roe'], null, undefined],
    // Jobs in the local language, with the place where they are held.
    ['Von Anna Schmidt, Korrespondentin', ['Anna Schmidt'], null, 'Korrespondentin'],
    ['Por Ana Ruiz, corresponsal en Berlín', ['Ana Ruiz'], null, 'corresponsal en Berlín'],
    ['Por Ana Lima, da Redação', ['Ana Lima'], null, 'da Redação'],
    // "And" in other languages.
    ['Par Marco Rossi e Giulia Bianchi', ['Marco Rossi', 'Giulia Bianchi'], null, undefined],
    ['Von Kari Nordmann og Ola Hansen', ['Kari Nordmann', 'Ola Hansen'], null, undefined],
    ['By dpa correspondents', [], 'dpa', 'dpa correspondents'],
    ['By PAUL BRANNOCK and ALMA CASTELLANOS', ['PAUL BRANNOCK', 'ALMA CASTELLANOS'], null, undefined],
    // A month or season that is a given name too opens a name before a surname.
    ['By April Keane', ['April Keane'], null, undefined],
    ['Von May Lindqvist und Jan Meier', ['May Lindqvist', 'Jan Meier'], null, undefined],
  ])('%s', (line, authors, agency, role) => {
    const byline = parseByline(line)
    expect(byline).not.toBeNull()
    expect(byline!.authors).toEqual(authors)
    expect(byline!.agency).toBe(agency)
    expect(byline!.role ?? undefined).toBe(role)
    expect(byline!.text).toBe(line)
  })

  test.each([
    'By Tuesday the talks had failed.',
    'By Monday',
    'By March the river had burst its banks.',
    'By April',
    'By May Day',
    'By March Keane',
    'By the numbers: how the vote split',
    'By contrast, exports rose 4%.',
    'by 2030, officials said',
    'Bystanders filmed the crash.',
    'Reuters',
    'The Associated Press',
    'By Jane Doe (Staff)',
    // "The" alone is neither an outlet nor a place.
    'By Jane Doe, The',
  ])('not a byline: %s', (line) => {
    expect(parseByline(line)).toBeNull()
  })
})

describe('parseRoleLine: the second line of an AP byline', () => {
  test.each([
    ['AP Sports Writer', 'AP Sports Writer', 'AP'],
    ['Associated Press Writer', 'Associated Press Writer', 'Associated Press'],
    ['Associated Press', null, 'Associated Press'],
    ['Chief Political Correspondent', 'Chief Political Correspondent', null],
  ])('%s', (line, role, agency) => {
    expect(parseRoleLine(line)).toEqual({ role, agency })
  })

  test.each(['The game was played in Atlanta.', 'Writer and director Jane Doe said'])('not a role line: %s', (line) => {
    expect(parseRoleLine(line)).toBeNull()
  })
})

describe('detectByline in a story', () => {
  test('a two-line AP byline is one byline element covering both lines', () => {
    const text =
      'Falcons rally past Saints\n\nBy CHARLES ODUM\nAP Sports Writer\n\nATLANTA (AP) _ The Falcons scored twice in the fourth quarter.\n'
    const a = parseArticle(text)
    expect(a.byline).toMatchObject({ authors: ['CHARLES ODUM'], agency: 'AP', role: 'AP Sports Writer' })
    expect(text.slice(a.byline!.position!.start.offset, a.byline!.position!.end.offset)).toBe(
      'By CHARLES ODUM\nAP Sports Writer',
    )
    expect(a.images).toEqual([])
  })

  test('an agency byline is not taken for a photo credit', () => {
    const a = parseArticle(
      'BANK SHARES FALL\n\n    By Jane Roe, Reuters\n    NEW YORK, March 3 - Bank shares fell on Tuesday as\ninvestors took profits after a two-week rally.\n Reuter\n',
    )
    expect(a.byline).toMatchObject({ authors: ['Jane Roe'], agency: 'Reuters' })
    expect(a.images).toEqual([])
    expect(a.boilerplate).toEqual([expect.objectContaining({ kind: 'signoff', text: 'Reuter' })])
  })
})

describe('detectByline on a web page: under a headline found below the menus', () => {
  const page = (meta: string[]) =>
    [
      ...['Skip to content', 'Home', 'News', 'Sport', 'Weather', 'Opinion', 'Sign in'],
      'Pier repairs to close seafront road for six weeks',
      ...meta,
      'Share this story',
      'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
      'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks.',
      '© 2025 Marrow Bay Gazette',
    ].join('\n')
  test.each([
    [['By Hannah Colby', 'Published 7:12 am GMT, Tuesday, March 4, 2025'], 'By Hannah Colby'],
    [
      ['Updated 0912 GMT (1712 HKT) March 4, 2025', 'By Hannah Colby, Transport Reporter'],
      'By Hannah Colby, Transport Reporter',
    ],
  ])('%j → %s, and the date is no standfirst', (meta, byline) => {
    const a = parseArticle(page(meta))
    expect(a.headline).toBe('Pier repairs to close seafront road for six weeks')
    expect(a.byline?.text).toBe(byline)
    expect(a.standfirst).toBeNull()
  })
})

// MAY_LEAD, tried before a line is tidied, must let through every line whose tidied form opens with a lead word.
describe('MAY_LEAD: never turns away a byline before it is tidied', () => {
  // LEAD as byline.ts builds it: every text whose tidied form it matches must pass MAY_LEAD.
  const LEAD = new RegExp(String.raw`^${BYLINE_LEAD} (\S.*)$`, 'u')
  const agree = (text: string) => {
    if (LEAD.test(tidy(text))) expect(MAY_LEAD.test(text), text).toBe(true)
  }

  test('on every line and paragraph of the fixtures, as written and cased', () => {
    expect.hasAssertions()
    for (const text of fixtureLinesAndParagraphs())
      for (const v of [text, text.trim(), text.toUpperCase(), text.toLowerCase(), ` ${text.trim()}`]) agree(v)
  })

  test.each([
    'By Jane Roe',
    'BY JANE ROE',
    'by Jane',
    'Von Anna Schmidt, dpa',
    'von Anna',
    'Par Jean Dupont',
    'Por Ana',
    'Door Jan',
    'door Jan',
    ' \tBy  Jane',
    '\u0001By\u0002Jane',
    '\u200bBy\u200bJane',
    '\ufeffBy\u00a0Jane',
    'By\nJane',
  ])('%j opens a byline and passes', (example) => {
    expect(LEAD.test(tidy(example)), 'the example opens a byline').toBe(true)
    agree(example)
  })

  test('on lines built from lead words, spaces, controls and names', () => {
    expect.hasAssertions()
    const piece = fc.constantFrom(
      'By',
      'BY',
      'by',
      'bY',
      'Von',
      'von',
      'Par',
      'Por',
      'Door',
      'Jane',
      'Roe',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u0001',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u200b',
      '\ufeff',
      '\u2028',
      '\u3000',
      '``',
      "''",
      '_',
      ',',
      'É',
    )
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), fc.constantFrom(' ', ''), (pieces, sep) =>
        agree(pieces.join(sep)),
      ),
      { numRuns: 20_000 },
    )
  })
})
