import { BOILERPLATE_PATTERNS, DATE_STAMP_WORDS } from '../lexicon/boilerplate.js'
import { MONTH } from '../lexicon/dates.js'
import type { BoilerplateKind } from '../model/article.js'
import { label, unlabelled, type ParseContext } from '../parse/context.js'

/** The boilerplate kind of one line of text, or null when it reads as content. */
export function boilerplateKind(text: string): { kind: BoilerplateKind; rule: string } | null {
  for (const p of BOILERPLATE_PATTERNS) {
    if (text.length <= p.maxLength && p.pattern.test(text)) return { kind: p.kind, rule: p.rule }
  }
  return null
}

const MONTH_WORD = new RegExp(String.raw`^${MONTH}$`, 'i')
const HAS_DATE = new RegExp(String.raw`\b${MONTH}\s*\d{1,2}\b|\b\d{1,2}\.?\s+${MONTH}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|\b\d+\s*(?:hours?|hrs?|mins?|minutes?|days?)\s+ago\b`, 'i')

/**
 * A line that is only a date or time stamp, perhaps with a verb or a time
 * zone: "Updated 1:39 am EST, Wednesday, November 20, 2019", "20 Nov, 2019 05:47".
 * Not "On November 20 the council voted to close the plant."
 */
export function isDateLine(text: string): boolean {
  if (text.length > 100 || !HAS_DATE.test(text)) return false
  // Words with a digit in them ("5:30PM", "2019-11-18T20:51:19Z") are part of the stamp.
  const words = text.split(/[\s,|:·•–—()]+/).filter((w) => /\p{L}/u.test(w) && !/\d/.test(w))
  const other = words.filter((w) => !MONTH_WORD.test(w.replace(/\.$/, '')) && !DATE_STAMP_WORDS.test(w.replace(/[.:]$/, '')))
  return other.length === 0
}

/** Step: lines that match a boilerplate pattern (promos, follow lines, copyright …). */
export function detectBoilerplate(ctx: ParseContext): void {
  for (const block of unlabelled(ctx)) {
    const found = boilerplateKind(block.text)
    if (found) label(block, 'boilerplate', found.rule, { kind: found.kind })
  }
}
