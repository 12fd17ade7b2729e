import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compactText } from '../src/source/block.js'
import { isLetter, isLetterOrDigit, isSeparator, isSpace } from '../src/source/chars.js'
import { RUNS } from './helpers/arbitrary-text.js'

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

test.each([
  [0x61, true],
  [0x5a, true],
  [0xe9, true],
  [0x3b1, true],
  [0x6771, true],
  [0x1d400, true],
  [0x35, false],
  [0x20, false],
  [0x2d, false],
  [0x2019, false],
  [0x1f600, false],
  [0xd800, false],
])('isLetter(%s) is %s', (cp, expected) => {
  expect(isLetter(cp)).toBe(expected)
})

test.each([
  [0x20, true],
  [0x09, true],
  [0x0a, true],
  [0xa0, true],
  [0x2003, true],
  [0x2028, true],
  [0x3000, true],
  [0xfeff, true],
  [0x200b, false],
  [0x61, false],
  [0x85, false],
  [0x12000, false],
])('isSpace(%s) is %s', (c, expected) => {
  expect(isSpace(c)).toBe(expected)
})

test.each([
  [0x7c, true],
  [0x2022, true],
  [0xb7, true],
  [0xbb, true],
  [0x203a, true],
  [0x2f, false],
  [0x2d, false],
  [0xab, false],
])('isSeparator(%s) is %s', (c, expected) => {
  expect(isSeparator(c)).toBe(expected)
})

test('isSpace agrees with \\s on every code unit and on astral samples', () => {
  const disagree: number[] = []
  for (const c of [...Array(0x10000).keys(), 0x12000, 0x1f600])
    if (isSpace(c) !== /^\s$/u.test(String.fromCodePoint(c))) disagree.push(c)
  expect(disagree).toEqual([])
})

test('a number that is no code point (charCodeAt past the end) is no letter, digit or space', () => {
  expect([isLetter(Number.NaN), isLetterOrDigit(Number.NaN), isSpace(Number.NaN)]).toEqual([false, false, false])
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
