import { BOILERPLATE_PATTERNS, DATE_STAMP_WORDS, type BoilerplatePattern } from '../lexicon/boilerplate.js'
import { MONTH } from '../lexicon/dates.js'
import type { BoilerplateKind } from '../model/article.js'
import { label, type ParseContext } from '../parse/context.js'

/**
 * For each ASCII character, the patterns a line opening with it may match
 * (see `opens`), in their order. A line opening with any other character
 * (or an empty one) is tried against them all.
 */
const BY_OPENING: ReadonlyArray<readonly BoilerplatePattern[]> = Array.from({ length: 128 }, (_, c) => {
  const opening = String.fromCharCode(c).toLowerCase()
  return BOILERPLATE_PATTERNS.filter((p) => p.opens === undefined || p.opens.includes(opening))
})

/** Whether a line closing with the code unit `c` may match a pattern that can close only with one of `closes`. */
function mayClose(c: number, closes: string | undefined): boolean {
  return closes === undefined || c >= 128 || closes.includes(String.fromCharCode(c).toLowerCase())
}

/** The boilerplate kind of one line of text, or null when it reads as content. */
export function boilerplateKind(text: string): { kind: BoilerplateKind; rule: string } | null {
  const first = text.charCodeAt(0)
  const last = text.charCodeAt(text.length - 1)
  for (const p of first < 128 ? BY_OPENING[first]! : BOILERPLATE_PATTERNS) {
    if (text.length <= p.maxLength && mayClose(last, p.closes) && p.pattern.test(text)) return { kind: p.kind, rule: p.rule }
  }
  return null
}

const DIGIT = /\d/
const MONTH_WORD = new RegExp(String.raw`^${MONTH}$`, 'i')
export const HAS_DATE = new RegExp(String.raw`\b${MONTH}\s*\d{1,2}\b|\b\d{1,2}\.?\s+${MONTH}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b|\b\d+\s*(?:hours?|hrs?|mins?|minutes?|days?)\s+ago\b`, 'i')

/**
 * A line that is only a date or time stamp, perhaps with a verb or a time
 * zone: "Updated 1:39 am EST, Wednesday, November 20, 2019", "20 Nov, 2019 05:47".
 * Not "On November 20 the council voted to close the plant."
 */
export function isDateLine(text: string): boolean {
  // Every alternative of HAS_DATE holds a digit: most lines have none, and a digit is quicker to look for.
  if (text.length > 100 || !DIGIT.test(text) || !HAS_DATE.test(text)) return false
  // Words with a digit in them ("5:30PM", "2019-11-18T20:51:19Z") are part of the stamp.
  const words = text.split(/[\s,|:·•–—()]+/).filter((w) => /\p{L}/u.test(w) && !/\d/.test(w))
  const other = words.filter((w) => !MONTH_WORD.test(w.replace(/\.$/, '')) && !DATE_STAMP_WORDS.test(w.replace(/[.:]$/, '')))
  return other.length === 0
}

/** Step: lines that match a boilerplate pattern (promos, follow lines, copyright …). */
export function detectBoilerplate(ctx: ParseContext): void {
  for (const block of ctx.blocks) {
    if (block.role !== null) continue
    const found = boilerplateKind(block.text)
    if (found) label(block, 'boilerplate', found.rule, { kind: found.kind })
  }
}
