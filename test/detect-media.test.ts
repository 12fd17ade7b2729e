import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { cleanCredit, isCreditLine, lowerAligned, mayEndInCredit, splitTrailingCredit } from '../src/detect/media.js'
import { parseArticle } from '../src/index.js'
import { PICTURE_AGENCY_NAMES, TRAILING_CREDIT } from '../src/lexicon/credits.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

/** `text` in the cases a line may be written in. */
const cased = (text: string): string[] => [
  text,
  text.toUpperCase(),
  text.toLowerCase(),
  text.charAt(0).toUpperCase() + text.slice(1).toLowerCase(),
]

// The credit patterns are matched against lower-cased text (no `i` flag: see
// src/lexicon/credits.ts), so each rule is pinned in the cases people write.
describe('isCreditLine: a whole line that is a photo credit', () => {
  test.each([
    ['Photo: Dana Morrell, AP', true],
    ['PHOTO: DANA MORRELL/AP', true],
    ['(Getty Images)', true],
    ['SHUTTERSTOCK', true],
    ['Image source, Getty Images', true],
    ['AP Photo/Evan Marsh', true],
    ['Photo by Jane Doe on Unsplash', true],
    ['Tom Greer/Digital Vision/Getty Images', true],
    ['marrowpix/iStock/Getty Images', true],
    // One slash: a byline's form as much as a credit's.
    ['Jane Doe / Bloomberg', false],
    ['World/Europe/Politics', false],
    ['The photo was taken on Monday.', false],
    ['Getty said it would appeal the ruling on Monday', false],
  ])('%j → %s', (line, expected) => {
    expect(isCreditLine(line)).toBe(expected)
  })

  // Each way a credit line may open: every credit lead, every agency name, "photo by".
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
    'AP Photo/Evan Marsh',
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
  test.each([...leads, ...agencies])('%j is a credit line in every case, bare, bracketed and spaced', (example) => {
    for (const c of [...cased(example), example.replace(/k/gi, '\u212a')])
      for (const text of [c, `(${c})`, `( ${c} )`, ` \u00a0${c}`]) expect(isCreditLine(text), text).toBe(true)
  })
})

describe('splitTrailingCredit: a caption ending in a credit, the credit kept as written', () => {
  test.each([
    ['Rescuers search the rubble in Antakya (Getty Images)', 'Rescuers search the rubble in Antakya', 'Getty Images'],
    ['Crowds outside the court (PHOTO: Jane Doe/REUTERS)', 'Crowds outside the court', 'Jane Doe/REUTERS'],
    ['The ferry at dawn. Photograph: Anna Brix/Harbour Trust', 'The ferry at dawn.', 'Anna Brix/Harbour Trust'],
    ['Fans in İstanbul celebrate (Photo: Ayşe Kaya/AFP)', 'Fans in İstanbul celebrate', 'Ayşe Kaya/AFP'],
  ])('%j', (text, caption, credit) => {
    expect(splitTrailingCredit(text)).toEqual({ caption, credit })
  })
  test.each(['He thanked the photographers (and the editors)', 'Officials said the photo was genuine.'])(
    'no credit in %j',
    (text) => {
      expect(splitTrailingCredit(text)).toBeNull()
    },
  )
})

test.each([
  ['photo: Harbour Authority/TASS/IMAGO', 'Harbour Authority/TASS/IMAGO'],
  ['(PHOTO: TASS/IMAGO))', 'TASS/IMAGO'],
  ['Credit: Jane Doe.', 'Jane Doe'],
])('cleanCredit(%j) → %j', (raw, clean) => {
  expect(cleanCredit(raw)).toBe(clean)
})

test.each([
  ['Getty Images', 'getty images'],
  ['İstanbul', 'İstanbul'], // "İ" lower-cases to two characters: left as written
  ['ÀB', 'àb'],
])('lowerAligned(%j) keeps every offset', (text, lower) => {
  expect(lowerAligned(text)).toHaveLength(text.length)
  expect(lowerAligned(text)).toBe(lower)
})

// Every agency PICTURE_AGENCIES names, at the end of a caption, with and without brackets: the credit is split off as written.
describe.each([
  'Getty Images',
  'AFP',
  'AFP via Getty Images',
  'Shutterstock',
  'Alamy',
  'Alamy Stock Photo',
  'Reuters',
  'REUTERS/Jane Doe',
  'EPA',
  'EPA-EFE',
  'IMAGO',
  'imago images',
  'dpa',
  'PA Images',
  'PA Wire',
  'PA Media',
  'AP Photo',
  'AP Photo/Evan Marsh',
  'Associated Press',
  'Anadolu',
  'Anadolu Agency',
  'Xinhua',
  'TASS',
  'SIPA',
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
])('a caption ending in %s', (agency) => {
  test('bare', () => {
    expect(splitTrailingCredit(`Rescuers search the rubble in Antakya ${agency}`)?.credit).toBe(agency)
  })
  test('in brackets, with a full stop', () => {
    expect(splitTrailingCredit(`Rescuers search the rubble in Antakya (${agency}).`)?.credit).toBe(agency)
  })
})

describe('detectMedia: a caption printed twice is kept once', () => {
  const caption = 'Rescuers search the rubble in Antakya (Getty Images)'
  const body =
    'The search went on through the night as rescuers listened for voices under the rubble, officials said on Tuesday.'
  test('two captions, the second a repeat', () => {
    const article = parseArticle(['Quake toll rises', '', caption, '', body, '', caption, '', body].join('\n'))
    expect(article.images).toHaveLength(1)
    expect(article.boilerplate.filter((b) => b.kind === 'duplicate').map((b) => b.text)).toEqual([caption])
  })
  test('a repeated caption over a credit line takes the credit with it', () => {
    const article = parseArticle(
      [
        'Quake toll rises',
        '',
        'Rescuers search the rubble',
        'Photo: Jane Doe/AP',
        '',
        body,
        '',
        'Rescuers search the rubble',
        'Photo: Jane Doe/AP',
        '',
        body,
      ].join('\n'),
    )
    expect(article.images).toHaveLength(1)
    expect(article.boilerplate.filter((b) => b.kind === 'duplicate').map((b) => b.text)).toEqual([
      'Rescuers search the rubble',
      'Photo: Jane Doe/AP',
    ])
  })
})

describe('detectMedia: a credit line alone between paragraphs, and the line above it', () => {
  const para = (n: number) =>
    `The council met on Tuesday for the ${n === 1 ? 'first' : 'second'} time this year, and the pier repairs were its only business.`
  test.each([
    // A picture with no caption: the photographer, the collection, the agency.
    ['Tom Greer/Digital Vision/Getty Images', null],
    ['(Getty Images)', null],
  ])('%j under a paragraph is a credit with no caption', (credit, caption) => {
    const article = parseArticle(['Pier repairs approved', '', para(1), '', credit, '', para(2)].join('\n'))
    expect(article.images.map((i) => [i.caption, i.credit])).toEqual([[caption, credit.replace(/[()]/g, '')]])
    expect(article.body.map((b) => b.text)).toEqual([para(1), para(2)])
  })
  test.each([
    // A date set over the picture is no caption; a line about the picture is.
    ['Dec 19, 2016', null],
    ['The pier after the storm', 'The pier after the storm'],
  ])('%j right above a credit line: caption %j', (above, caption) => {
    const article = parseArticle(
      ['Pier repairs approved', '', para(1), '', above, 'Photo: Jane Doe/AP', '', para(2)].join('\n'),
    )
    expect(article.images.map((i) => i.caption)).toEqual([caption])
  })
})

// splitTrailingCredit tries TRAILING_CREDIT only on a caption mayEndInCredit lets through: it must let
// through every caption whose lower case TRAILING_CREDIT matches.
describe('mayEndInCredit: true of every text whose lower case TRAILING_CREDIT matches', () => {
  const credited = (t: string) => TRAILING_CREDIT.test(lowerAligned(t))

  test('on every line and paragraph of the fixtures, as written and cased', () => {
    expect.hasAssertions()
    for (const line of fixtureLinesAndParagraphs())
      for (const text of [line, ...cased(line.trim()), `${line.trim()} `])
        if (credited(text)) expect(mayEndInCredit(text), text).toBe(true)
  })

  // Each agency name, and with a photographer after the slash, bare and bracketed, in every case, with a Kelvin sign for a "k".
  const names = [
    ...PICTURE_AGENCY_NAMES,
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
    'ap photo/evan marsh',
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
    for (const n of [
      ...cased(name),
      name.replace(/k/g, '\u212a'),
      name.replace(/^[^/]*/, (agency) => agency.replaceAll(' ', '\u00a0')),
    ]) {
      for (const text of [
        `Rescuers search the rubble ${n}`,
        `Rescuers search the rubble\t${n} .`,
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
    expect.hasAssertions()
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
