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
// Months as agencies abbreviate them in other languages, in lower case: Spanish "21 ene (EFE)",
// French "10 déc (Belga)", German "3. März", Italian "5 mag", Portuguese "2 fev", Dutch "4 okt".
const FOREIGN_MONTHS = [
  'enero',
  'ene',
  'febrero',
  'abril',
  'abr',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'ago',
  'septiembre',
  'setiembre',
  'octubre',
  'noviembre',
  'diciembre',
  'dic',
  'janvier',
  'janv',
  'février',
  'févr',
  'fév',
  'mars',
  'avril',
  'avr',
  'mai',
  'juin',
  'juillet',
  'juil',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
  'déc',
  'januar',
  'jän',
  'februar',
  'märz',
  'mär',
  'juni',
  'juli',
  'oktober',
  'okt',
  'dezember',
  'dez',
  'gennaio',
  'gen',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'mag',
  'giugno',
  'giu',
  'luglio',
  'lug',
  'settembre',
  'set',
  'ottobre',
  'ott',
  'novembre',
  'dicembre',
  'janeiro',
  'fevereiro',
  'fev',
  'março',
  'maio',
  'junho',
  'julho',
  'outubro',
  'out',
  'dezembro',
  'januari',
  'februari',
  'maart',
  'mei',
  'augustus',
]

/** The foreign months, longest first, each opening in either case or in capitals: `[Dd]éc`, `DÉC` … */
const FOREIGN_MONTH = `${anyOf(
  [...new Set(FOREIGN_MONTHS)]
    .sort((a, b) => b.length - a.length)
    .flatMap((m) => [`[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`, m.toUpperCase()]),
)}(?![\\p{L}])`

/** A date in figures, day and month: "10/12", "10.12.", "10/12/2024" — the year, if any, last. */
const NUMERIC_DATE = String.raw`\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2})?)?`

/**
 * A dateline's date in any of those languages too: "21 ene", "10 déc", "3. März 2025", "mars 3",
 * "10 DIC", and in figures: "10/12" ("BRUXELLES 10/12 (BELGA)").
 */
export const DATELINE_DATE =
  String.raw`(?:${WIRE_DATE}|\d{1,2}\.?\s+${FOREIGN_MONTH}\.?(?:\s+\d{4})?` +
  String.raw`|${FOREIGN_MONTH}\.?\s+\d{1,2}(?:,?\s*\d{4})?|${NUMERIC_DATE})`

/** @examples read by test/lexicon-examples.test.ts */
export const DATELINE_DATE_EXAMPLES: Examples = {
  match: ['Feb 26', 'Dec. 1, 2020', '21 ene', '10 déc', '10 DIC', '3. März 2025', 'mars 3', '10/12', '10.12.2024'],
  noMatch: ['February', 'déc', '2024', 'Marching 4', '1,944'],
}
