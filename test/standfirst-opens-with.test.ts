import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { isPunctuationBeyondAscii, opensWithKey } from '../src/detect/comparable-ends.js'
import { isReadable, opensLike } from '../src/detect/standfirst.js'
import { comparableText } from '../src/source/block.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

// opensWithKey answers comparableText(text).startsWith(key) without normalising the text, or says it cannot tell.
const agrees = (text: string, key: string) => {
  const quick = opensWithKey(text, key)
  if (quick !== null) expect(quick).toBe(comparableText(text).startsWith(key))
}

describe('opensWithKey: the cheap test of a dek repeated as the lead', () => {
  test.each([
    ['The pier will close for six weeks, the council said.', 'the pier will close', true],
    ['The piers will close', 'the pier', true],
    ['The piers will close', 'the pier will', false],
    ['"The pier" - will close', 'the pier will', true],
    ['Council says the pier will close', 'the pier will close', false],
    ['The pier', 'the pier will close', false],
    ['THE PIER WILL CLOSE', 'the pier will', true],
    ['“The pier” — will close', 'the pier will', true],
    ['‘The pier’ « will » close…', 'the pier will close', true],
    ['The pier\u00a0will close', 'the pier will', true],
  ])('%j opens with %j: %s', (text, key, expected) => {
    expect(opensWithKey(text, key)).toBe(expected)
    expect(comparableText(text).startsWith(key)).toBe(expected)
  })
  test('says it cannot tell past a non-ASCII letter', () => {
    expect(opensWithKey('Café owners say the pier will close', 'cafe')).toBeNull()
    expect(opensWithKey('„Die Brücke“ wird geschlossen', 'die brucke')).toBeNull()
  })
  test('the punctuation it reads past is no letter or digit, and lower case leaves it as it is', () => {
    const read: string[] = []
    for (let c = 128; c < 0x10000; c++) if (isPunctuationBeyondAscii(c)) read.push(String.fromCharCode(c))
    expect(read.length).toBeGreaterThan(0)
    for (const ch of read) {
      expect(/[\p{L}\p{N}]/u.test(ch), ch).toBe(false)
      expect(ch.toLowerCase(), ch).toBe(ch)
    }
  })
  test('agrees with the full comparison on texts of words and the punctuation it reads past', () => {
    const piece = fc.constantFrom(
      'the',
      'The',
      'PIER',
      'pier',
      'piers',
      'will',
      'close',
      '2024',
      'é',
      'İ',
      'ſ',
      '“',
      '”',
      '‘',
      '’',
      '—',
      '–',
      '…',
      '«',
      '»',
      '·',
      '•',
      '\u00a0',
      '„',
      '‚',
      ' ',
      '-',
      '.',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.array(piece, { maxLength: 6 }), (pieces, keyPieces) => {
        const text = pieces.join('')
        for (const key of [comparableText(keyPieces.join(' ')), comparableText(text.slice(0, 12))])
          if (key !== '') agrees(text, key)
      }),
      { numRuns: 5_000 },
    )
  })
  test('agrees with the full comparison on any text and a key cut from it or from another', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.nat(60), (text, other, cut) => {
        const own = comparableText(text.slice(0, cut))
        if (own !== '') agrees(text, own)
        const foreign = comparableText(other)
        if (foreign !== '') agrees(text, foreign)
      }),
      { numRuns: RUNS },
    )
  })
})

// opensLike answers the same question of a dek as written (when it is readable), so that the dek need not be normalised either.
describe('opensLike: the dek read as written', () => {
  const agreesLike = (text: string, lead: string) => {
    if (!isReadable(lead)) return
    const quick = opensLike(text, lead)
    if (quick !== null) expect(quick, `${text} / ${lead}`).toBe(comparableText(text).startsWith(comparableText(lead)))
  }
  test.each([
    ['The pier will close for six weeks, the council said.', 'The pier will close', true],
    ['The piers will close', '“The pier”', true],
    ['The piers will close', 'the pier, will', false],
    ['"The pier" - will close', 'THE PIER WILL', true],
    ['The pier', 'The pier will close', false],
    ['Anything at all', '— … —', true],
    ['', 'The pier', false],
  ])('%j opens like %j: %s', (text, lead, expected) => {
    expect(opensLike(text, lead)).toBe(expected)
    expect(comparableText(text).startsWith(comparableText(lead))).toBe(expected)
  })
  test('says it cannot tell past a non-ASCII letter of the text', () => {
    expect(opensLike('Café owners say', 'Cafe owners')).toBeNull()
    expect(isReadable('Café owners')).toBe(false)
    expect(isReadable('“The pier” — will close…')).toBe(true)
  })
  test('agrees with the full comparison on the fixtures, each line against the lines before it', () => {
    const texts = fixtureLinesAndParagraphs().filter((t) => t.trim() !== '')
    for (let k = 0; k < texts.length; k++) {
      for (let d = 1; d <= 8 && d <= k; d++) agreesLike(texts[k]!, texts[k - d]!)
      // And against its own opening words, which it opens with.
      agreesLike(texts[k]!, texts[k]!.slice(0, 40))
    }
  })
  test('agrees with the full comparison on texts of words and the punctuation it reads past', () => {
    const piece = fc.constantFrom(
      'the',
      'The',
      'PIER',
      'pier',
      'piers',
      'will',
      'close',
      '2024',
      'é',
      'İ',
      'ſ',
      '“',
      '”',
      '‘',
      '’',
      '—',
      '–',
      '…',
      '«',
      '»',
      '·',
      '•',
      '\u00a0',
      '„',
      '‚',
      ' ',
      '-',
      '.',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), fc.array(piece, { maxLength: 6 }), (pieces, leadPieces) => {
        const text = pieces.join('')
        for (const lead of [leadPieces.join(''), leadPieces.join(' '), text.slice(0, 12)]) agreesLike(text, lead)
      }),
      { numRuns: 5_000 },
    )
  })
  test('agrees with the full comparison on any text', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, lead) => agreesLike(text, lead)),
      { numRuns: RUNS },
    )
  })
})
