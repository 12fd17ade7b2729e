import { describe, expect, test } from 'vitest'
import { cleanCredit, isCreditLine, lowerAligned, splitTrailingCredit } from '../src/detect/media.js'
import { parseArticle } from '../src/index.js'

// The credit patterns are matched against lower-cased text (no `i` flag: see
// src/lexicon/credits.ts), so each rule is pinned in the cases people write.
describe('isCreditLine: a whole line that is a photo credit', () => {
  test.each([
    ['Photo: Damian Dovarganes, AP', true],
    ['PHOTO: DAMIAN DOVARGANES/AP', true],
    ['(Getty Images)', true],
    ['SHUTTERSTOCK', true],
    ['Image source, Getty Images', true],
    ['AP Photo/Evan Vucci', true],
    ['Photo by Jane Doe on Unsplash', true],
    ['The photo was taken on Monday.', false],
    ['Getty said it would appeal the ruling on Monday', false],
  ])('%j → %s', (line, expected) => {
    expect(isCreditLine(line)).toBe(expected)
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
  ['photo: Russian Defence Ministry/TASS/IMAGO', 'Russian Defence Ministry/TASS/IMAGO'],
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

// Every agency PICTURE_AGENCIES names, at the end of a caption, with and without brackets: the
// cheap test splitTrailingCredit runs first (its last-word list) must let each of them through.
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
  'AP Photo/Evan Vucci',
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
