import type { ParseContext } from './context.js'
import { stopwordsFor } from './language.js'
import type { PageAnalysis } from './page-residue.js'

// A headline is written about the story under it: most of its content words
// come back in the first paragraphs ("Riverton hires Dana Holt as head
// coach" over "Riverton has promoted its offensive coordinator Dana Holt to
// head coach of the school team"), where a menu item, a teaser for
// another story or a promo shares one word at most. Words are compared by
// their first letters, so "hires" meets "hired" and "shelters" "shelter";
// text without spaces between words (Chinese, Japanese) by pairs of characters.

/** How much of the main text's opening is read: its first prose blocks, up to this many characters. */
const LEAD_CHARS = 800
const LEAD_BLOCKS = 4
/** Letters a word is compared by. */
const STEM = 5
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** The content words of a text as comparison keys: no stopwords, no words under three letters but numbers. */
export function contentKeys(text: string): string[] {
  const stop = stopwordsFor(null)
  const keys: string[] = []
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    if (CJK.test(word)) {
      for (let i = 0; i + 1 < word.length; i++) keys.push(word.slice(i, i + 2))
      continue
    }
    if (stop.has(word) || (word.length < 3 && !/\d/.test(word))) continue
    keys.push(word.slice(0, STEM))
  }
  return keys
}

/** The keys of the main text's first prose blocks (class `good`), from block `from` on (its start, by default). */
export function leadKeys(ctx: ParseContext, page: PageAnalysis, from = page.region?.[0] ?? 0): Set<string> {
  const keys = new Set<string>()
  if (!page.region) return keys
  let chars = 0
  let blocks = 0
  for (let i = from; i <= page.region[1] && chars < LEAD_CHARS && blocks < LEAD_BLOCKS; i++) {
    const b = ctx.blocks[i]!
    if (b.role !== null || page.classes[i] !== 'good') continue
    for (const k of contentKeys(b.text)) keys.add(k)
    chars += b.text.length
    blocks++
  }
  return keys
}

/**
 * How much a line is about the lead, from 0 to 1: the share of its content
 * words the lead holds, weighed down when fewer than three are shared (one
 * name in common is no evidence).
 */
export function leadOverlap(text: string, lead: ReadonlySet<string>): number {
  const keys = contentKeys(text)
  if (keys.length === 0 || lead.size === 0) return 0
  let hits = 0
  for (const k of keys) if (lead.has(k)) hits++
  return (hits / keys.length) * Math.min(1, hits / 3)
}
