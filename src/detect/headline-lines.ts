import { SECTION_LABEL } from '../lexicon/boilerplate.js'
import {
  BREADCRUMB_TAIL,
  CAPTION_LEAD,
  CLOCK_TIME,
  DATE_LEAD,
  JOB_LINE,
  META_LABEL,
  NAME_WITH_JOB,
  POSTED_BY,
  READING_TIME,
} from '../lexicon/page-meta.js'
import { countPieces } from '../source/words.js'
import { parseByline } from './byline.js'
import type { LabelledBlock } from './context.js'
import { isDateLine } from './page-date.js'
import { wordsIn } from './prose-shape.js'

// The tests the headline detector puts to one line: its shape, whether it
// could be a web page's headline, whether it belongs to a byline/date cluster.

export const MAX_HEADLINE_CHARS = 250
export const MAX_HEADLINE_WORDS = 35

/** Whether a block has the shape of a headline: one short line, not a running sentence cut off by a colon or comma. */
export function looksLikeHeadline(block: LabelledBlock): boolean {
  const t = block.text
  if (t.length === 0 || t.length > MAX_HEADLINE_CHARS) return false
  if (block.lines.length > 3) return false
  if (countPieces(t, MAX_HEADLINE_WORDS) > MAX_HEADLINE_WORDS) return false
  // "Mayor and council: A long rivalry;" (a headline run into its dek) is one; a wrapped clause is not.
  if (t.endsWith(',') || (t.endsWith(';') && block.lines.length > 1)) return false
  return /[\p{L}\p{N}]/u.test(t)
}

/**
 * Whether a line inside the main text ends as its prose does: a full stop, a question, an ellipsis, a colon or a
 * semicolon, perhaps before a closing quote ("… the council said.", "Is that how it should look?\""). An exclamation
 * mark is left out: headlines close with it as often as prose ("Ferry fares frozen for a year!").
 */
export function endsAsTextLine(t: string): boolean {
  return /[.?…:;]["”’']?$/.test(t)
}

/**
 * Whether a line could be a web page's headline at all: three words or more,
 * not a section label ("NEWS", "SPORTSMARROW ROVERS"), a date, a byline,
 * a breadcrumb ("Home » Column »"), a player caption or a web address.
 * "Harbour ferry fares to rise twice as fuel costs climb" is one.
 */
export function couldBeHeadline(block: LabelledBlock, isMeta: (text: string) => boolean = isMetaText): boolean {
  if (block.role !== null || block.hint !== undefined || !looksLikeHeadline(block)) return false
  const t = block.text
  if (t.length < 15) return false
  // A line without spaces (Chinese, Japanese) counts a word per two characters (prose-shape.ts wordsIn).
  const words = wordsIn(t, 5)
  return words >= 3 && isTitleText(t, words, isMeta)
}

/**
 * The text tests of `couldBeHeadline`, past the length checks; `isMeta` is isMetaText, or the answer to it
 * remembered.
 */
export function isTitleText(t: string, words: number, isMeta: (text: string) => boolean = isMetaText): boolean {
  if (SECTION_LABEL.test(t) || isBreadcrumbTail(t) || CAPTION_LEAD.test(t)) return false
  // A web address anywhere: "https://example.com/news", "Tested … More info: www.example.net/en".
  if (/https?:\/\/|\bwww\./i.test(t)) return false
  // A line wholly in brackets is a credit or an aside: "(Jill Morton / Associated Press)".
  if (/^\(.*\)$/.test(t)) return false
  if (isRowShaped(t)) return false
  // Five words or more, or not all in capitals; and no byline or date.
  return (words >= 5 || !inCapitals(t)) && !isMeta(t)
}

/** All in capitals, in a script with cases: "TOP STORIES"; not "桟橋閉鎖へ" (Chinese and Japanese have no case). */
export function inCapitals(t: string): boolean {
  return /\p{Lu}/u.test(t) && t === t.toUpperCase()
}

/**
 * A breadcrumb's last step, "Home » Column »", by its closing arrow; not a line whose "»" closes a quotation it
 * opened with "«", as French, Italian, Spanish and Russian set them: "Le maire : « Nous n'avions pas le choix »".
 */
function isBreadcrumbTail(t: string): boolean {
  if (!BREADCRUMB_TAIL.test(t)) return false
  // The last opening guillemet stands after every other closing one: the final one closes it.
  const open = Math.max(t.lastIndexOf('«'), t.lastIndexOf('‹'))
  const closeBefore = Math.max(t.lastIndexOf('»', t.length - 2), t.lastIndexOf('›', t.length - 2))
  return !(open >= 0 && closeBefore < open)
}

/**
 * A title too short for couldBeHeadline (two words, or three in under 15 characters) that the headline search takes
 * with its byline/date right under it: "About bugs" over "August 13, 2018", "All at sea" over "Hannah Colby".
 * Not a name ("Tim Galloway") and not a label in capitals ("TOP STORIES").
 */
export function isShortTitle(block: LabelledBlock): boolean {
  const t = block.text
  if (
    block.role !== null ||
    block.hint !== undefined ||
    t.length < 6 ||
    t.length > 40 ||
    countPieces(t, 4) < 2 ||
    countPieces(t, 4) > 3 ||
    !looksLikeHeadline(block)
  )
    return false
  return t !== t.toUpperCase() && !isNameOnly(t) && isTitleText(t, 2)
}

/**
 * An item of a site's menu by its shape: a label of three words at most and 25 characters at most, no sentence, no
 * byline or date ("Strona główna", "Sport", "GÜNDEM"), or a breadcrumb ("Beranda > Berita > Daerah"). Not "By Jane
 * Roe", not "4 March 2025".
 */
export function isMenuItem(block: LabelledBlock): boolean {
  const t = block.text
  if (block.hint !== undefined || isMetaLine(block)) return false
  if (SECTION_LABEL.test(t) || BREADCRUMB_STEPS.test(t)) return true
  return t.length <= 25 && wordsIn(t, 4) <= 3 && !/[.!?:;,]$/.test(t) && /\p{L}/u.test(t)
}

/** A byline, a date or a "5 min read" line: the cluster a headline sits on. */
export function isMetaText(t: string): boolean {
  return (
    /^by\s/i.test(t) ||
    BY_AFTER_SEPARATOR.test(t) ||
    POSTED_BY.test(t) ||
    NAME_WITH_JOB.test(t) ||
    JOB_LINE.test(t) ||
    META_LABEL.test(t) ||
    DATE_LEAD.test(t) ||
    CLOCK_TIME.test(t) ||
    READING_TIME.test(t) ||
    isDateLine(t) ||
    parseByline(t) !== null
  )
}

// "By Jane Roe", "Photos | by: Jane Roe", "Jane Roe, by John Doe".
const BY_AFTER_SEPARATOR = /(?:^|[|·•,]\s*)by:?\s+\p{Lu}/iu

export function isMetaLine(block: LabelledBlock | undefined): boolean {
  return !!block && (block.role === 'byline' || isMetaText(block.text))
}

// A kicker in capitals right above a headline: "APPLE", "AUTO NEWS". Not "BREAKING NEWS: Chelsea sign keeper" (a
// headline itself).
export const CAPS_KICKER = /^[\p{Lu}\p{N}&'’.-]+(?:\s[\p{Lu}\p{N}&'’.-]+){0,2}$/u

// A name on its own is two to four capitalised words, not opened by a determiner or question word.
// Two patterns rather than one with a lookahead: without it the ReDoS checker (test/redos.test.ts)
// proves the shape linear; with it, it fell back to fuzzing, whose verdict changed with the machine's load.
const NAME_SHAPE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u
const OPENS_WITH_FUNCTION_WORD = /^(?:The|A|An|How|Why|What|When|Where|Who|This|These|Our|My|Your|In|On|At|Is|Are)\s/u

/** A name on its own: "Adam Reed Colby". Not "The Budget Countdown", not "Why Markets Fell". */
export function isNameOnly(t: string): boolean {
  return NAME_SHAPE.test(t) && !OPENS_WITH_FUNCTION_WORD.test(t)
}

/**
 * One word over a headline, a kicker: "World", "Opinion". Not a line of
 * Chinese or Japanese, which is written without spaces: "商品の改造が商標法違反に！？".
 */
export function isOneWordKicker(t: string): boolean {
  return !/\s/.test(t) && t.length <= 20 && !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(t)
}

// A row of a table, a list or a program by its shape, never a title: cells between two column rules or more
// ("404 │ 2024-03-01 │ 15"), a breadcrumb of three steps or more ("首页 >> 新闻 >> 正文"), three bracketed
// links or more
// ("[Docs] [PDF] [Tracker]"), a list bullet, a line of code closing with ");", "{" or "}" ("run(x); // []"). Not a
// headline run into its dek with a semicolon: "Mayor and council: A long rivalry;".
const COLUMN_RULES = /[|│┃\t][^|│┃\t]*[|│┃\t]/u
const BREADCRUMB_STEPS = /\s(?:>>?|»|›)\s.*\s(?:>>?|»|›)\s/u
const BRACKETED = /\[[^[\]]*\]/gu
const LIST_BULLET = /^[•·▪◦‣]\s/u

/** Whether a line is a row of a table, a link bar, a list or a program rather than a title (see the patterns above). */
export function isRowShaped(t: string): boolean {
  return (
    COLUMN_RULES.test(t) ||
    BREADCRUMB_STEPS.test(t) ||
    (t.match(BRACKETED)?.length ?? 0) >= 3 ||
    LIST_BULLET.test(t) ||
    closesLikeCode(t)
  )
}

/**
 * A line of code by its close: ");", "{" or "}", before a comment ("run(x); // []"). Narrower than code-line.ts's
 * isCodeLine on purpose: a headline run into its dek ends in a bare ";" ("Mayor and council: A long rivalry;").
 */
function closesLikeCode(t: string): boolean {
  const comment = t.indexOf('//')
  const code = (comment >= 0 ? t.slice(0, comment) : t).trimEnd()
  return code.endsWith('{') || code.endsWith('}') || (code.endsWith(';') && code.slice(0, -1).trimEnd().endsWith(')'))
}

/** A section's number opening a line: "5.3 ", "3.7.1 ", "2. ". */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})*\.?\s/u
/** A number of two levels or more: "5.3 ", "3.7.1 ". */
const SUBSECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})+\.?\s/u

/**
 * Whether a line is an entry of a table of contents: it opens with a section's number and so does the line
 * right above or below it, one of the two a subsection's ("5.2 Local groups" over "5.3 Conferences and events").
 * A contents list or a numbered outline is never the page's title; "3.5 million homes lose power" alone is a
 * headline.
 */
export function isContentsEntry(text: string, neighbours: ReadonlyArray<string | undefined>): boolean {
  if (!SECTION_NUMBER.test(text)) return false
  return neighbours.some(
    (n) => n !== undefined && SECTION_NUMBER.test(n) && (SUBSECTION_NUMBER.test(n) || SUBSECTION_NUMBER.test(text)),
  )
}
