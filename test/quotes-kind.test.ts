import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { QuoteSpan } from '../src/quotes/find-spans.js'
import { endsInStop, isScareQuote, looksLikeTitle, opensUpper, quoteKind } from '../src/quotes/quote-kind.js'

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
      for (const attributed of [false, true])
        expect(isScareQuote(inner, kind, attributed)).toBe(reference(inner, kind, attributed))
    }
  })

  test('any short quote, called again and again (the pattern keeps its lastIndex between calls)', () => {
    const pieces = ['a', 'Word', '9', ' ', '-', '’', '𝐀', '\ud800', 'é', '²', '.']
    const inner = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 2 })), { maxLength: 8 })
      .map((a) => a.join(''))
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
    const pieces = [
      'Office',
      'in',
      'a',
      'Pocket',
      'the',
      'Deal',
      'UN',
      'x',
      ' ',
      '-',
      '’',
      '.',
      '!',
      '…',
      '"',
      '9',
      '𝐀',
      '𝐚',
      '\ud800',
      'É',
      'é',
      'Ünal',
    ]
    const inner = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 2 })), { maxLength: 14 })
      .map((a) => a.join(''))
    fc.assert(
      fc.property(inner, (text) => {
        expect(looksLikeTitle(text)).toBe(titleReference(text))
      }),
      { numRuns: 10000 },
    )
  })

  test('a part of a longer text reads as that part sliced out (surrogate pairs cut at either end are lone)', () => {
    fc.assert(
      fc.property(part, ({ text, from, to }) => {
        expect(looksLikeTitle(text, from, to)).toBe(titleReference(text.slice(from, to)))
      }),
      { numRuns: 10000 },
    )
  })
})

// opensUpper, endsInStop and quoteKind read the quote's words in place; the patterns on the slice are the reference.
const PIECES = [
  'Office',
  'in',
  'a',
  'Pocket',
  'x',
  ' ',
  '-',
  '’',
  '"',
  '.',
  '!',
  '?',
  '…',
  '."',
  '.’"',
  '9',
  '𝐀',
  '𝐚',
  '😀',
  '\ud835',
  '\udc00',
  'É',
  'é',
  'ª',
  ',',
  ':',
  '“',
  '(',
]
const part = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 2 })), { maxLength: 12 })
  .map((a) => a.join(''))
  .chain((text) => fc.record({ text: fc.constant(text), from: fc.nat(text.length), to: fc.nat(text.length) }))
  .map(({ text, from, to }) => ({ text, from: Math.min(from, to), to: Math.max(from, to) }))

function kindReference(text: string, span: QuoteSpan, blockType: 'paragraph' | 'subheading' | 'blockquote'): string {
  if (blockType === 'blockquote') return 'block'
  const inner = text.slice(span.innerStart, span.innerEnd)
  const opens = /^\P{L}{0,3}\p{Lu}/u.test(inner)
  if (span.continues) return 'direct'
  if (titleReference(inner)) return 'partial'
  return opens && /(?:^|[,:;—–(.?!"“”'‘’])\s*$/u.test(text.slice(Math.max(0, span.start - 3), span.start))
    ? 'direct'
    : 'partial'
}

describe('the in-place tests read as the patterns on the slice do', () => {
  test.each([
    ['a capital after marks', '"… Hello', 0, 8],
    ['three marks then a capital', '"… (Hello', 0, 9],
    ['four marks', '"…( (Hello', 0, 10],
    ['a letter outside the basic plane', '𝐀bc', 0, 3],
    ['a pair cut at the end', 'ab.𝐀', 0, 4],
    ['a pair cut at the start', '𝐀.', 1, 3],
    ['a stop and two marks', 'done.’"', 0, 7],
    ['a stop and three marks', 'done.’""', 0, 8],
  ])('%s', (_label, text, from, to) => {
    const slice = text.slice(from, to)
    expect(opensUpper(text, from, to)).toBe(/^\P{L}{0,3}\p{Lu}/u.test(slice))
    expect(endsInStop(text, from, to)).toBe(/[.?!]\P{L}{0,2}$/u.test(slice))
    expect(endsInStop(text, from, to, true)).toBe(/\.\P{L}{0,2}$/u.test(slice))
  })

  test('any part of any text', () => {
    fc.assert(
      fc.property(part, ({ text, from, to }) => {
        const slice = text.slice(from, to)
        expect(opensUpper(text, from, to)).toBe(/^\P{L}{0,3}\p{Lu}/u.test(slice))
        expect(endsInStop(text, from, to)).toBe(/[.?!]\P{L}{0,2}$/u.test(slice))
        expect(endsInStop(text, from, to, true)).toBe(/\.\P{L}{0,2}$/u.test(slice))
      }),
      { numRuns: 20000 },
    )
  })

  test('quoteKind on any span of any text', () => {
    const types = fc.constantFrom('paragraph' as const, 'subheading' as const, 'blockquote' as const)
    fc.assert(
      fc.property(part, fc.nat(4), fc.boolean(), types, ({ text, from, to }, back, continues, type) => {
        const span: QuoteSpan = {
          block: 0,
          start: Math.max(0, from - back),
          end: to,
          innerStart: from,
          innerEnd: to,
          closed: true,
          continues,
          family: 'double',
        }
        expect(quoteKind(text, span, type)).toBe(kindReference(text, span, type))
        expect(quoteKind(text, span, type, looksLikeTitle(text, from, to))).toBe(kindReference(text, span, type))
      }),
      { numRuns: 20000 },
    )
  })
})
