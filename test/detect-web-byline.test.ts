import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  bylineWithBio,
  EDGES,
  nameLine,
  namesLine,
  PARTS,
  parseWebByline,
  partsOf,
  userByline,
  withoutEdges,
  withoutStamps,
} from '../src/detect/web-byline.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

// Each row pins one rule of the web byline: [line, text, authors]; then lines that are no byline.
describe('parseWebByline', () => {
  test.each([
    ['By Nora E. Quillan March 14, 2025', 'By Nora E. Quillan', ['Nora E. Quillan']],
    ['ByJane Roe Dec 9, 2016', 'ByJane Roe', ['Jane Roe']],
    ['Byby JANE ROE, JOHN DOE and ANN LEE', 'Byby JANE ROE, JOHN DOE and ANN LEE', ['JANE ROE', 'JOHN DOE', 'ANN LEE']],
    ['by: Jane Roe', 'by: Jane Roe', ['Jane Roe']],
    ['December 11, 2024 by Jane Roe', 'by Jane Roe', ['Jane Roe']],
    ['By Jane Roe@janeroe Mar 4, 2025, 4:08pm EST', 'By Jane Roe', ['Jane Roe']],
    ['// By Jane Roe • Nov 11, 2020', 'By Jane Roe', ['Jane Roe']],
    ['Written by Jane Roe', 'Written by Jane Roe', ['Jane Roe']],
    ['Autor: Hans Meier', 'Autor: Hans Meier', ['Hans Meier']],
    ['Texte : Marie Dupont', 'Texte : Marie Dupont', ['Marie Dupont']],
    ['投稿者 Jane Roe', '投稿者 Jane Roe', ['Jane Roe']],
    ['作者：王小明', '作者：王小明', ['王小明']],
    ['Jane Roe | jroe@example.com', 'Jane Roe | jroe@example.com', ['Jane Roe']],
    ['Politik · Hans Meier, Eva Schulz', 'Politik · Hans Meier, Eva Schulz', ['Hans Meier', 'Eva Schulz']],
    ['Por Ana Ruiz, Luis Gil y Eva Sanz', 'Por Ana Ruiz, Luis Gil y Eva Sanz', ['Ana Ruiz', 'Luis Gil', 'Eva Sanz']],
    ['Jane Roe, Staff Writer', 'Jane Roe, Staff Writer', ['Jane Roe']],
    ['Jane Roe | Senior Reporter', 'Jane Roe | Senior Reporter', ['Jane Roe']],
    ['by April Keane@akeane Dec 15, 2016, 1:55pm EST', 'by April Keane', ['April Keane']],
  ])('%s', (line, text, authors) => {
    const byline = parseWebByline(line)
    expect(byline).not.toBeNull()
    expect(byline!.text).toBe(text)
    expect(byline!.authors).toEqual(authors)
  })

  test.each([
    'By the numbers: how the vote split',
    'By Monday',
    'Written off by the markets',
    'Bypass road to open in May',
    'Texas governor signs the bill',
    'Author:',
    'March 14, 2025',
    'By Jane Roe, a deputy editor who has covered the industry for a decade.',
    'Storm hits coast | Weather',
  ])('not a byline: %s', (line) => {
    expect(parseWebByline(line)).toBeNull()
  })
})

describe("parseWebByline: a note in brackets after the names is the author's post", () => {
  test.each([
    ['Par Léa Martin(Bruxelles, bureau européen)', 'Par Léa Martin', 'Bruxelles, bureau européen'],
    ['By Jane Roe (Washington correspondent)', 'By Jane Roe', 'Washington correspondent'],
    ['Von Hans Meier (Genf) 12.03.2020 09:14', 'Von Hans Meier', 'Genf'],
  ])('%s', (line, text, role) => {
    expect(parseWebByline(line)).toMatchObject({ text, role, agency: null })
  })
  test.each([
    'Jane Roe (Washington)',
    'By the river (in London)',
    'By Jane Roe (Washington) and more',
    'Storm (Update)',
  ])('not: %s', (line) => {
    expect(parseWebByline(line)).toBeNull()
  })
  test('an agency in brackets stays the agency', () => {
    expect(parseWebByline('By Jane Roe (Reuters)')).toMatchObject({ text: 'By Jane Roe (Reuters)', agency: 'Reuters' })
  })
})

describe('namesLine: a list of full names alone', () => {
  test.each([
    ['Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['Jane Carrie Roe, John Doe & Ann Lee', ['Jane Carrie Roe', 'John Doe', 'Ann Lee']],
    ['Jane Roe, John Doe and Ann Lee', ['Jane Roe', 'John Doe', 'Ann Lee']],
    ['Hans Meier und Eva Schulz 12.03.2020', ['Hans Meier', 'Eva Schulz']],
  ])('%s', (line, authors) => {
    expect(namesLine(line)?.authors).toEqual(authors)
  })
  test.each([
    'Jane Roe',
    'Salt and Pepper',
    'Jane Roe and the Band',
    'Food & Drink',
    'Jane Roe, Reuters',
    'Jane Roe, Editor',
    'Jane Roe, Marrow Gazette',
  ])('not: %s', (line) => {
    expect(namesLine(line)).toBeNull()
  })
})

describe('userByline: a lead and a user name as a site prints it', () => {
  test.each([
    ['By Cindy mangomini', 'Cindy mangomini'],
    ['By Jaybird', 'Jaybird'],
    ['Von Jan K. März 4, 2025', 'Jan K.'],
    ['By Cindy mangomini 4 March 2025', 'Cindy mangomini'],
  ])('%s', (line, author) => {
    expect(userByline(line)?.authors).toEqual([author])
  })
  test.each([
    'By Jane Roe publiziert',
    'By the river',
    'By Design',
    'By Monday night',
    'By Jane Roe and the band',
    'Bye Jane',
    'By 2030',
  ])('not: %s', (line) => {
    expect(userByline(line)).toBeNull()
  })
})

describe("bylineWithBio: a byline running on into its author's description", () => {
  test.each([
    ['By Jane Roe, a deputy editor who has covered the industry for a decade.', 'By Jane Roe', ['Jane Roe']],
    ['By Jane Roe and John Doe, who cover the courts.', 'By Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ["By Jane Roe, the Gazette's transport correspondent", 'By Jane Roe', ['Jane Roe']],
  ])('%s', (line, text, authors) => {
    expect(bylineWithBio(line)).toMatchObject({ text, authors })
  })
  test.each([
    'Jane Roe, a deputy editor who has covered the industry for a decade.',
    'By the numbers, a guide to the vote',
    'By Jane Roe',
    'By Monday, the council had voted to close the pier.',
  ])('not: %s', (line) => {
    expect(bylineWithBio(line)).toBeNull()
  })
})

describe('nameLine: a name alone, a byline only beside a date or a label', () => {
  test.each([
    ['Jane Roe', 'Jane Roe'],
    ['JANE ROE', 'JANE ROE'],
    ['Jane Roe 1 day ago', 'Jane Roe'],
  ])('%s', (line, name) => {
    expect(nameLine(line)?.authors).toEqual([name])
  })
  test.each([
    'Editor',
    'Business Monday',
    'Weekend Summer Special',
    'The Budget Countdown',
    'Pier repairs to close seafront road',
    'Jane',
    '王小明',
    '公開日',
    // A button before a name, a section's or a feature's name (BUTTON_WORDS, SECTION_WORDS).
    'Follow Jane Roe',
    'Folgen Jana Rohr',
    'Local News',
    'Morning Update',
    'Editor’s Pick',
  ])('not: %s', (line) => {
    expect(nameLine(line)).toBeNull()
  })
})

describe('parseWebByline: labels in more languages', () => {
  test.each([
    ['Di Marco Rossi e Giulia Bianchi', ['Marco Rossi', 'Giulia Bianchi']],
    ['Yazar: Ayşe Yılmaz', ['Ayşe Yılmaz']],
    ['Oleh Budi Santoso', ['Budi Santoso']],
    ['Tác giả: Nguyễn Văn An', ['Nguyễn Văn An']],
    ['Ein Kommentar von Jana Rohr', ['Jana Rohr']],
    ['Von unserem Korrespondenten Jonas Keller', ['Jonas Keller']],
    ['Door onze redacteur Jan de Vries', ['Jan de Vries']],
    ['كتب: محمد علي', ['محمد علي']],
    ['מאת: דני כהן', ['דני כהן']],
    ['Written By: Jane Roe | Edited By: John Doe', ['Jane Roe']],
    ['Text: Jane Roe | Photos: John Doe', ['Jane Roe']],
  ])('%s', (line, authors) => {
    expect(parseWebByline(line)?.authors).toEqual(authors)
  })

  test.each([
    // A short label word before one word: a surname, "of Denmark", "of Saturday".
    'Di Maio',
    'Af Danmark',
    'Του Σαββάτου',
    // A caseless script's label word without its colon opens a sentence: "Books new in the fair".
    'كتب جديدة في المعرض',
    // Another credit after the bar that is no credit: a headline's words.
    'Text: Jane Roe | Storm hits coast',
  ])('not a byline: %s', (line) => {
    expect(parseWebByline(line)).toBeNull()
  })
})

test('withoutStamps drops a stamp at either end and the separators left', () => {
  expect(withoutStamps('By Jane Roe | March 14, 2025')).toBe('By Jane Roe')
  expect(withoutStamps('Updated 3 hours ago · Jane Roe')).toBe('Jane Roe')
  expect(withoutStamps('Jane Roe')).toBe('Jane Roe')
})

// withoutEdges and partsOf try EDGES and PARTS only on a text where they can match (a separator at an edge, a bar or
// a dot inside): each must give what its pattern gives on any text.
describe('withoutEdges and partsOf give what EDGES and PARTS give', () => {
  const agree = (text: string) => {
    expect(withoutEdges(text), JSON.stringify(text)).toBe(text.replace(EDGES, ''))
    expect(partsOf(text), JSON.stringify(text)).toEqual(text.split(PARTS).filter(Boolean))
  }

  test.each<[string, string, string[]]>([
    ['// By Ravi Dev Menon •', 'By Ravi Dev Menon', ['// By Ravi Dev Menon']],
    ['Politik · Jonas Berger', 'Politik · Jonas Berger', ['Politik', 'Jonas Berger']],
    ['Jane Roe', 'Jane Roe', ['Jane Roe']],
    [' | ', '', []],
  ])('%j', (text, edges, parts) => {
    expect(withoutEdges(text)).toBe(edges)
    expect(partsOf(text)).toEqual(parts)
    agree(text)
  })

  test('on every line and paragraph of the fixtures', () => {
    expect.hasAssertions()
    for (const line of fixtureLinesAndParagraphs()) agree(line)
  })

  const char = fc.constantFrom(
    'a',
    'J',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '|',
    '•',
    '·',
    '/',
    '—',
    '–',
    ':',
    ',',
    '-',
    '.',
    '@',
    '😀',
  )
  test('on random texts', () => {
    expect.hasAssertions()
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => agree(chars.join(''))),
      { numRuns: 5_000 },
    )
  })
})
