import { dashSpans, splitInterrupted } from './dash-quotes.js'
import { findSpans, type QuoteSpan } from './find-spans.js'
import type { Lexicon } from './languages.js'
import type { Token } from './tokens.js'

// A dash with a space after it: the only paragraphs a dash-quote can open in.
const DASH_SPACE = /[-–—―]\s/u

/**
 * The quotations of every paragraph, grouped by paragraph, in reading order: the quotes between marks, and,
 * in a language with a speech lexicon, the quotes a dash opens (`dashSpans`) and each quote split around an
 * attribution inserted into it (`splitInterrupted`). A quote between marks inside a dash-quote belongs to it.
 */
export function storySpans(
  texts: readonly string[],
  lex: Lexicon | null,
  tokensOf: (block: number) => readonly Token[],
): QuoteSpan[][] {
  const byBlock: QuoteSpan[][] = texts.map(() => [])
  for (const span of findSpans(texts)) byBlock[span.block]!.push(span)
  if (!lex) return byBlock
  return byBlock.map((marks, block) => {
    const text = texts[block]!
    const tokens = DASH_SPACE.test(text) || marks.length > 0 ? tokensOf(block) : []
    const dashes = DASH_SPACE.test(text)
      ? dashSpans(lex, text, tokens, block).filter((d) => !marks.some((s) => d.start > s.start && d.start < s.end))
      : []
    const inside = (s: QuoteSpan): boolean => dashes.some((d) => s.start >= d.start && s.start < d.end)
    const split = marks.filter((s) => !inside(s)).flatMap((s) => splitInterrupted(lex, text, tokens, s))
    return [...dashes, ...split].sort((a, b) => a.start - b.start)
  })
}
