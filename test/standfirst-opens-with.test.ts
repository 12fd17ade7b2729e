import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { opensWithKey } from '../src/detect/comparable-ends.js'
import { comparableText } from '../src/source/block.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'

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
  ])('%j opens with %j: %s', (text, key, expected) => {
    expect(opensWithKey(text, key)).toBe(expected)
    expect(comparableText(text).startsWith(key)).toBe(expected)
  })
  test('says it cannot tell past a non-ASCII letter', () => {
    expect(opensWithKey('Café owners say the pier will close', 'cafe')).toBeNull()
    expect(opensWithKey('“The pier” — will close', 'the pier')).toBeNull()
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
