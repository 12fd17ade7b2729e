// Month names and the abbreviations wire desks use: "Feb 26", "Sept. 3", "March 3";
// in lower case too, as some Reuters copy was keyed ("Lima, march 31") — not "Marching".
export const MONTH = String.raw`(?:[Jj]an(?:uary|\.)?|[Ff]eb(?:ruary|\.)?|[Mm]ar(?:ch|\.)?|[Aa]pr(?:il|\.)?|[Mm]ay|[Jj]une?|[Jj]uly?|[Aa]ug(?:ust|\.)?|[Ss]ept?(?:ember|\.)?|[Oo]ct(?:ober|\.)?|[Nn]ov(?:ember|\.)?|[Dd]ec(?:ember|\.)?)(?![\p{L}])`

export const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day|\.)?`

/** "Feb 26", "April 1", "Nov. 29, 2023", "26 February", "26. Februar", "Monday" */
export const WIRE_DATE = String.raw`(?:${MONTH}\s*\d{1,2}(?:,?\s*\d{4})?|\d{1,2}\.?\s+${MONTH}(?:\s+\d{4})?|${WEEKDAY})`

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
const FOREIGN_MONTH = `(?:${[...new Set(FOREIGN_MONTHS)]
  .sort((a, b) => b.length - a.length)
  .flatMap((m) => [`[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`, m.toUpperCase()])
  .join('|')})(?![\\p{L}])`

/** A date in figures, day and month: "10/12", "10.12.", "10/12/2024" — the year, if any, last. */
const NUMERIC_DATE = String.raw`\d{1,2}[./]\d{1,2}(?:[./](?:\d{4}|\d{2})?)?`

/**
 * A dateline's date in any of those languages too: "21 ene", "10 déc", "3. März 2025", "mars 3",
 * "10 DIC", and in figures: "10/12" ("BRUXELLES 10/12 (BELGA)").
 */
export const DATELINE_DATE = String.raw`(?:${WIRE_DATE}|\d{1,2}\.?\s+${FOREIGN_MONTH}\.?(?:\s+\d{4})?|${FOREIGN_MONTH}\.?\s+\d{1,2}(?:,?\s*\d{4})?|${NUMERIC_DATE})`
