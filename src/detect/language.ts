import { STOPWORDS } from '../lexicon/stopwords/index.js'
import { countText, LANGUAGES, type TextCounts } from '../source/words.js'
import type { ParseContext } from './context.js'

const SETS = new Map(LANGUAGES.map((code) => [code, new Set(STOPWORDS[code])]))
const ALL = new Set([...SETS.values()].flatMap((s) => [...s]))

/** Fewest words of running text before we name a language at all. */
const MIN_WORDS = 12
/** Share of the words that must be the winner's stopwords ("Home News Sport Login" has none). */
const MIN_SHARE = 0.15
/** How far the winner must lead the runner-up (en/nl share "in", "is", "we"). */
const MIN_LEAD = 1.3
/** Languages whose function words are mostly the same words: between the two, any lead decides. */
const CLOSE_KIN: ReadonlySet<string> = new Set(['da no', 'no da'])

/** The stopword set for a language, or every list together when the language is unknown. */
export function stopwordsFor(language: string | null): ReadonlySet<string> {
  return (language && SETS.get(language)) || ALL
}

/**
 * The counts of the story's block `k`, counted once per story (again if a step
 * rewrote or moved it): the language step, the paragraph scorer and the Article's
 * word count all read the blocks, and reading each once saves most of what two readings cost.
 */
export function countsOf(
  ctx: { readonly blocks: readonly { text: string }[]; counted: TextCounts[] },
  k: number,
): TextCounts {
  const text = ctx.blocks[k]!.text
  const kept = ctx.counted[k]
  if (kept?.text === text) return kept
  const counts = countText(text)
  ctx.counted[k] = counts
  return counts
}

/** Share of a text's words that the stopword list of `language` holds (any list when it is null). */
export function stopwordShare(counted: TextCounts, language: string | null): number {
  const words = counted.words
  if (words === 0) return 0
  const k = language === null ? -1 : LANGUAGES.indexOf(language)
  return (k < 0 ? counted.anyStopwords : counted.stopwords[k]!) / words
}

/**
 * The language some counted texts point to: the one whose stopwords are most
 * of their words (the first in LANGUAGES on a tie), when there are words
 * enough, its stopwords are share enough of them, and it leads the runner-up
 * clearly (between close kin, at all).
 */
function languageOfCounts(texts: readonly TextCounts[]): string | null {
  let words = 0
  for (const t of texts) words += t.words
  if (words < MIN_WORDS) return null
  const ranked = LANGUAGES.map((code, k) => {
    let n = 0
    for (const t of texts) n += t.stopwords[k]!
    return [code, n] as const
  }).sort((a, b) => b[1] - a[1])
  const [best, second] = ranked
  if (!best || best[1] < words * MIN_SHARE) return null
  if (second && CLOSE_KIN.has(`${best[0]} ${second[0]}`)) return best[1] > second[1] ? best[0] : null
  if (second && best[1] < second[1] * MIN_LEAD) return null
  return best[0]
}

/**
 * The language of a text by stopword share, ISO 639-1, or null when the text
 * is too short, has too few function words, or two languages tie.
 * "The minister said on Sunday that the talks would go on" → `en`;
 * "Home | News | Sport | Weather" → null.
 */
export function languageOf(text: string): string | null {
  return languageOfCounts([countText(text)])
}

/** Step: the story's language, from the words of all its blocks. */
export function detectLanguage(ctx: ParseContext): void {
  ctx.language = languageOfCounts(ctx.blocks.map((_, k) => countsOf(ctx, k)))
}
