import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { type Found, foundIn, tokensOutsideQuotes } from '../src/quotes/extract-quotes.js'
import { findSpans } from '../src/quotes/find-spans.js'
import { type Token, tokenize } from '../src/quotes/tokens.js'
import { QUOTE_MARKS, RUNS } from './helpers/arbitrary-text.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

// The cue finder reads a quoted paragraph's tokens without the quoted words (`tokensOutsideQuotes`). Held here
// to the simple way: the whole paragraph tokenised, and every cue and speaker phrase found from those tokens.

const plain = (tokens: readonly Token[]) =>
  tokens.map(({ t, lower, start, end, word, dot, cap }) => ({ t, lower, start, end, word, dot, cap }))

// A phrase's `at` is a token index, which differs by the quoted words left out; it is not read after the cue is found.
const withoutAt = (f: Found) => ({ ...f, phrase: f.phrase && { ...f.phrase, at: undefined } })

function check(text: string): void {
  const spans = findSpans([text])
  if (spans.length === 0) return
  const outside = tokensOutsideQuotes(text, spans)
  if (!outside) return
  const whole = tokenize(text)
  // Every token of the paragraph but the ones strictly between a quote's opening mark and its closing one.
  const kept = whole.filter((t) => spans.every((s) => !(t.start >= s.start + 1 && t.end <= s.end - 1)))
  expect(plain(outside)).toEqual(plain(kept))
  for (const type of ['paragraph', 'blockquote'] as const) {
    const found = foundIn(text, outside, spans, type, true)
    if (found) expect(found.map(withoutAt)).toEqual(foundIn(text, whole, spans, type)!.map(withoutAt))
  }
}

const WORDS = [
  'said',
  'says',
  'told',
  'he',
  'she',
  'the',
  'minister',
  'Smith',
  'John',
  'Sen.',
  'Mr.',
  'according',
  'to',
  'and',
  'as',
  'put',
  'it',
  'a',
  'spokesman',
  'U.S.',
  'don’t',
  "it's",
  'Jones’',
  'rock-n-roll',
  'Md.',
  '90s',
  'on',
  'Monday',
]
const PUNCT = [',', '.', ':', ';', '?', '!', '—', '(', ')', '``', "''", "'''"]
const paragraph = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
      { weight: 2, arbitrary: fc.constantFrom(...PUNCT) },
      { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
    ),
    { maxLength: 40 },
  )
  .chain((parts) =>
    fc
      .array(fc.constantFrom(' ', ' ', ' ', ''), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => p + seps[i]).join('')),
  )

describe('the tokens outside the quotes find what the whole paragraph finds', () => {
  test('every fixture line and paragraph', () => {
    for (const text of fixtureLinesAndParagraphs()) check(text)
  })

  test('generated paragraphs of words, punctuation and quote marks', () => {
    fc.assert(fc.property(paragraph, check), { numRuns: RUNS })
  })

  test('a quote in the sentence of the one before reads its subject back across the quoted words', () => {
    // The full stop inside the first quote ends the sentence the participle's subject is looked for in.
    for (const text of [
      'Smith visited "the zoo. Lions" on Monday, saying "great."',
      'Smith visited "the zoo, lions" on Monday, saying "great."',
    ]) {
      const spans = findSpans([text])
      expect(foundIn(text, tokensOutsideQuotes(text, spans)!, spans, 'paragraph', true)).toBeNull()
      check(text)
    }
  })

  test('a paragraph of several quotes keeps only their marks', () => {
    const text = '“We will win,” Smith said, calling it ‘easy’ and “done.”'
    const spans = findSpans([text])
    expect(tokensOutsideQuotes(text, spans)!.map((t) => t.t)).toEqual([
      '“',
      '”',
      'Smith',
      'said',
      ',',
      'calling',
      'it',
      '‘',
      '’',
      'and',
      '“',
      '”',
    ])
  })
})
