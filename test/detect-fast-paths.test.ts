import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { isCreditLine, lowerAligned, mayEndInCredit } from '../src/detect/media.js'
import { CREDIT_LINE, PICTURE_AGENCIES, TRAILING_CREDIT } from '../src/lexicon/credits.js'
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
