import { WIRE_DATE } from '../lexicon/dates.js'
import type { Dateline } from '../model/article.js'
import { tidy } from '../source/block.js'
import type { LabelledBlock, ParseContext } from './context.js'
import { mergeWithNext } from './wire-merge.js'

// A place in wire style: "DUBLIN", "NEW YORK", "CHATHAM, Mass.", "Berlin", "ST. LOUIS", "Mexico city",
// "CALGARY, Alberta", "Berlin/Paris"; up to two regions after commas ("WHITE PLAINS, N.Y.").
const WORD = String.raw`[\p{Lu}][\p{L}.'’-]*`
// Text is tidied (single spaces), so the pattern spells spaces as one " ", which also keeps it linear.
const PLACE_NAME = String.raw`${WORD}(?:(?: |/| / )[\p{L}][\p{L}.'’-]*){0,3}`
const REGION = String.raw`, ?[\p{Lu}][\p{L}.]{1,14}(?: [\p{Lu}][\p{L}.]+)?`
const PLACE = `${PLACE_NAME}(?:${REGION}){0,2}?`
// "(Reuters)", "(AP)", "(dpa)", "/PRNewswire/", "/PRNewswire-FirstCall/"
const AGENCY = String.raw`\( ?([\p{L}][\p{L} .&-]{0,28}[\p{L}.]) ?\)|/ ?([\p{L}][\p{L} .&-]{0,28}[\p{L}]) ?/`
const DASH = '(?:--|[-–—_])'

// "SALVADOR, Feb 26 - Showers continued …", "LONDON, Nov 29 (Reuters) - …", "ATLANTA (AP) _ …",
// "NEW YORK, March 3 /PRNewswire/ -- …", "BRUSSELS, March 11 -" (alone, the body below) —
// not "Officials said - in private - that …" (no capitals, date or agency).
const LEAD_IN = new RegExp(`^((${PLACE})(?:, ?(${WIRE_DATE}))?(?: ?(?:${AGENCY}))?) ?${DASH}(?: |$)`, 'u')

/** Splits a wire dateline lead-in off a paragraph, or returns null. `rest` is empty for a dateline alone. */
export function splitDateline(text: string): { dateline: Dateline; rest: string } | null {
  const line = tidy(text)
  const m = LEAD_IN.exec(line)
  if (!m) return null
  const location = m[2]!.trim()
  const date = m[3]?.trim() ?? null
  const agency = (m[4] ?? m[5])?.trim() ?? null
  // A capitalised place before a dash is a dateline only when it is in capitals or comes with a date or an agency.
  const capitals = location === location.toUpperCase() && /\p{Lu}{2}/u.test(location)
  if (!capitals && !date && !agency) return null
  // A place in capitals alone needs a date or an agency unless it is short: "WASHINGTON —" yes, "THE END - of it" no.
  if (!date && !agency && location.split(/\s+/).length > 3) return null
  return {
    dateline: { text: m[1]!.trim(), location, date, agency },
    rest: line.slice(m[0].length),
  }
}

/**
 * Step: the dateline that opens the first body paragraph. A dateline
 * standing alone on its line (`BRUSSELS, March 11 -`) takes the paragraph
 * below it into the same block.
 */
export function detectDateline(ctx: ParseContext): void {
  let first: LabelledBlock | undefined = ctx.blocks.find((b) => b.role === 'paragraph')
  if (!first) return
  let found = splitDateline(first.text)
  if (!found) return
  if (found.rest === '') {
    const next = ctx.blocks[ctx.blocks.indexOf(first) + 1]
    if (next?.role !== 'paragraph') return
    first = mergeWithNext(ctx, first)
    found = first ? splitDateline(first.text) : null
    if (!first || !found) return
  }
  ctx.dateline = found.dateline
  first.bodyText = found.rest
}
