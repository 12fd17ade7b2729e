import { WORK_NOUNS } from '../lexicon/works.js'
import type { Quote } from '../model/article.js'
import type { QuoteSpan } from './find-spans.js'
import type { Lexicon } from './languages.js'
import type { Token } from './tokens.js'

// direct: a quoted sentence, opened at the start of a paragraph or sentence or after `,` `:` `—`
//   (`Lavrov said, "Unfortunately, the leadership…"`);
// partial: quoted words inside narration (`his country's systems "ineffective,"`, `the Republican "Washington
// Cartel"`);
// block: a block-quote paragraph.
const DIRECT_BEFORE = /(?:^|[,:;—–(.?!"“”'‘’])\s*$/u
// At most three marks or spaces, then a capital: `"… (Hello`.
const OPENS_UPPER = /^\P{L}{0,3}\p{Lu}/u

/** The kind of a quote; `title`: its words look like a work title (`looksLikeTitle`). */
export function quoteKind(
  text: string,
  span: QuoteSpan,
  blockType: 'paragraph' | 'subheading' | 'blockquote',
  title: boolean,
): Quote['kind'] {
  if (blockType === 'blockquote') return 'block'
  if (span.continues || span.resumes) return 'direct'
  if (title) return 'partial'
  return OPENS_UPPER.test(text.slice(span.innerStart, span.innerEnd)) &&
    DIRECT_BEFORE.test(text.slice(Math.max(0, span.start - 3), span.start))
    ? 'direct'
    : 'partial'
}

/** The quoted words end a sentence: a stop, then at most two marks (`…again."`, `…again?’"`). */
export const endsInStop = (inner: string): boolean => /[.?!]\P{L}{0,2}$/u.test(inner)
/** The quoted words end with a full stop (not a question or an exclamation). */
export const endsInFullStop = (inner: string): boolean => /\.\P{L}{0,2}$/u.test(inner)

/**
 * Scare quotes: one or two quoted words with no cue and no speaker (`so-called "experts"`) are not
 * attributed quotes and are left out. Work titles (`looksLikeTitle` below) with no cue are left out too
 * (`the "Office in a Pocket" app`, `her memoir "The Long Crossing"`). Other unattributed quotes are kept
 * with `speaker: null, cue: null`, which is how to filter them.
 */
export function isScareQuote(inner: string, kind: Quote['kind'], attributed: boolean): boolean {
  if (attributed || kind !== 'partial') return false
  let words = 0
  for (const _ of inner.matchAll(/[\p{L}\p{N}]+/gu)) if (++words > 2) return false
  return true
}

/**
 * A work title or name in quotes: two to ten words, every word of four letters or more capitalised, no closing
 * punctuation (`the "Office in a Pocket"`, `"Action Plan for the Renewal of the Coast"`); not `"We respect it."`.
 * Such quotes inherit no speaker from the quotes around them.
 */
export function looksLikeTitle(inner: string): boolean {
  if (endsInStop(inner)) return false
  let words = 0
  let long = 0
  for (const [word] of inner.matchAll(/\p{L}+/gu)) {
    if (++words > 10) return false
    if (word.length < 4) continue
    if (!/^\p{Lu}/u.test(word)) return false
    long++
  }
  return long >= 1 && words >= 2
}

/**
 * A noun naming a work, a programme or a prize, in English or in the language of `lex` (compounds too:
 * "Dokumentarfilm").
 */
function isWork(lex: Lexicon | null, lower: string): boolean {
  if (!lex) return WORK_NOUNS.has(lower)
  if (lex.works.has(lower)) return true
  if (!lex.compounds) return false
  for (const work of lex.works) if (work.length >= 4 && lower.length > work.length && lower.endsWith(work)) return true
  return false
}

/**
 * work-title: capitalised words quoted right after a noun that names a work, a programme or a prize, within
 * its noun phrase: `the Oscar-winning film "Lantern"`, `Amazon's series "The Curious Mrs. Pemberton"`,
 * `el premio de caricatura “Kofi Annan al Valor”`. The quote is the work's title, not somebody's words,
 * unless a cue right after it says so. Not `the film was "a triumph," she said` (not capitalised words).
 * `mark` is the token of the quote's opening mark.
 */
export function namesAWork(inner: string, tokens: readonly Token[], mark: number, lex: Lexicon | null): boolean {
  let noun = false
  for (let k = mark - 1; k >= 0 && mark - k <= 7 && tokens[k]!.word && !noun; k--) noun = isWork(lex, tokens[k]!.lower)
  return noun && (looksLikeTitle(inner) || /^\p{Lu}\p{L}{3,}$/u.test(inner))
}
