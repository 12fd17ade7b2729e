import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { isDateLine } from '../src/detect/boilerplate.js'
import { MAY_LEAD, parseByline } from '../src/detect/byline.js'
import { closesWith, isMetaText, mayBeSectionLabel, mayCloseBreadcrumb } from '../src/detect/headline-lines.js'
import { isCreditLine, lowerAligned, mayEndInCredit } from '../src/detect/media.js'
import { BYLINE_LEAD } from '../src/lexicon/agencies.js'
import { SECTION_LABEL } from '../src/lexicon/boilerplate.js'
import { CREDIT_LINE, PICTURE_AGENCIES, TRAILING_CREDIT } from '../src/lexicon/credits.js'
import {
  BREADCRUMB_TAIL,
  CLOCK_TIME,
  DATE_LEAD,
  JOB_LINE,
  META_LABEL,
  NAME_WITH_JOB,
  POSTED_BY,
  READING_TIME,
} from '../src/lexicon/page-meta.js'
import { tidy } from '../src/source/block.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

// The detectors' cheap pre-tests (a dispatch on a line's first character, a
// test of what any match needs) must give the answers the plain code gave.
// Each is checked against that plain code over every line and paragraph of
// the fixtures, in several cases and spacings, over lines built from the
// patterns' own words, and over examples that the pre-test must let through.

/** Every line and every paragraph (lines joined) of the fixtures, as written, trimmed, in upper and lower case, and opening with a space, a bracket or a count. */
function fixtureTexts(): string[] {
  const out = new Set<string>()
  for (const t of fixtureLinesAndParagraphs())
    for (const v of [
      t,
      t.trim(),
      t.toUpperCase(),
      t.toLowerCase(),
      ` ${t.trim()}`,
      `[${t.trim()}`,
      `2 ${t.trim()}`,
      `${t.trim()} |`,
    ])
      out.add(v)
  return [...out]
}
const FIXTURE_TEXTS = fixtureTexts()

/** `text` in the cases a line may be written in. */
const cased = (text: string): string[] => [
  text,
  text.toUpperCase(),
  text.toLowerCase(),
  text.charAt(0).toUpperCase() + text.slice(1).toLowerCase(),
]

describe('isMetaText: the cheap tests before the name-with-job and job-line patterns', () => {
  const plain = (t: string) =>
    /^by\s/i.test(t) ||
    /(?:^|[|·•,]\s*)by:?\s+\p{Lu}/iu.test(t) ||
    POSTED_BY.test(t) ||
    NAME_WITH_JOB.test(t) ||
    JOB_LINE.test(t) ||
    META_LABEL.test(t) ||
    DATE_LEAD.test(t) ||
    CLOCK_TIME.test(t) ||
    READING_TIME.test(t) ||
    isDateLine(t) ||
    parseByline(t) !== null

  test(`same answer as every pattern tried, on ${FIXTURE_TEXTS.length} lines and paragraphs of the fixtures`, () => {
    for (const text of FIXTURE_TEXTS) expect(isMetaText(text), text).toBe(plain(text))
  })

  test.each([
    'Robert Burns, AP National Security Writer',
    'Jane Roe, Staff Reporter',
    'Jane Roe, staff',
    'News reporter @TomGillespie1',
    'Senior political correspondent',
    'EDITOR',
    'Columnist',
    'Contributor',
    // What the digit, colon, "b" and separator tests must let through.
    'Posted by Vortex',
    'Written by Ann Lee',
    'Published by Ann Lee',
    'Words by Ann Lee',
    'Tested by: John Milbank',
    'Reviewed by Ann',
    'Analysis by Chris Cillizza, CNN',
    'Opinion by Ann',
    'Commentary by Ann',
    'Photo by Ann',
    'Photos by Ann',
    'Author:',
    'Authors:',
    'Publish:',
    'Published date:',
    'Updated:',
    'Posted :',
    'Date:',
    'Written by:',
    'by Jane Roe',
    'By: Jane Roe',
    'Photos | by Jane Roe',
    'Photos · By Jane Roe',
    'Photos • by: Jane Roe',
    'Jane Roe, by John Doe',
    'Story by Jane Roe',
    '4:02 pm',
    'Posted at 11:42 EST',
    '11:42, UK',
    '5 min read',
    'A 3 minute read',
    'November 20, 2019',
    '20 Nov, 2019 05:47',
    'Updated 2 hours ago',
    '2019-11-18',
    'Monday 5:30PM',
  ])('%j is found in every case', (example) => {
    expect(plain(example), 'the example is a meta line').toBe(true)
    for (const text of cased(example)) expect(isMetaText(text), text).toBe(plain(text))
  })

  test('same answer on lines built from names, jobs, handles and punctuation', () => {
    const piece = fc.constantFrom(
      'Jane',
      'Roe',
      'JANE',
      'Robert',
      'AP',
      'National',
      'Security',
      'Writer',
      'writer',
      'WRITER',
      'Correspondent',
      'editor',
      'Reporter',
      'columnist',
      'CONTRIBUTOR',
      'staff',
      'Staff',
      'news',
      'senior',
      '@TomG1',
      '@x',
      ',',
      ', ',
      'by',
      'By',
      'BY',
      'by:',
      ':',
      '-',
      '’',
      'É',
      'ſ',
      'K',
      '|',
      '·',
      '•',
      '0',
      '5',
      '12',
      '4:02',
      '11:42',
      'pm',
      'EST',
      'min',
      'minute',
      'read',
      'Nov',
      'November',
      'Monday',
      '2019',
      '2019-11-18',
      'hours',
      'ago',
      'Updated',
    )
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), fc.constantFrom(' ', ''), (pieces, sep) => {
        const text = pieces.join(sep)
        expect(isMetaText(text)).toBe(plain(text))
      }),
      { numRuns: 20_000 },
    )
  })
})

describe('mayEndInCredit: true of every text whose lower case TRAILING_CREDIT matches', () => {
  const credited = (t: string) => TRAILING_CREDIT.test(lowerAligned(t))

  test(`on ${FIXTURE_TEXTS.length} lines and paragraphs of the fixtures`, () => {
    for (const text of FIXTURE_TEXTS) if (credited(text)) expect(mayEndInCredit(text), text).toBe(true)
  })

  // Each agency name as PICTURE_AGENCIES spells it (its alternatives written out), bare and bracketed, in every case, with a Kelvin sign for a "k".
  const names = [
    'getty images',
    'afp',
    'afp via getty images',
    'shutterstock',
    'alamy',
    'alamy stock photo',
    'reuters',
    'reuters/jane doe',
    'epa',
    'epa-efe',
    'imago',
    'imago images',
    'dpa',
    'pa images',
    'pa wire',
    'pa media',
    'ap photo',
    'ap photo/evan vucci',
    "ap photo/sean o'neill",
    'reuters/jean-luc d. smith',
    'associated press',
    'anadolu',
    'anadolu agency',
    'xinhua',
    'tass',
    'sipa',
    'sipa usa',
    'bloomberg',
    'nurphoto',
    'wireimage',
    'filmmagic',
    'istock',
    'istockphoto',
    'unsplash',
    'pexels',
    'file photo',
    'handout',
  ]
  test.each(names)('%j', (name) => {
    expect(new RegExp(`^${PICTURE_AGENCIES}$`, 'u').test(name), 'the list spells a name PICTURE_AGENCIES holds').toBe(
      true,
    )
    for (const n of [...cased(name), name.replace(/k/g, '\u212a')]) {
      for (const text of [
        `Rescuers search the rubble ${n}`,
        `Rescuers search the rubble ${n}.`,
        `Rescuers search the rubble (${n}) `,
        `Rescuers search the rubble. Photo: ${n}`,
      ]) {
        expect(credited(text), text).toBe(true)
        expect(mayEndInCredit(text), text).toBe(true)
      }
    }
  })

  test('on captions built from agency words, punctuation and odd letters', () => {
    const piece = fc.constantFrom(
      'Rescuers',
      'search',
      'the',
      'rubble',
      'Getty',
      'IMAGES',
      'images',
      'AFP',
      'via',
      'Reuters',
      'EPA-EFE',
      'stock',
      'photo',
      'PA',
      'Wire',
      'Press',
      'Associated',
      'iStock',
      'i\u212a',
      '\u212a',
      'İ',
      'ſ',
      '(',
      ')',
      '.',
      ' ',
      '-',
      ':',
      '/',
      'Photograph',
      'credit',
      '\u00a0',
    )
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
        const text = pieces.join(' ')
        if (credited(text)) expect(mayEndInCredit(text)).toBe(true)
      }),
      { numRuns: 20_000 },
    )
  })
})

describe('isCreditLine: the test of its first two letters before the line is lower-cased', () => {
  const plain = (t: string) => t.length <= 140 && CREDIT_LINE.test(lowerAligned(t))

  test(`same answer as the pattern, on ${FIXTURE_TEXTS.length} lines and paragraphs of the fixtures`, () => {
    for (const text of FIXTURE_TEXTS) expect(isCreditLine(text), text).toBe(plain(text))
  })

  // Each way a credit line may open: every credit lead, every agency name (its alternatives written out), "photo by".
  const leads = [
    'Photo: Jane Doe',
    'Photograph: Jane Doe',
    'Photographs: Jane Doe',
    'Photos, Jane Doe',
    'Picture: Jane Doe',
    'Pictures | Jane Doe',
    'Pic: Jane Doe',
    'Image: Jane Doe',
    'Image source, Jane Doe',
    'Credit: Jane Doe',
    'Foto: Jane Doe',
    'Bild: Jane Doe',
    'Illustration: Jane Doe',
    'Video: Jane Doe',
    'Graphic: Jane Doe',
    'Photo by Jane Doe',
    'Photo credit: Jane Doe',
    'Photo courtesy of Jane Doe',
    'Image courtesy Jane Doe',
    'Picture by Jane Doe',
  ]
  const agencies = [
    'Getty Images',
    'AFP',
    'AFP via Getty Images',
    'Shutterstock',
    'Alamy',
    'Alamy Stock Photo',
    'Reuters',
    'Reuters/Jane Doe',
    'EPA',
    'EPA-EFE',
    'Imago',
    'Imago Images',
    'dpa',
    'PA Images',
    'PA Wire',
    'PA Media',
    'AP Photo',
    'AP Photo/Evan Vucci',
    'Associated Press',
    'Anadolu',
    'Anadolu Agency',
    'Xinhua',
    'TASS',
    'Sipa',
    'Sipa USA',
    'Bloomberg',
    'NurPhoto',
    'WireImage',
    'FilmMagic',
    'iStock',
    'iStockphoto',
    'Unsplash',
    'Pexels',
    'File photo',
    'Handout',
    'Getty Images / Jane Doe',
    'Reuters via Jane Doe',
    'AFP, Jane Doe',
  ]
  test.each([...leads, ...agencies])('%j is found in every case, bare, bracketed and spaced', (example) => {
    expect(plain(example), 'the example is a credit line').toBe(true)
    for (const c of [...cased(example), example.replace(/k/gi, '\u212a')])
      for (const text of [c, `(${c})`, `( ${c} )`, ` \u00a0${c}`]) expect(isCreditLine(text), text).toBe(plain(text))
  })

  test('same answer on lines built from credit words, brackets, spaces and odd letters', () => {
    const piece = fc.constantFrom(
      '(',
      ')',
      ' ',
      '\u00a0',
      'Photo',
      'photo',
      'PHOTO',
      'by',
      ':',
      ',',
      '/',
      'Getty',
      'Images',
      'AFP',
      'via',
      'AP',
      'PA',
      'Wire',
      'Reuters',
      'Jane',
      'Doe',
      'İ',
      'K',
      '\u212a',
      'É',
      'i',
      'x',
      'pa',
      'Pa',
    )
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), fc.constantFrom(' ', ''), (pieces, sep) => {
        const text = pieces.join(sep)
        expect(isCreditLine(text)).toBe(plain(text))
      }),
      { numRuns: 20_000 },
    )
  })
})

describe('isTitleText: the cheap tests before SECTION_LABEL and BREADCRUMB_TAIL', () => {
  // Each pattern may match only a line its pre-test lets through.
  const agree = (text: string) => {
    if (SECTION_LABEL.test(text)) expect(mayBeSectionLabel(text), text).toBe(true)
    if (BREADCRUMB_TAIL.test(text)) expect(mayCloseBreadcrumb(text), text).toBe(true)
  }

  test(`on ${FIXTURE_TEXTS.length} lines and paragraphs of the fixtures`, () => {
    for (const text of FIXTURE_TEXTS) agree(text)
  })

  // One example of each alternative, and lines that only just qualify.
  test.each([
    'NEWS',
    'SPORTSMINNESOTA WILD',
    'U.S. NEWS TODAY',
    '2019 & 2020',
    'A-B C’D E.F',
    'Home » Column',
    'News › World › Europe Today',
    'Sport | Football | Premier League',
    'News/World',
    'news > local',
    'HomeWorld',
    'Home News Sport Weather Travel',
    'Home & Garden',
    'World News',
    'Home Local News',
    'US News',
    'U.S. news',
    'Breaking News',
  ])('%j is a section label that the pre-test lets through', (example) => {
    expect(SECTION_LABEL.test(example), 'the example is a section label').toBe(true)
    agree(example)
  })

  test.each(['Home » Column »', 'News › World ›', 'Sport »', '>'])(
    '%j is a breadcrumb tail that the pre-test lets through',
    (example) => {
      expect(BREADCRUMB_TAIL.test(example), 'the example is a breadcrumb tail').toBe(true)
      agree(example)
    },
  )

  test('on lines built from section words, capitals and separators', () => {
    const piece = fc.constantFrom(
      'Home',
      'home',
      'News',
      'news',
      'NEWS',
      'World',
      'U.S.',
      'Business',
      'Sport',
      'Local',
      'Pier',
      'repairs',
      'to',
      'close',
      '2019',
      '&',
      '’',
      '»',
      '›',
      '>',
      '|',
      '/',
      '-',
      '.',
      'É',
      'ſ',
      '\u00a0',
      '\t',
    )
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), fc.constantFrom(' ', '', '  '), (pieces, sep) =>
        agree(pieces.join(sep)),
      ),
      { numRuns: 20_000 },
    )
  })
})

describe('parseByline: the opening test before the line is tidied', () => {
  // LEAD as byline.ts builds it: every text whose tidied form it matches must pass MAY_LEAD.
  const LEAD = new RegExp(String.raw`^${BYLINE_LEAD} (\S.*)$`, 'u')
  const agree = (text: string) => {
    if (LEAD.test(tidy(text))) expect(MAY_LEAD.test(text), text).toBe(true)
  }

  test(`on ${FIXTURE_TEXTS.length} lines and paragraphs of the fixtures`, () => {
    for (const text of FIXTURE_TEXTS) agree(text)
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

describe("closesWith: the regex of a line's last characters, read back from the end", () => {
  // Each set of stops the detectors ask about, with or without a closing quote after the stop.
  const ASKED: Array<[string, boolean]> = [
    [',', false],
    [';', false],
    ['.!?…', true],
    ['.!?', false],
    ['.!', true],
    ['.!?…:;', true],
    ['.!?', true],
    ['.!?…"”’\'):', false],
    ['.!?"”', false],
  ]
  const regexOf = (stops: string, quoted: boolean) =>
    new RegExp(`[${stops.replace(/[\\\]^-]/g, '\\$&')}]${quoted ? '["”’\']?' : ''}$`)
  const agree = (text: string) => {
    for (const [stops, quoted] of ASKED)
      expect(closesWith(text, stops, quoted), `${stops} ${quoted}: ${text}`).toBe(regexOf(stops, quoted).test(text))
  }

  test(`same answer as the regex on ${FIXTURE_TEXTS.length} lines and paragraphs of the fixtures`, () => {
    for (const text of FIXTURE_TEXTS) agree(text)
  })

  test.each([
    '',
    '.',
    '"',
    '”',
    'a.',
    'a."',
    'a.”',
    "a.'",
    'a’',
    'a!’',
    '…',
    '…”',
    '."”',
    'a,',
    'a;',
    'a:',
    'a)',
    'a).',
    'a.)',
    '"."',
    'a\n.',
    'a.\n',
    '\ud83d\ude00.',
    '.\ud83d',
  ])('%j', (text) => agree(text))

  test('on texts built from stops, quotes and words', () => {
    const piece = fc.constantFrom(
      'a',
      'Pier',
      ' ',
      '.',
      '!',
      '?',
      '…',
      ':',
      ';',
      ',',
      ')',
      '(',
      '"',
      '”',
      '“',
      '’',
      '‘',
      "'",
      '\n',
      '\u2028',
      '\ud83d',
      '\ude00',
      '»',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => agree(pieces.join(''))),
      { numRuns: 20_000 },
    )
  })
})
