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
import { isDateLine } from './boilerplate.js'
import { parseByline } from './byline.js'
import type { LabelledBlock } from './context.js'

// The tests the headline detector puts to one line: its shape, whether it
// could be a web page's headline, whether it belongs to a byline/date cluster.

export const MAX_HEADLINE_CHARS = 250
export const MAX_HEADLINE_WORDS = 35

/**
 * Whether `text` closes with one of the characters of `stops`, followed (when `quoted`) perhaps by a closing
 * quote: `/[stops]["”’']?$/` (or `/[stops]$/`) read back from the end. The regex looks for a stop all through
 * the text; the headline search asks this of most lines above the text.
 */
export function closesWith(text: string, stops: string, quoted: boolean): boolean {
  let end = text.length - 1
  if (quoted && isClosingQuote(text.charCodeAt(end))) end--
  if (end < 0) return false
  const c = text.charCodeAt(end)
  for (let k = 0; k < stops.length; k++) if (stops.charCodeAt(k) === c) return true
  return false
}

/** `"`, `”`, `’` or `'`. */
const isClosingQuote = (c: number): boolean => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27

/** Whether a block has the shape of a headline: one short line, not a running sentence cut off by a colon or comma. */
export function looksLikeHeadline(block: LabelledBlock): boolean {
  const t = block.text
  if (t.length === 0 || t.length > MAX_HEADLINE_CHARS) return false
  if (block.lines.length > 3) return false
  if (countPieces(t, MAX_HEADLINE_WORDS) > MAX_HEADLINE_WORDS) return false
  // "Netanyahu and Obama: A tortured relationship;" (a headline run into its dek) is one; a wrapped clause is not.
  if (closesWith(t, ',', false) || (closesWith(t, ';', false) && block.lines.length > 1)) return false
  return /[\p{L}\p{N}]/u.test(t)
}

/**
 * Whether a line could be a web page's headline at all: three words or more,
 * not a section label ("NEWS", "SPORTSMINNESOTA WILD"), a date, a byline,
 * a breadcrumb ("Home » Column »"), a player caption or a web address.
 * "Zach Parise heating up, scores twice as Wild beat Sabres 4-1" is one.
 */
export function couldBeHeadline(block: LabelledBlock): boolean {
  return couldBeHeadlineUnlessMeta(block) && !isMetaText(block.text)
}

/** `couldBeHeadline` but for its `isMetaText` test, which the headline search has often answered already (for the line under another candidate). */
export function couldBeHeadlineUnlessMeta(block: LabelledBlock): boolean {
  if (block.role !== null || block.hint !== undefined || !looksLikeHeadline(block)) return false
  const t = block.text
  if (t.length < 15) return false
  const words = countPieces(t, 5)
  if (words < 3) return false
  return isTitleTextUnlessMeta(t, words)
}

/** The text tests of `couldBeHeadline`, past the length checks. */
export function isTitleText(t: string, words: number): boolean {
  return isTitleTextUnlessMeta(t, words) && !isMetaText(t)
}

function isTitleTextUnlessMeta(t: string, words: number): boolean {
  if (
    (mayBeSectionLabel(t) && SECTION_LABEL.test(t)) ||
    (mayCloseBreadcrumb(t) && BREADCRUMB_TAIL.test(t)) ||
    CAPTION_LEAD.test(t)
  )
    return false
  // A web address anywhere: "https://example.com/news", "Tested … More info: www.example.net/en".
  if (/https?:\/\/|\bwww\./i.test(t)) return false
  // A line wholly in brackets is a credit or an aside: "(Jacquelyn Martin / Associated Press)".
  if (/^\(.*\)$/.test(t)) return false
  // Five words or more, or not all in capitals (the count first: it costs no copy of the text).
  return words >= 5 || t !== t.toUpperCase()
}

/**
 * Whether a line could be a SECTION_LABEL, as each of its alternatives needs:
 * three words at most (a label in capitals, or "Home World News"), a
 * separator (a breadcrumb), or "Home" first ("Home News Sport Weather").
 * Most headlines are none of these.
 */
export function mayBeSectionLabel(t: string): boolean {
  return countPieces(t, 3) <= 3 || BREADCRUMB_SEPARATOR.test(t) || t.startsWith('Home')
}
const BREADCRUMB_SEPARATOR = /[>›»|/]/

/** Whether a line could be a BREADCRUMB_TAIL: it closes with its separator. */
export function mayCloseBreadcrumb(t: string): boolean {
  const last = t.charCodeAt(t.length - 1)
  return last === 0x3e || last === 0x203a || last === 0xbb
}

/**
 * A two-word title with its byline/date right under it: "About bugs" over "August 13, 2018".
 * Not a name ("Tom Gillespie") and not a label in capitals ("TOP STORIES").
 */
export function isShortTitle(block: LabelledBlock): boolean {
  const t = block.text
  if (
    block.role !== null ||
    block.hint !== undefined ||
    t.length < 6 ||
    t.length > 40 ||
    countPieces(t, 2) !== 2 ||
    !looksLikeHeadline(block)
  )
    return false
  return t !== t.toUpperCase() && !isNameOnly(t) && isTitleText(t, 2)
}

/** A byline, a date or a "5 min read" line: the cluster a headline sits on. */
export function isMetaText(t: string): boolean {
  // Cheap tests before the patterns that search the whole line: a time, a reading time and a date stamp
  // (isDateLine tests the same) each hold a digit; a "by" is the line's first word or follows a separator or comma.
  // The patterns anchored at the start are tried only on a line opening with a letter (either case) one of their words opens with.
  const digit = DIGIT.test(t)
  const first = t.charCodeAt(0) | 0x20
  return (
    (first === 0x62 && /^by\s/i.test(t)) ||
    (mayHoldBy(t) && BY_AFTER_SEPARATOR.test(t)) ||
    (opensWithOneOf(first, POSTED_BY_OPENINGS) && POSTED_BY.test(t)) ||
    // A name with a job holds a comma, a job line closes with the job or a handle.
    (t.includes(',') && closesWithJobWord(t) && NAME_WITH_JOB.test(t)) ||
    (mayCloseWithJob(t) && JOB_LINE.test(t)) ||
    (opensWithOneOf(first, META_LABEL_OPENINGS) && META_LABEL.test(t)) ||
    (digit && DATE_LEAD.test(t)) ||
    (digit && t.includes(':') && CLOCK_TIME.test(t)) ||
    (digit && READING_TIME.test(t)) ||
    (digit && isDateLine(t)) ||
    parseByline(t) !== null
  )
}

const DIGIT = /\d/
// The first letters of POSTED_BY's words (posted, written, published, words, story, tested, reviewed, analysis, opinion, commentary, photos)
// and META_LABEL's (authors, publish, updated, posted, date, written): both are `i` patterns without `u`, so only ASCII letters match them.
const POSTED_BY_OPENINGS = 'pwstraoc'
const META_LABEL_OPENINGS = 'apudw'

/** Whether `first` (a code unit | 0x20) is one of the lower-case `letters`. */
function opensWithOneOf(first: number, letters: string): boolean {
  for (let k = 0; k < letters.length; k++) if (letters.charCodeAt(k) === first) return true
  return false
}
// "By Jane Roe", "Photos | by: Jane Roe", "Jane Roe, by John Doe".
const BY_AFTER_SEPARATOR = /(?:^|[|·•,]\s*)by:?\s+\p{Lu}/iu
const SEPARATOR_OR_COMMA = /[|·•,]/

/** Whether BY_AFTER_SEPARATOR could match: the line opens with "b" (no other letter folds to it) or holds a separator or a comma. */
function mayHoldBy(t: string): boolean {
  return (t.charCodeAt(0) | 0x20) === 0x62 || SEPARATOR_OR_COMMA.test(t)
}

/** Whether a line could be a JOB_LINE: it closes with "r" or "t" (writer, correspondent, editor, reporter, columnist, contributor) or holds an "@" (a handle). */
function mayCloseWithJob(t: string): boolean {
  const last = t.charCodeAt(t.length - 1) | 0x20
  return last === 0x72 || last === 0x74 || t.includes('@')
}

/** Whether a line could be a NAME_WITH_JOB: it closes with "r", "t" or "f" (those jobs and "staff"; no other letter folds to these). */
function closesWithJobWord(t: string): boolean {
  const last = t.charCodeAt(t.length - 1) | 0x20
  return last === 0x72 || last === 0x74 || last === 0x66
}

export function isMetaLine(block: LabelledBlock | undefined): boolean {
  return !!block && (block.role === 'byline' || isMetaText(block.text))
}

// A kicker in capitals right above a headline: "APPLE", "AUTO NEWS". Not "BREAKING NEWS: Chelsea sign keeper" (a headline itself).
export const CAPS_KICKER = /^[\p{Lu}\p{N}&'’.-]+(?:\s[\p{Lu}\p{N}&'’.-]+){0,2}$/u

// A name on its own is two to four capitalised words, not opened by a determiner or question word.
// Two patterns rather than one with a lookahead: without it the ReDoS checker (test/redos.test.ts)
// proves the shape linear; with it, it fell back to fuzzing, whose verdict changed with the machine's load.
const NAME_SHAPE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u
const OPENS_WITH_FUNCTION_WORD = /^(?:The|A|An|How|Why|What|When|Where|Who|This|These|Our|My|Your|In|On|At|Is|Are)\s/u

/** A name on its own: "Adam Clark Estes". Not "The Impeachment Clock", not "Why Markets Fell". */
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
