import { STOPWORDS } from '../lexicon/stopwords/index.js'
import type { ParseContext } from '../parse/context.js'

const SETS = new Map(Object.entries(STOPWORDS).map(([code, words]) => [code, new Set(words)]))
const ALL = new Set([...SETS.values()].flatMap((s) => [...s]))

/** Fewest words of running text before we name a language at all. */
const MIN_WORDS = 12
/** Share of the words that must be the winner's stopwords ("Home News Sport Login" has none). */
const MIN_SHARE = 0.15
/** How far the winner must lead the runner-up (en/nl share "in", "is", "we"). */
const MIN_LEAD = 1.3

/** Lower-cased words of a text (letters, inner apostrophes and hyphens). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []
}

/** The stopword set for a language, or every list together when the language is unknown. */
export function stopwordsFor(language: string | null): ReadonlySet<string> {
  return (language && SETS.get(language)) || ALL
}

/**
 * The language of a text by stopword share, ISO 639-1, or null when the text
 * is too short, has too few function words, or two languages tie.
 * "The minister said on Sunday that the talks would go on" → `en`;
 * "Home | News | Sport | Weather" → null.
 */
export function languageOf(text: string): string | null {
  const words = wordsOf(text)
  if (words.length < MIN_WORDS) return null
  const counts = [...SETS].map(([code, set]) => [code, words.filter((w) => set.has(w)).length] as const)
  counts.sort((a, b) => b[1] - a[1])
  const [best, second] = counts
  if (!best || best[1] < words.length * MIN_SHARE) return null
  if (second && best[1] < second[1] * MIN_LEAD) return null
  return best[0]
}

/** Step: the story's language, from the text of all its blocks. */
export function detectLanguage(ctx: ParseContext): void {
  ctx.language = languageOf(ctx.blocks.map((b) => b.text).join('\n'))
}
