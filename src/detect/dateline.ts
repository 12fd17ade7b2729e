import { WIRE_DATE } from '../lexicon/dates.js'
import type { Dateline } from '../model/article.js'
import type { ParseContext } from '../parse/context.js'

// A place in wire style: "DUBLIN", "NEW YORK", "CHATHAM, Mass.", "Berlin", "ST. LOUIS".
const PLACE = String.raw`(?:[\p{Lu}][\p{Lu}\p{L}.'’-]*(?:[ \-][\p{Lu}][\p{L}.'’-]*){0,3})(?:,\s*[\p{Lu}][\p{L}.]{1,14}(?:\s[\p{Lu}][\p{L}.]+)?)?`
const AGENCY = String.raw`\(\s*([\p{L} .&-]{2,30}?)\s*\)|/\s*([\p{L} .&-]{2,30}?)\s*/`
const DASH = String.raw`(?:--|[-–—_])`

// "SALVADOR, Feb 26 - Showers continued …", "LONDON, Nov 29 (Reuters) - …",
// "ATLANTA (AP) _ …" — not "Officials said - in private - that …".
const LEAD_IN = new RegExp(String.raw`^(${PLACE})(?:,\s*(${WIRE_DATE}))?\s*(?:${AGENCY})?\s*${DASH}\s+`, 'u')

/** Splits a wire dateline lead-in off a paragraph, or returns null. */
export function splitDateline(text: string): { dateline: Dateline; rest: string } | null {
  const m = LEAD_IN.exec(text)
  if (!m) return null
  const location = m[1]!.trim()
  const date = m[2]?.trim() ?? null
  const agency = (m[3] ?? m[4])?.trim() ?? null
  // A bare capitalised word before a dash is a dateline only when it is in capitals or comes with a date or an agency.
  const capitals = location === location.toUpperCase()
  if (!capitals && !date && !agency) return null
  const rest = text.slice(m[0].length)
  if (rest.length === 0) return null
  const head = [location, date].filter(Boolean).join(', ')
  return {
    dateline: { text: agency ? `${head} (${agency})` : head, location, date, agency },
    rest,
  }
}

/** Step: the dateline that opens the first body paragraph. */
export function detectDateline(ctx: ParseContext): void {
  const first = ctx.blocks.find((b) => b.role === 'paragraph')
  if (!first) return
  const found = splitDateline(first.text)
  if (!found) return
  ctx.dateline = found.dateline
  first.bodyText = found.rest
}
