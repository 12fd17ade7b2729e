import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { introduces } from '../src/quotes/extract-quotes.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

// `introduces` reads a paragraph from its end instead of running the regex it stands for.
const REFERENCE = /:\s*$/u

describe('introduces is /:\\s*$/u', () => {
  test('every BMP code unit after a colon, before it, and alone', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      for (const text of [`said:${ch}`, `said:${ch}${ch} `, `said${ch}:`, ch, `${ch}:`]) {
        if (introduces(text) !== REFERENCE.test(text))
          expect([c, text, introduces(text)]).toEqual([c, text, REFERENCE.test(text)])
      }
    }
  })
  test('any text, and any text ending in a colon and spaces', () => {
    const tail = fc.constantFrom('', ':', ': ', ':\n', ':\u00a0\u2003', ' :', ':x', '::  ')
    fc.assert(
      fc.property(anyText, tail, (text, end) => {
        expect(introduces(text + end)).toBe(REFERENCE.test(text + end))
      }),
      { numRuns: RUNS },
    )
  })
  test('every line of every fixture', () => {
    for (const line of fixtureLinesAndParagraphs()) expect(introduces(line)).toBe(REFERENCE.test(line))
  })
})
