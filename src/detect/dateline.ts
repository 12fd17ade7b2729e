import { AGENCY, AGENCY_NAMES } from '../lexicon/agencies.js'
import { DATELINE_DATE } from '../lexicon/dates.js'
import type { Dateline } from '../model/article.js'
import { tidy } from '../source/block.js'
import type { LabelledBlock, ParseContext } from './context.js'
import { mergeWithNext } from './wire-merge.js'

// A place in wire style: "DUBLIN", "NEW YORK", "CHATHAM, Mass.", "Berlin", "ST. LOUIS", "Mexico city",
// "CALGARY, Alberta", "Berlin/Paris"; up to two regions after commas ("WHITE PLAINS, N.Y.").
const WORD = String.raw`[\p{Lu}][\p{L}.'’-]{0,40}`
// Text is tidied (single spaces), so the pattern spells spaces as one " ", which also keeps it linear. No place
// name has a word of over 40 letters: bounding the words lets the ReDoS checker see the pattern is linear (with
// unbounded words its fuzzing reported polynomial attacks that V8, the pattern being anchored, never shows).
const PLACE_NAME = String.raw`${WORD}(?:(?: ?/ ?| )[\p{L}][\p{L}.'’-]{0,40}){0,3}`
const REGION = String.raw`, ?[\p{Lu}][\p{L}.]{1,14}(?: [\p{Lu}][\p{L}.]{1,30})?`
const PLACE = `${PLACE_NAME}(?:${REGION}){0,2}?`
// "(Reuters)", "(AP)", "(dpa)", "(tca/dpa)", "(ats afp)", "/PRNewswire/", "/PRNewswire-FirstCall/", "/TASS/"
const IN_BRACKETS = String.raw`\( ?(?<paren>[\p{L}][\p{L} ./&-]{0,28}[\p{L}.]) ?\)`
const IN_SLASHES = String.raw`/ ?(?<slash>[\p{L}][\p{L} .&-]{0,28}[\p{L}]) ?/`
// "Dec. 9 Kyodo -": an agency named after the date, without brackets.
const NAMED = ` (?<bare>${AGENCY})`
const DASHES = '-–—_'
const DASH = `(?:--|[${DASHES}])`
// What a close without a dash follows: an agency's bracket or slash.
const TAG_ENDS = ')/'
// The lead-in ends with a dash and a space (or the line's end), or a dash right before the first word
// ("(Reuters) -The"); right after an agency's bracket or slash also with ".", ".-" or nothing: "/TASS/. ", "(EFE).- ",
// "(ats afp) Les".
const CLOSE = String.raw`(?<close> ?${DASH}(?: |$)| ${DASH}(?=[\p{Lu}"“«])|(?<=[${TAG_ENDS}])\.?-?(?: |$))`
// The date after a comma and a space, a comma or a space, written once: the date alternation is some 3,000
// characters, and twice over it doubled the pattern's compiling on first use (bench/README.md).
const HEAD = String.raw`(?<place>${PLACE})(?:(?:,? |,)(?<date>${DATELINE_DATE}))?\.?`
const TAGGED = ` ?(?:${IN_BRACKETS}|${IN_SLASHES})`

// "SALVADOR, Feb 26 - Showers continued …", "LONDON, Nov 29 (Reuters) - …", "ATLANTA (AP) _ …",
// "NEW YORK, March 3 /PRNewswire/ -- …", "BRUSSELS, March 11 -" (alone, the body below),
// "SAITAMA, Japan, Dec. 9 Kyodo - …", "Nueva Delhi, 21 ene (EFE).- …", "MOSCOW, December 10. /TASS/. …",
// "Paris (ats afp) Les …" — not "Officials said - in private - that …" (no capitals, date or agency).
export const LEAD_IN = new RegExp(`^(?<text>${HEAD}(?:${TAGGED}|${NAMED})?)${CLOSE}`, 'u')
// Business Wire's "SAN FRANCISCO--(BUSINESS WIRE)--Acme …": the wire in brackets between double dashes.
export const WIRE_BRACKETS = new RegExp(
  String.raw`^(?<text>(?<place>${PLACE})(?:, ?(?<date>${DATELINE_DATE}))?` +
    String.raw`--\( ?(?<paren>[\p{L}][\p{L} .&-]{0,28}[\p{L}]) ?\))-- ?`,
  'u',
)

// Why the two functions below exist: V8 compiles a pattern the first time it is run, and both lead-in patterns hold
// the ~3,000-character date alternation, some 5-8 ms of compiling each, paid by every single-file run whose story
// reaches them (bench/README.md). Each is tried only on a line holding what its every match holds.

/** A character every dateline lead-in holds (CLOSE): a dash, or the bracket or slash a close without one follows. */
const CLOSE_CHAR = new RegExp(`[${DASHES}${TAG_ENDS}]`)

/** LEAD_IN, or Business Wire's lead-in, in a line that may hold one. */
export function leadInOf(line: string): RegExpExecArray | null {
  return CLOSE_CHAR.test(line) ? (LEAD_IN.exec(line) ?? wireBracketsIn(line)) : null
}

/** Business Wire's lead-in, looked for only in a line that holds its "--(". */
function wireBracketsIn(line: string): RegExpExecArray | null {
  return line.includes('--(') ? WIRE_BRACKETS.exec(line) : null
}

const AGENCY_WORDS = new Set(AGENCY_NAMES.map((name) => name.toLowerCase()))

/**
 * Whether the words in a dateline's brackets name an agency: "ats afp", "tca/dpa", "PRNewswire-AsiaNet", "Kyodo
 * JBN-AsiaNet".
 */
function namesAgency(text: string): boolean {
  return AGENCY_WORDS.has(text.toLowerCase()) || text.split(/[\s/&,.-]+/).some((w) => AGENCY_WORDS.has(w.toLowerCase()))
}

/** Splits a wire dateline lead-in off a paragraph, or returns null. `rest` is empty for a dateline alone. */
export function splitDateline(text: string): { dateline: Dateline; rest: string } | null {
  const line = tidy(text)
  const m = leadInOf(line)
  if (!m?.groups) return null
  const { groups } = m
  const location = groups.place!.trim()
  const date = groups.date?.trim() ?? null
  const agency = (groups.paren ?? groups.slash ?? groups.bare)?.trim() ?? null
  // Without a dash the lead-in ends at an agency's name, and only there: "Paris (ats afp) Les …", not "Paris (France)
  // is …".
  if (!/[-–—_]/.test(groups.close ?? '--') && !(agency && namesAgency(agency))) return null
  // A capitalised place before a dash is a dateline only when it is in capitals or comes with a date or an agency.
  const capitals = location === location.toUpperCase() && /\p{Lu}{2}/u.test(location)
  if (!capitals && !date && !agency) return null
  // A date in figures ("10/12") counts only beside an agency or a place in capitals: "Oil rose 1.5 - 2%" is no
  // dateline.
  if (date && !/\p{L}/u.test(date) && !agency && !capitals) return null
  // A place in capitals alone needs a date or an agency unless it is short: "WASHINGTON —" yes, "THE END - of it" no.
  if (!date && !agency && location.split(/\s+/).length > 3) return null
  return {
    dateline: { text: groups.text!.trim(), location, date, agency },
    rest: line.slice(m[0].length),
  }
}

/**
 * Step: the dateline that opens the first body paragraph. A dateline
 * standing alone on its line (`BRUSSELS, March 11 -`) takes the paragraph
 * below it into the same block.
 */
export function detectDateline(ctx: ParseContext): void {
  if (ctx.dateline) return
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
