import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compactText } from '../src/source/block.js'
import { countWords, isLetter, isLetterOrDigit, isSpace } from '../src/source/chars.js'
import { RUNS } from './helpers/arbitrary-text.js'

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu
const byRegex = (text: string) => text.match(WORD)?.length ?? 0

describe('countWords counts what the word pattern matches', () => {
  test.each([
    ['', 0],
    ["It's a well-known U.S. firm", 5],
    ['O’Neill said: "no"', 3],
    ['a--b', 2],
    ["a-'b", 2],
    ['trailing-', 1],
    ['Zürich 2024 — 東京 𝐀𝐁', 4],
    ['  ', 0],
  ])('%j → %i', (text, n) => {
    expect(countWords(text)).toBe(n)
    expect(byRegex(text)).toBe(n)
  })

  test('agrees with the regex on any text (letters, digits, joiners, astral characters)', () => {
    const piece = fc.constantFrom(
      'a',
      'Z',
      '9',
      'é',
      'ß',
      '東',
      '𝐀',
      '😀',
      "'",
      '’',
      '.',
      '-',
      ' ',
      '—',
      ',',
      '\u0301',
      '\ud800',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(countWords(text)).toBe(byRegex(text))
      }),
      { numRuns: 2000 },
    )
  })

  test('agrees with the regex for every BMP code unit, alone, inside a word and after one', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      for (const text of [ch, `a${ch}b`, `a${ch} b`, `${ch}${ch}a`])
        if (countWords(text) !== byRegex(text)) expect([c, text, countWords(text)]).toEqual([c, text, byRegex(text)])
    }
  })
})

test.each([
  [0x61, true],
  [0x5a, true],
  [0x35, true],
  [0x20, false],
  [0x2d, false],
  [0xe9, true],
  [0x6771, true],
  [0x2014, false],
  [0x1d400, true],
])('isLetterOrDigit(%s) is %s', (cp, expected) => {
  expect(isLetterOrDigit(cp)).toBe(expected)
})

test('isLetterOrDigit agrees with \\p{L}/\\p{N} on every code point below U+3100 and on the astral samples', () => {
  const re = /^[\p{L}\p{N}]$/u
  const disagree: number[] = []
  for (const cp of [...Array(0x3100).keys(), 0x1d400, 0x1f600, 0x20000])
    if (isLetterOrDigit(cp) !== re.test(String.fromCodePoint(cp))) disagree.push(cp)
  expect(disagree).toEqual([])
})

test('isLetter agrees with \\p{L} on every code point below U+3100 and on the astral samples', () => {
  const re = /^\p{L}$/u
  const disagree: number[] = []
  for (const cp of [...Array(0x3100).keys(), 0x1d400, 0x1d41a, 0x1f600, 0x20000, 0x1d7ce])
    if (isLetter(cp) !== re.test(String.fromCodePoint(cp))) disagree.push(cp)
  expect(disagree).toEqual([])
})

test('isSpace agrees with \\s on every code unit', () => {
  const disagree: number[] = []
  for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) disagree.push(c)
  expect(disagree).toEqual([])
})

describe('compactText: the same characters, in a fresh string', () => {
  test.each([
    'plain ASCII',
    'Latin-1 é, ÿ and ×',
    'curly “quotes” and é',
    '\u00ff\u0100',
    'astral 𝐀 and 😀',
    'a lone \ud800 surrogate',
    '',
  ])('%j', (text) => {
    expect(compactText(text)).toBe(text)
    // As a block text is: a slice of a story that needs two bytes a character.
    expect(compactText(`“${text}”`.slice(1, -1))).toBe(text)
  })

  test('any string of code units, lone surrogates included, as a whole and as a slice of a two-byte story', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(compactText(text)).toBe(text)
        expect(compactText(`\u2019${text}x`.slice(1, -1))).toBe(text)
      }),
      { numRuns: RUNS },
    )
  })
})
