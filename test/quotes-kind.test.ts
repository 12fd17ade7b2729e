import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { isScareQuote, looksLikeTitle } from '../src/quotes/quote-kind.js'

// isScareQuote counts a quote's words with test() and stops at the third; the count of all matches stays
// here as the reference.
const reference = (inner: string, kind: 'direct' | 'partial' | 'block', attributed: boolean): boolean =>
  !attributed && kind === 'partial' && (inner.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 2

describe('isScareQuote counts words as matching them all does', () => {
  test.each([
    ['one word', 'experts'],
    ['two words', 'so-called experts'],
    ['three words', 'a done deal'],
    ['digits count', '9 11'],
    ['no word', '…'],
    ['letters outside the basic plane', '𝐀𝐁 𝐂'],
  ])('%s', (_label, inner) => {
    for (const kind of ['direct', 'partial', 'block'] as const) {
      for (const attributed of [false, true]) expect(isScareQuote(inner, kind, attributed)).toBe(reference(inner, kind, attributed))
    }
  })

  test('any short quote, called again and again (the pattern keeps its lastIndex between calls)', () => {
    const pieces = ['a', 'Word', '9', ' ', '-', '’', '𝐀', '\ud800', 'é', '²', '.']
    const inner = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 2 })), { maxLength: 8 }).map((a) => a.join(''))
    fc.assert(
      fc.property(inner, (text) => {
        expect(isScareQuote(text, 'partial', false)).toBe(reference(text, 'partial', false))
      }),
      { numRuns: 5000 },
    )
  })
})

// looksLikeTitle steps over words with sticky patterns; the exec() loop over `\p{L}+` it replaced is the reference.
function titleReference(inner: string): boolean {
  const word = /\p{L}+/gu
  let words = 0
  let long = 0
  for (let m = word.exec(inner); m; m = word.exec(inner)) {
    if (++words > 10) return false
    if (m[0].length < 4) continue
    long++
    if (!/^\p{Lu}/u.test(m[0])) return false
  }
  return long >= 1 && words >= 2 && !/[.?!]\P{L}{0,2}$/u.test(inner)
}

describe('looksLikeTitle reads words as the exec() loop does', () => {
  test.each([
    ['a title', 'Office in a Pocket'],
    ['a book', 'The Art of the Deal'],
    ['a sentence', 'We respect it.'],
    ['one word', 'Washington'],
    ['eleven capitalised words', 'One Two Three Four Five Six Seven Eight Nine Tenth Eleventh'],
    ['ten capitalised words', 'One Two Three Four Five Six Seven Eight Nine Tenth'],
    ['two letters outside the basic plane make a long word', '𝐀𝐁 𝐂𝐃 Plan'],
    ['a lower-case letter outside the basic plane', 'Big 𝐚𝐛𝐜𝐝 Plan'],
    ['lone surrogates', 'Grand \ud800Plan \udc00Here'],
    ['empty', ''],
  ])('%s', (_label, inner) => {
    expect(looksLikeTitle(inner)).toBe(titleReference(inner))
  })

  test('any short quote', () => {
    const pieces = ['Office', 'in', 'a', 'Pocket', 'the', 'Deal', 'UN', 'x', ' ', '-', '’', '.', '!', '…', '"', '9', '𝐀', '𝐚', '\ud800', 'É', 'é', 'Ünal']
    const inner = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 2 })), { maxLength: 14 }).map((a) => a.join(''))
    fc.assert(
      fc.property(inner, (text) => {
        expect(looksLikeTitle(text)).toBe(titleReference(text))
      }),
      { numRuns: 10000 },
    )
  })
})
