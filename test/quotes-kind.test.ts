import { describe, expect, test } from 'vitest'
import type { QuoteSpan } from '../src/quotes/find-spans.js'
import { endsInFullStop, endsInStop, isScareQuote, looksLikeTitle, quoteKind } from '../src/quotes/quote-kind.js'

describe('isScareQuote: one or two quoted words in narration, with no cue and no speaker', () => {
  test.each<[string, string, 'direct' | 'partial' | 'block', boolean, boolean]>([
    ['one word', 'experts', 'partial', false, true],
    ['two words', 'bad hombres', 'partial', false, true],
    ['a hyphenated word counts its parts', 'so-called experts', 'partial', false, false],
    ['digits count as words', '9 11', 'partial', false, true],
    ['no word at all', '…', 'partial', false, true],
    ['three words are a quote', 'a done deal', 'partial', false, false],
    ['an attributed word is a quote', 'unhinged', 'partial', true, false],
    ['a direct quote is never a scare quote', 'Never', 'direct', false, false],
    ['a block quote is never a scare quote', 'Never', 'block', false, false],
  ])('%s', (_label, inner, kind, attributed, want) => {
    expect(isScareQuote(inner, kind, attributed)).toBe(want)
  })
})

describe('looksLikeTitle: a work title or name in quotes', () => {
  test.each<[string, string, boolean]>([
    ['a title', 'Office in a Pocket', true],
    ['a book', 'The Art of the Deal', true],
    ['ten capitalised words', 'One Two Three Four Five Six Seven Eight Nine Tenth', true],
    ['short words may be lower-case', 'War and Peace', true],
    ['a sentence', 'We respect it.', false],
    ['a question', 'Who Killed Kennedy?', false],
    ['a long word in lower case', 'Office in a pocket', false],
    ['one word', 'Washington', false],
    ['eleven capitalised words', 'One Two Three Four Five Six Seven Eight Nine Tenth Eleventh', false],
    ['only short words', 'Up In It', false],
    ['empty', '', false],
  ])('%s', (_label, inner, want) => {
    expect(looksLikeTitle(inner)).toBe(want)
  })
})

describe('endsInStop and endsInFullStop: the quoted words end a sentence', () => {
  test.each<[string, string, boolean, boolean]>([
    ['a full stop', 'We will win.', true, true],
    ['a full stop and marks', 'We will win.’"', true, true],
    ['a question', 'Will we win?', true, false],
    ['an exclamation', 'We won!', true, false],
    ['a comma', 'We will win,', false, false],
    ['a stop and three marks', 'done.’""', false, false],
    ['a stop before a word', 'U.S. officials', false, false],
  ])('%s', (_label, inner, stop, fullStop) => {
    expect([endsInStop(inner), endsInFullStop(inner)]).toEqual([stop, fullStop])
  })
})

describe('quoteKind', () => {
  // The span of the first pair of straight double marks.
  function kindOf(text: string, type: 'paragraph' | 'subheading' | 'blockquote' = 'paragraph', continues = false) {
    const start = text.indexOf('"')
    const end = text.indexOf('"', start + 1) + 1
    const span: QuoteSpan = {
      block: 0,
      start,
      end,
      innerStart: start + 1,
      innerEnd: end - 1,
      closed: true,
      continues,
      family: 'double',
    }
    return quoteKind(text, span, type, looksLikeTitle(text.slice(start + 1, end - 1)))
  }
  test.each<[string, string, string]>([
    ['a capitalised quote opening the paragraph', '"We will win," she said.', 'direct'],
    ['after a colon', 'She said: "We will win."', 'direct'],
    ['after a comma', 'Lavrov said, "Unfortunately, no."', 'direct'],
    ['after a dash', 'It was clear — "We will win."', 'direct'],
    ['lower-case words in narration', 'He called it "long overdue."', 'partial'],
    ['a capitalised phrase inside a sentence', 'the Republican "Washington Cartel" again', 'partial'],
    ['a work title after a colon', 'The report: "Office in a Pocket Review"', 'partial'],
  ])('%s', (_label, text, want) => {
    expect(kindOf(text)).toBe(want)
  })

  test('a block-quote paragraph is "block", a continued quote is "direct"', () => {
    expect(kindOf('He called it "long overdue."', 'blockquote')).toBe('block')
    expect(kindOf('"long overdue," he said.', 'paragraph', true)).toBe('direct')
  })
})
