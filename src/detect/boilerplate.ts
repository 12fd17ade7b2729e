import { BOILERPLATE_PATTERNS, DATE_STAMP_WORDS } from '../lexicon/boilerplate.js'
import { MONTH } from '../lexicon/dates.js'
import type { BoilerplateKind } from '../model/article.js'
import { label, type ParseContext } from './context.js'
import { MatchEnds } from './match-ends.js'

/**
 * Each pattern with the first and last characters its matches can have,
 * read from the pattern itself (match-ends.ts). Why: most lines match no
 * pattern, and trying every pattern on every line made this step one of the
 * parser's costliest (bench/README.md).
 */
const PATTERNS = BOILERPLATE_PATTERNS.map(({ rule, kind, maxLength, pattern }) => ({
  rule,
  kind,
  maxLength,
  pattern,
  ends: new MatchEnds(pattern),
}))

/** The boilerplate kind of one line of text, or null when it reads as content. */
export function boilerplateKind(text: string): { kind: BoilerplateKind; rule: string } | null {
  const first = text.charCodeAt(0)
  const last = text.charCodeAt(text.length - 1)
  const found = PATTERNS.find((p) => text.length <= p.maxLength && p.ends.allows(first, last) && p.pattern.test(text))
  return found ? { kind: found.kind, rule: found.rule } : null
}

const MONTH_WORD = new RegExp(`^${MONTH}$`, 'i')
/** A date or a time anywhere in a line. */
const HAS_DATE = new RegExp(
  [
    String.raw`\b${MONTH}\s*\d{1,2}\b`, // "Nov 20"
    String.raw`\b\d{1,2}\.?\s+${MONTH}\b`, // "20 Nov", "26. Nov"
    String.raw`\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b`, // "20/11/2019", "2019-11-18"
    String.raw`\b\d{1,2}:\d{2}\b`, // "5:30"
    String.raw`\b\d+\s*(?:hours?|hrs?|mins?|minutes?|days?)\s+ago\b`, // "2 hours ago"
  ].join('|'),
  'i',
)

/**
 * A line that is only a date or time stamp, perhaps with a verb or a time
 * zone: "Updated 1:39 am EST, Wednesday, November 20, 2019", "20 Nov, 2019 05:47".
 * Not "On November 20 the council voted to close the plant."
 */
export function isDateLine(text: string): boolean {
  if (text.length > 100 || !HAS_DATE.test(text)) return false
  // Words with a digit in them ("5:30PM", "2019-11-18T20:51:19Z") are part of the stamp.
  const words = text.split(/[\s,|:·•–—()]+/).filter((w) => /\p{L}/u.test(w) && !/\d/.test(w))
  return words.every((w) => MONTH_WORD.test(w.replace(/\.$/, '')) || DATE_STAMP_WORDS.test(w.replace(/[.:]$/, '')))
}

/** Step: lines that match a boilerplate pattern (promos, follow lines, copyright …). */
export function detectBoilerplate(ctx: ParseContext): void {
  for (const block of ctx.blocks) {
    if (block.role !== null) continue
    const found = boilerplateKind(block.text)
    if (found) label(block, 'boilerplate', found.rule, { kind: found.kind })
  }
}
