import { STOPWORDS } from '../lexicon/stopwords/index.js'
import { LANGUAGES, STRIDE, storyCounts, WORDS, type WordStats, wordStats } from './block-words.js'
import type { ParseContext } from './context.js'
import { scanWords } from './scan-words.js'

const SETS = new Map(Object.entries(STOPWORDS).map(([code, words]) => [code, new Set(words)]))
const ALL = new Set([...SETS.values()].flatMap((s) => [...s]))

/** Fewest words of running text before we name a language at all. */
const MIN_WORDS = 12
/** Share of the words that must be the winner's stopwords ("Home News Sport Login" has none). */
const MIN_SHARE = 0.15
/** How far the winner must lead the runner-up (en/nl share "in", "is", "we"). */
const MIN_LEAD = 1.3
/** Languages whose function words are mostly the same words: between the two, any lead decides. */
const CLOSE_KIN: ReadonlySet<string> = new Set(['da no', 'no da'])

/** Lower-cased words of a text (letters, inner apostrophes and hyphens). */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase()
  const out: string[] = []
  scanWords(lower, (start, end) => out.push(lower.slice(start, end)))
  return out
}

/** The stopword set for a language, or every list together when the language is unknown. */
export function stopwordsFor(language: string | null): ReadonlySet<string> {
  return (language && SETS.get(language)) || ALL
}

/** The language a story's word counts point to; see `languageOf`. */
export function languageOfStats(words: number, counts: ArrayLike<number>): string | null {
  if (words < MIN_WORDS) return null
  // The winner (the first of the highest counts, in LANGUAGES order) and the runner-up's count, in one pass.
  let best = -1
  let second = -1
  for (let i = 0; i < LANGUAGES.length; i++) {
    const n = counts[i]!
    if (best < 0 || n > counts[best]!) {
      second = best
      best = i
    } else if (second < 0 || n > counts[second]!) second = i
  }
  if (best < 0 || counts[best]! < words * MIN_SHARE) return null
  if (second >= 0 && CLOSE_KIN.has(`${LANGUAGES[best]} ${LANGUAGES[second]}`)) {
    if (counts[best]! <= counts[second]!) return null
  } else if (second >= 0 && counts[best]! < counts[second]! * MIN_LEAD) return null
  return LANGUAGES[best]!
}

/**
 * The language of a text by stopword share, ISO 639-1, or null when the text
 * is too short, has too few function words, or two languages tie.
 * "The minister said on Sunday that the talks would go on" → `en`;
 * "Home | News | Sport | Weather" → null.
 */
export function languageOf(text: string): string | null {
  const { words, counts }: WordStats = wordStats(text)
  return languageOfStats(words, counts)
}

/** Step: the story's language, from the words of all its blocks (each block counted once, and the counts kept for the paragraph scorer). */
export function detectLanguage(ctx: ParseContext): void {
  const { data } = storyCounts(ctx)
  // Sum the blocks' counts: the stopwords per language, and the words.
  const counts = new Array<number>(LANGUAGES.length).fill(0)
  let words = 0
  for (let at = 0; at < data.length; at += STRIDE) {
    words += data[at + WORDS]!
    for (let k = 0; k < counts.length; k++) counts[k] = counts[k]! + data[at + k]!
  }
  ctx.language = languageOfStats(words, counts)
}
