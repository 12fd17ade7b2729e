import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { comparableEnd, isPunctuationBeyondAscii } from '../src/detect/comparable-ends.js'
import { isCaptionWithCredit, mayRepeat } from '../src/detect/standfirst.js'
import { parseArticle } from '../src/index.js'
import { comparableText } from '../src/source/block.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

// Each rule of the standfirst cascade, on a story written for it: the dek, or null where there is none.
describe('detectStandfirst', () => {
  const story = (...blocks: string[]) => `${blocks.join('\n\n')}\n`
  const LEAD = 'The council voted on Tuesday to close the pier for six weeks of repairs, officials said.'
  test.each([
    [
      'a dek without a full stop over a lead that has one',
      story('Pier to close for repairs', 'Six weeks of work will start after the summer season ends', LEAD),
      'Six weeks of work will start after the summer season ends',
    ],
    [
      'a dek the body repeats as its lead, in other case and punctuation',
      story(
        'Pier to close for repairs',
        'The pier will close for six weeks.',
        'THE PIER WILL CLOSE — for six weeks, the council said.',
      ),
      'The pier will close for six weeks.',
    ],
    [
      'a dek with "by" in its prose, which is no byline',
      story(
        'Pier to close for repairs',
        'Repairs will cost more, by most estimates, than the pier earns in a year',
        LEAD,
      ),
      'Repairs will cost more, by most estimates, than the pier earns in a year',
    ],
    [
      'a dek closing its sentences with "by" in its prose, over the byline',
      story(
        'Pier to close for repairs',
        'Rząd chce, by prace ruszyły jeszcze w tym roku. Samorządy protestują.',
        'Anna Nowak',
        LEAD,
      ),
      'Rząd chce, by prace ruszyły jeszcze w tym roku. Samorządy protestują.',
    ],
    ['a lead paragraph is no dek', story('Pier to close for repairs', LEAD, 'Work starts in September.'), null],
    ['a dek of five words is too short', story('Pier to close for repairs', 'Six weeks of summer work', LEAD), null],
    [
      'a count with its label between the headline and the dek',
      story(
        'Pier to close for repairs',
        'New, 48 comments',
        'Six weeks of work will start after the summer season ends',
        LEAD,
      ),
      'Six weeks of work will start after the summer season ends',
    ],
    [
      'under a count, a lead paragraph is no dek all the same',
      story('Pier to close for repairs', '48 comments today', LEAD, 'Work starts in September.'),
      null,
    ],
    [
      'a short line without a number stops the search: a label, not a count',
      story(
        'Pier to close for repairs',
        'Seafront news',
        'Six weeks of work will start after the summer season ends',
        LEAD,
      ),
      null,
    ],
    [
      'a control about the page between the headline and the dek is passed over',
      story(
        'Pier to close for repairs',
        'Listen to this article · 4 min',
        'Six weeks of work will start after the summer season ends',
        LEAD,
      ),
      'Six weeks of work will start after the summer season ends',
    ],
    [
      'a control about the page is no dek',
      story('Pier to close for repairs', 'Continue reading the main story below', LEAD),
      null,
    ],
    [
      'a caption with its credit glued on is no dek',
      story('Pier to close for repairs', 'Engineers inspect the pier supports on Monday.Marrow Daily / AP', LEAD),
      null,
    ],
  ])('%s', (_, text, standfirst) => {
    expect(parseArticle(text).standfirst).toBe(standfirst)
  })
})

// mayRepeat passes over a block whose comparable text cannot open with the dek's, by their first characters
// read as written (comparableEnd): it must let through every block that does.
describe('mayRepeat: never turns away a block that repeats the dek', () => {
  const agrees = (text: string, dek: string) => {
    if (comparableText(text).startsWith(comparableText(dek)))
      expect(mayRepeat(text, comparableEnd(dek, false)), `${text} / ${dek}`).toBe(true)
  }

  test.each([
    ['The pier will close for six weeks, the council said.', 'The pier will close', true],
    ['"The pier" - will close', 'THE PIER WILL', true],
    ['Council says the pier will close', 'The pier will close', false],
    ['Café owners say', 'Cafe owners', true],
    // "İ" lower-cases to "i" and a combining dot, which comparable text makes a space.
    ['İstanbul ferries resume', 'I stanbul ferries', true],
    ['Anything at all', '— … —', true],
    ['', 'The pier', false],
  ])('%j may repeat %j: %s', (text, dek, expected) => {
    expect(mayRepeat(text, comparableEnd(dek, false))).toBe(expected)
  })

  test('the punctuation comparableEnd reads past is no letter or digit, and lower case leaves it as it is', () => {
    const read: string[] = []
    for (let c = 128; c < 0x10000; c++) if (isPunctuationBeyondAscii(c)) read.push(String.fromCharCode(c))
    expect(read.length).toBeGreaterThan(0)
    for (const ch of read) {
      expect(/[\p{L}\p{N}]/u.test(ch), ch).toBe(false)
      expect(ch.toLowerCase(), ch).toBe(ch)
    }
  })

  test('on the fixtures, each line against the lines before it and its own opening words', () => {
    expect.hasAssertions()
    const texts = fixtureLinesAndParagraphs().filter((t) => t.trim() !== '')
    for (let k = 0; k < texts.length; k++) {
      for (let d = 1; d <= 8 && d <= k; d++) agrees(texts[k]!, texts[k - d]!)
      agrees(texts[k]!, texts[k]!.slice(0, 40))
    }
  })

  test('on texts of words and the punctuation it reads past', () => {
    expect.hasAssertions()
    const piece = fc.constantFrom(
      ...['the', 'The', 'PIER', 'pier', 'piers', 'will', 'close', '2024', 'é', 'İ', 'ſ', 'a', 'b'],
      ...['“', '”', '‘', '’', '—', '–', '…', '«', '»', '·', '•', '\u00a0', '„', '‚', ' ', '-', '.'],
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.array(piece, { maxLength: 6 }), (pieces, dekPieces) => {
        const text = pieces.join('')
        for (const dek of [dekPieces.join(''), dekPieces.join(' '), text.slice(0, 12)]) agrees(text, dek)
      }),
      { numRuns: 5_000 },
    )
  })

  test('on any text', () => {
    expect.hasAssertions()
    fc.assert(
      fc.property(anyText, anyText, fc.nat(60), (text, other, cut) => {
        agrees(text, other)
        agrees(text, text.slice(0, cut))
      }),
      { numRuns: RUNS },
    )
  })
})

describe('isCaptionWithCredit: a caption with its credit glued on after its full stop', () => {
  test.each([
    'Engineers inspect the pier supports on Monday.Marrow Daily / AP',
    'The ferry leaves the harbour at dawn.Jane Roe/Getty Images',
    'Crowds on the seafront.Photo: Jane Roe',
  ])('caption: %s', (t) => {
    expect(isCaptionWithCredit(t)).toBe(true)
  })
  test.each([
    'Six weeks of work will start after the summer season ends',
    'Talks on the U.S. ferry deal resume in Washington',
    'Work starts in September. Buses will be diverted',
    'The council said it had no choice.',
  ])('no caption: %s', (t) => {
    expect(isCaptionWithCredit(t)).toBe(false)
  })
})

// A dek that closes its sentences, over a short byline-like line and the date under it.
describe('detectStandfirst: a dek over a short line over the date', () => {
  const MENU = ['Home', 'Binnenland', 'Buitenland', 'Economie', 'Sport', 'Cultuur', 'Inloggen', 'Zoeken']
  const DEK = 'Het kabinet wil de huren in de vrije sector aan banden leggen. Verhuurders dreigen met een rechtszaak.'
  const STORY = [
    'Minister De Vries wil dat huren in de vrije sector niet meer dan vijf procent per jaar stijgen. Dat staat in een wetsvoorstel dat vandaag naar de Tweede Kamer gaat.',
    'Volgens de minister zijn de huren de afgelopen jaren veel te hard gestegen, vooral in de grote steden in het westen van het land.',
    'Verhuurders noemen het plan onwettig en willen naar de rechter stappen als de Kamer het voorstel aanneemt.',
  ]
  const page = (under: string[]) =>
    [...MENU, 'Kabinet zet rem op huurverhoging vrije sector', ...under, ...STORY, 'Deel dit artikel'].join('\n')
  test.each([
    [[DEK, 'Door onze redacteur Pieter Bakker', '12 maart 2025 10:30'], DEK],
    // The short line closes a sentence: no byline, and so no dek.
    [[DEK, 'Lees ook dit stuk.', '12 maart 2025 10:30'], null],
    // A byline the lexicon knows ('Door onze redacteur …') vouches for the dek without a date under it.
    [[DEK, 'Door onze redacteur Pieter Bakker'], DEK],
    [[DEK, 'Verslag Pieter Bakker', '12 maart 2025 10:30'], DEK],
  ])('%j', (under, standfirst) => {
    expect(parseArticle(page(under)).standfirst).toBe(standfirst)
  })
})
