import type { Quote } from '../model/article.js'
import type { QuoteSpan } from './find-spans.js'

// direct: a quoted sentence, opened at the start of a paragraph or sentence or after `,` `:` `—`
//   (`Lavrov said, "Unfortunately, the leadership…"`);
// partial: quoted words inside narration (`his country's systems "ineffective,"`, `the Republican "Washington Cartel"`);
// block: a block-quote paragraph.
const DIRECT_BEFORE = /(?:^|[,:;—–(.?!"“”'‘’])\s*$/u

export function quoteKind(text: string, span: QuoteSpan, blockType: 'paragraph' | 'subheading' | 'blockquote', title?: boolean): Quote['kind'] {
  if (blockType === 'blockquote') return 'block'
  const inner = text.slice(span.innerStart, span.innerEnd)
  const opensUpper = /^\P{L}{0,3}\p{Lu}/u.test(inner)
  if (span.continues) return 'direct'
  if (title ?? looksLikeTitle(inner)) return 'partial'
  return opensUpper && DIRECT_BEFORE.test(text.slice(Math.max(0, span.start - 3), span.start)) ? 'direct' : 'partial'
}

/**
 * Scare quotes: one or two quoted words with no cue and no speaker (`so-called "experts"`) are not
 * attributed quotes and are left out. Work titles (`looksLikeTitle` below) with no cue are left out too
 * (`the "Office in a Pocket" app`, `his book "The Art of the Deal"`). Other unattributed quotes are kept
 * with `speaker: null, cue: null`, which is how to filter them.
 */
export function isScareQuote(inner: string, kind: Quote['kind'], attributed: boolean): boolean {
  if (attributed || kind !== 'partial') return false
  // Counted with test() and stopped at the third word: no list of the quote's words is built.
  ALNUM_RUN.lastIndex = 0
  let words = 0
  while (ALNUM_RUN.test(inner)) if (++words > 2) return false
  return true
}
const ALNUM_RUN = /[\p{L}\p{N}]+/gu

/**
 * A work title or name in quotes: every longer word capitalised, no closing punctuation
 * (`the "Office in a Pocket"`, `"Action Plan for the Development of Italy"`); not `"We respect it."`.
 * Such quotes inherit no speaker from the quotes around them.
 */
export function looksLikeTitle(inner: string): boolean {
  // Word by word, stopping at the eleventh: most quotes are sentences far longer than a title. A word is a
  // run of letters, found by stepping over the gap before it and then over it with sticky patterns (no
  // match objects are made); its length is in code units, as `\p{L}+` match lengths were.
  let words = 0
  let long = 0
  let i = 0
  for (;;) {
    GAP.lastIndex = i
    GAP.test(inner)
    i = GAP.lastIndex
    if (i >= inner.length) break
    LETTERS.lastIndex = i
    LETTERS.test(inner)
    const end = LETTERS.lastIndex
    if (++words > 10) return false
    if (end - i >= 4) {
      long++
      UPPER_AT.lastIndex = i
      if (!UPPER_AT.test(inner)) return false
    }
    i = end
  }
  return long >= 1 && words >= 2 && !STOP_END.test(inner)
}
const GAP = /\P{L}*/uy
const LETTERS = /\p{L}*/uy
const UPPER_AT = /\p{Lu}/uy
const STOP_END = /[.?!]\P{L}{0,2}$/u
