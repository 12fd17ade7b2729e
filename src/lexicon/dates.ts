import type { Examples } from './examples.js'
import { anyOf } from './pattern-parts.js'

const MONTHS = [
  String.raw`[Jj]an(?:uary|\.)?`,
  String.raw`[Ff]eb(?:ruary|\.)?`,
  String.raw`[Mm]ar(?:ch|\.)?`,
  String.raw`[Aa]pr(?:il|\.)?`,
  '[Mm]ay',
  '[Jj]une?',
  '[Jj]uly?',
  String.raw`[Aa]ug(?:ust|\.)?`,
  String.raw`[Ss]ept?(?:ember|\.)?`,
  String.raw`[Oo]ct(?:ober|\.)?`,
  String.raw`[Nn]ov(?:ember|\.)?`,
  String.raw`[Dd]ec(?:ember|\.)?`,
]

/**
 * Month names and the abbreviations wire desks use: "Feb 26", "Sept. 3", "March 3"; in lower case
 * too, as some Reuters copy was keyed ("Lima, march 31") — not "Marching".
 */
export const MONTH = String.raw`${anyOf(MONTHS)}(?![\p{L}])`

/** @examples read by test/lexicon-examples.test.ts */
export const MONTH_EXAMPLES: Examples = {
  match: ['Feb', 'Sept.', 'March', 'march', 'Dec.', 'June'],
  noMatch: ['Marching', 'MARCH', 'Janu'],
}

/** "Mon", "Tues.", "Wednesday". */
export const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day|\.)?`

/** "Feb 26", "April 1", "Nov. 29, 2023", "26 February", "26. Februar", "Monday" */
export const WIRE_DATE = String.raw`(?:${MONTH}\s*\d{1,2}(?:,?\s*\d{4})?|\d{1,2}\.?\s+${MONTH}(?:\s+\d{4})?|${WEEKDAY})`

/** @examples read by test/lexicon-examples.test.ts */
export const WIRE_DATE_EXAMPLES: Examples = {
  match: ['Feb 26', 'April 1', 'Nov. 29, 2023', '26 February', '26. Feb', 'Monday'],
  noMatch: ['February', '2023', 'Marching 4'],
}
