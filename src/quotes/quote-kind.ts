import type { Quote } from '../model/article.js'
import { isLetter } from '../source/chars.js'
import type { QuoteSpan } from './find-spans.js'

// direct: a quoted sentence, opened at the start of a paragraph or sentence or after `,` `:` `—`
//   (`Lavrov said, "Unfortunately, the leadership…"`);
// partial: quoted words inside narration (`his country's systems "ineffective,"`, `the Republican "Washington Cartel"`);
// block: a block-quote paragraph.
const DIRECT_BEFORE = /(?:^|[,:;—–(.?!"“”'‘’])\s*$/u

export function quoteKind(
  text: string,
  span: QuoteSpan,
  blockType: 'paragraph' | 'subheading' | 'blockquote',
  title?: boolean,
): Quote['kind'] {
  if (blockType === 'blockquote') return 'block'
  if (span.continues) return 'direct'
  if (title ?? looksLikeTitle(text, span.innerStart, span.innerEnd)) return 'partial'
  return opensUpper(text, span.innerStart, span.innerEnd) &&
    DIRECT_BEFORE.test(text.slice(Math.max(0, span.start - 3), span.start))
    ? 'direct'
    : 'partial'
}

// The quote's words are read in place, code point by code point, as a regex on text.slice(from, to) reads
// them: a surrogate pair cut by either end of the part is lone surrogates there (no letter).

/** The code point at `i` (at least `from`) as text.slice(.., to) holds it. */
function codePointIn(text: string, i: number, to: number): number {
  const cp = text.codePointAt(i)!
  return cp > 0xffff && i + 1 >= to ? text.charCodeAt(i) : cp
}
const widthOf = (cp: number): number => (cp > 0xffff ? 2 : 1)

/** The index after the run of letters (`letters`), or of non-letters, that starts at `i` in text[.., to). */
function runEnd(text: string, i: number, to: number, letters: boolean): number {
  while (i < to) {
    const cp = codePointIn(text, i, to)
    if (isLetter(cp) !== letters) break
    i += widthOf(cp)
  }
  return i
}

/** `/^\P{L}{0,3}\p{Lu}/u` on text[from, to): at most three non-letters, then a capital. */
export function opensUpper(text: string, from: number, to: number): boolean {
  let i = from
  for (let k = 0; k <= 3 && i < to; k++) {
    const cp = codePointIn(text, i, to)
    if (isLetter(cp)) {
      UPPER_AT.lastIndex = i
      return UPPER_AT.test(text)
    }
    i += widthOf(cp)
  }
  return false
}

/** `/[.?!]\P{L}{0,2}$/u` on text[from, to) (`dotOnly`: `/\.\P{L}{0,2}$/u`): a stop, then at most two non-letters. */
export function endsInStop(text: string, from: number, to: number, dotOnly = false): boolean {
  let i = to
  for (let k = 0; k <= 2 && i > from; k++) {
    const c = text.charCodeAt(i - 1)
    if (c === 0x2e || (!dotOnly && (c === 0x3f || c === 0x21))) return true
    // A low surrogate ends a pair only when its high one is inside the part too.
    const start = c >= 0xdc00 && c <= 0xdfff && i - 2 >= from && codePointIn(text, i - 2, to) > 0xffff ? i - 2 : i - 1
    if (isLetter(codePointIn(text, start, to))) return false
    i = start
  }
  return false
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
export function looksLikeTitle(text: string, from = 0, to = text.length): boolean {
  // Word by word, stopping at the eleventh: most quotes are sentences far longer than a title. A word is a
  // run of letters; its length is in code units, as `\p{L}+` match lengths were.
  let words = 0
  let long = 0
  let i = from
  for (;;) {
    const start = runEnd(text, i, to, false)
    if (start >= to) break
    i = runEnd(text, start, to, true)
    if (++words > 10) return false
    if (i - start >= 4) {
      long++
      UPPER_AT.lastIndex = start
      if (!UPPER_AT.test(text)) return false
    }
  }
  return long >= 1 && words >= 2 && !endsInStop(text, from, to)
}
const UPPER_AT = /\p{Lu}/uy
