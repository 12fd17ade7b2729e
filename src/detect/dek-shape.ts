import { BYLINE_LEAD } from '../lexicon/agencies.js'
import { countPieces, countText } from '../source/words.js'
import { stopwordShare } from './language.js'
import { isCreditLine } from './media.js'
import { isPageMetaText } from './meta-line.js'
import { isDateLine } from './page-date.js'
import { isNameOverOutlet } from './photographer-credit.js'

// A dek (standfirst) is a sentence or two of prose about the story: words in
// lower case between its names, dates written in words. Under a web page's
// headline other lines without a closing full stop stand where a dek would:
// the byline run together with its paper or its tags ("Lisa Roe and Tom Poe
// Marrow Bay Courier", "Ana Lima 14/06/2024 Comente! Música"), the
// header's stamp and source ("发稿时间：2024-11-05 14:20 来源：…"), the file
// name of a picture that did not load ("pier at dawn.jpg"), a picture's
// caption over its credit, the first of a list of teasers or of key points.

/** A picture's file name: the alt text a page shows for an image that did not load. */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp)$/i

/**
 * A date in figures, day, month and year ("27/09/2024", "2024-11-05", "12.03.2025", "2025年03月12日"): a page's
 * stamp. A dek writes its dates in words ("on Tuesday", "in March").
 */
const FIGURE_DATE = /(?<!\d)(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2}))(?![\d.]\d)/u

/**
 * A year ("2025") and a clock time ("06:00", "6.00 GMT", "10h30", not "$0.23") on one line: a page's stamp, in any
 * language's words.
 */
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/
const CLOCK =
  /(?<![\d.,$€£¥])\d{1,2}(?:[:h]\d{2}|\.\d{2}\s?(?:[ap]\.?m\b|uhr\b|gmt\b|bst\b|utc\b|cet\b|cest\b))(?![\d.,]\d)/iu

/** A byline's lead word and a name of two capitalised words: "Por Sam Ortiz y Ana Cole, enviados especiales". */
const LED_BY_NAME = new RegExp(String.raw`^${BYLINE_LEAD}\s\p{Lu}[\p{L}'’.-]+\s\p{Lu}`, 'u')

/**
 * A picture's credit closing a caption: a copyright sign and a name ("… on Monday © Jane Roe"), or a bracket
 * holding a slash ("… on Monday (Jane Roe/Gazette)").
 */
const CLOSING_CREDIT = /(?:©\s*\p{Lu}[^©]{0,60}|\([^()]{0,60}\/[^()]{0,60}\))$/u

/** A social media handle ("@janeroe"): the byline's, beside the author's name. */
const HANDLE = /(?<![\p{L}\p{N}_.])@[\p{L}\p{N}_]{2,}/u

/** Fewest words in a cased script before their capitals are weighed. */
const CASED_WORDS = 4
/** Lowest share of a dek's words in lower case: a title case headline has about a third, a line of names few. */
const MIN_LOWER = 0.2
/** Lowest share of function words ("and", "the", "before") in a title: a line of names and places has fewer. */
const MIN_FUNCTION_WORDS = 0.2

/**
 * Whether a line is names and labels more than prose: of its words in a cased script (four or more), fewer than
 * one in five opens in lower case. "Lisa Roe and Tom Poe Marrow Bay Courier" is; "Six weeks of work will start"
 * and a German dek with its capitalised nouns are not.
 */
export function isMostlyCapitalised(text: string): boolean {
  let cased = 0
  let lower = 0
  for (const [word] of text.matchAll(/(?<![\p{L}\p{N}@#_])\p{L}[\p{L}\p{M}'’.-]*/gu)) {
    const first = word.charAt(0)
    if (first.toLowerCase() === first.toUpperCase()) continue
    cased++
    if (first === first.toLowerCase()) lower++
  }
  return cased >= CASED_WORDS && lower / cased < MIN_LOWER
}

/**
 * Why a line under the headline is not a dek, or null when it may be one: a picture's file name, a caption closing
 * with its credit, a byline's lead word before a name, a date in figures or a year with a clock time, a social
 * media handle, names and labels (isMostlyCapitalised, with few of the `language`'s function words: "Spot Problems
 * Before They Turn Into Disasters" is a title case dek).
 */
export function notDekLine(
  text: string,
  language: string | null,
): 'image-file' | 'credit' | 'byline' | 'figure-date' | 'handle' | 'names' | null {
  if (IMAGE_FILE.test(text)) return 'image-file'
  if (CLOSING_CREDIT.test(text)) return 'credit'
  if (LED_BY_NAME.test(text)) return 'byline'
  if (HANDLE.test(text)) return 'handle'
  if (FIGURE_DATE.test(text) || (YEAR.test(text) && CLOCK.test(text))) return 'figure-date'
  if (isMostlyCapitalised(text) && stopwordShare(countText(text), language) < MIN_FUNCTION_WORDS) return 'names'
  return null
}

/** Whether a line is a picture's credit alone: "Photo: Jane Roe/AP", "Juan Ruiz/Reuters". */
export function isCreditAlone(text: string): boolean {
  return isCreditLine(text) || isNameOverOutlet(text)
}

/** "by" after a comma and before a word in lower case: "…, by most measures", Polish "…, by nowe przepisy". */
const BY_IN_PROSE = /[,;]\s+by\s+\p{Ll}/u
/** Fewest words of prose of a dek's length. */
const PROSE_WORDS = 6

/**
 * Whether a line is the header's meta (isPageMetaText), but not prose of a dek's length whose only byline is a "by"
 * in its prose ("Prices rose, by most measures, faster than wages"), which the meta test reads as "…, by Jane Roe".
 */
export function isHeaderMetaText(text: string): boolean {
  return (
    isPageMetaText(text) &&
    !(BY_IN_PROSE.test(text) && countPieces(text, PROSE_WORDS) >= PROSE_WORDS && !isDateLine(text))
  )
}
