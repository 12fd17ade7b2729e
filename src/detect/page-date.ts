import {
  AGO_WORDS,
  CJK_DATE_CHARS,
  CJK_DATE_LABELS,
  MONTH_NAMES,
  STAMP_WORDS,
  TIME_UNITS,
  WEEKDAY_NAMES,
} from '../lexicon/page-dates.js'
import { answerOncePerLine } from './answer-once-per-line.js'

// Date and time stamps on web pages, told by shape in any of the lexicon's
// languages: a line whose words are all numbers, month and weekday names,
// the words stamps are written with and the units of a relative time, with
// at least one real date or time among them ("Publié le 13 mars 2017",
// "Aktualisiert am 12.03.2020 09:14", "há 2 horas", "2019年2月13日").

/** What one word of a line is, as far as stamps go. */
type Kind = 'number' | 'month' | 'weekday' | 'stamp' | 'unit' | 'ago' | 'cjk' | 'other'

interface Word {
  text: string
  start: number
  end: number
  kind: Kind
  /** Written in brackets: "January (11)" is an archive's count, not a date. */
  bracketed: boolean
}

const MONTHS = new Set(MONTH_NAMES)
const WEEKDAYS = new Set(WEEKDAY_NAMES)
const STAMPS = new Set(STAMP_WORDS)
const UNITS = new Set(TIME_UNITS)
const AGO = new Set(AGO_WORDS)
const CJK_WORD = new RegExp(`^[\\d${CJK_DATE_CHARS}]+$`, 'u')
const CJK_LABELS = new Set(CJK_DATE_LABELS)

/** A clock time alone, no "am", zone or date: a video's length ("00:50", "1:22:03") as often as a time of day. */
const BARE_CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/

/** Longest line read as a stamp: "Updated 10:17 PM EST, Tue March 4, 2025" is 43 characters. */
export const MAX_STAMP = 100

// A date or a time written with digits: "12.03.2020", "2019-02-15", "12/19/16", "09:14", "4:08pm", "07h19",
// "2019-11-18T20:51:19Z"; a number glued to its unit ("5h", "3d", "10min"); a CJK date ("2019年2月13日",
// "1時間前").
const NUMERIC_DATE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/
const CLOCK = /^\d{1,2}(?::\d{2}|h\d{2})(?::\d{2})?(?:[ap]\.?m\.?)?$|^\d{1,2}[ap]\.?m\.?$/
const GLUED_UNIT = /^\d{1,3}(?:h|hr|hrs|m|min|mins|d|w|mo|y)$/
const CJK_DATE = new RegExp(`\\d\\s*[${CJK_DATE_CHARS}]`, 'u')

/** Words of a line, each with its kind; a name glued to a date ("PressDecember 2") is read as two words. */
const wordsOf = answerOncePerLine(readWords)

/** The words of a line as the stamp tests read them (wordsOf, before it remembers them). */
export function readWords(text: string): Word[] {
  const out: Word[] = []
  // Words run between spaces and separators; a colon splits them too, but for a clock's ("9:14", "4:08pm").
  for (const m of text.matchAll(/(?:\d{1,2}(?::\d{2}){1,2}(?![\d:])|[^\s,|·•–—()[\]:;])+/gu)) {
    let from = m.index
    // Split "PressDecember" (lower case then upper case) and "GMT1 day ago" (letters then a digit) so the stamp is
    // seen.
    for (const part of m[0].split(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{L}{2})(?=\d)/u)) {
      const start = from
      from += part.length
      const bare = part.replace(/^[^\p{L}\p{N}]+/u, '').replace(/(?<![^\p{L}\p{N}])[^\p{L}\p{N}]+$/u, '')
      if (bare) out.push({ text: bare, start, end: from, kind: kindOf(bare), bracketed: text[m.index - 1] === '(' })
    }
  }
  return out
}

// A word of digits that may stand in a stamp: a date, a time, a number (perhaps an ordinal: "29th", "1er", "3."),
// a zone's offset ("UTC+0000"), a number glued to its unit ("5h", "32M"), a CJK date.
const STAMP_NUMBER =
  /^(?:[\d./:-]+(?:[ap]\.?m\.?|h\d*|t[\d:.]+z?|z|st|nd|rd|th|er|e|º|ª)?|(?:utc|gmt)?[+-]\d{1,4}(?::\d{2})?)$/

function kindOf(word: string): Kind {
  const w = word.toLowerCase()
  if (/\d/.test(w)) return CJK_WORD.test(w) || STAMP_NUMBER.test(w) || GLUED_UNIT.test(w) ? 'number' : 'other'
  if (MONTHS.has(w)) return 'month'
  if (WEEKDAYS.has(w)) return 'weekday'
  if (UNITS.has(w)) return 'unit'
  if (AGO.has(w)) return 'ago'
  if (STAMPS.has(w)) return 'stamp'
  if (CJK_WORD.test(w) || CJK_LABELS.has(w)) return 'cjk'
  return 'other'
}

/** A number that may stand by a month name: a day (1 to 31, "29th", "1er") or a year ("2016"). */
const DAY_OR_YEAR = /^(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|º|ª)?$|^(?:1[89]|20)\d\d$/

/**
 * Whether words `from` to `to` (exclusive) hold a real date or time: a numeric date, a clock time, a month by a number,
 * a number and unit of a relative time, a CJK date.
 */
function holdsDate(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = words[i]!
    if (w.kind !== 'number') continue
    const t = w.text.toLowerCase()
    if (NUMERIC_DATE.test(t) || CLOCK.test(t) || CJK_DATE.test(t)) return true
    if (GLUED_UNIT.test(t) && hasAgo(words, from, to)) return true
    const next = i + 1 < to ? words[i + 1]!.kind : null
    if (besideMonth(words, i, from, to) && DAY_OR_YEAR.test(t) && !w.bracketed) return true
    // A relative time needs its "ago" ("3 hours ago", "vor 3 Stunden"): "60 Minutes" is a programme. CJK writes it in
    // the word after.
    if ((next === 'unit' && hasAgo(words, from, to)) || next === 'cjk') return true
  }
  return false
}

/**
 * Whether a month name stands next to word `i`, or one word away across "de", "of" ("4 de marzo de 2020", "4th of
 * July").
 */
function besideMonth(words: readonly Word[], i: number, from: number, to: number): boolean {
  const at = (k: number): Kind | null => (k >= from && k < to ? words[k]!.kind : null)
  return (
    at(i - 1) === 'month' ||
    at(i + 1) === 'month' ||
    (at(i - 1) === 'stamp' && at(i - 2) === 'month') ||
    (at(i + 1) === 'stamp' && at(i + 2) === 'month')
  )
}

function hasAgo(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i]!.kind === 'ago') return true
  return false
}

/** Whether words `from` to `to` are all a stamp's words and hold a date. */
function isStamp(words: readonly Word[], from: number, to: number): boolean {
  if (from >= to) return false
  for (let i = from; i < to; i++) if (words[i]!.kind === 'other') return false
  return holdsDate(words, from, to)
}

/**
 * A line that is only a date or time stamp: "Updated 2:41 am EST, Thursday, March 6, 2025",
 * "Publié le 13 mars 2017", "Aktualisiert am 12.03.2020 09:14", "3 hours ago", "há 2 horas",
 * "2019.04.19 20:00", "公開日 2019年2月13日", "1 時間前". Not "On November 20 the council voted to close the
 * plant.",
 * not a clock alone ("00:50", a video's length).
 */
export function isDateLine(text: string): boolean {
  if (text.length > MAX_STAMP || !/\d/.test(text) || !edgeMayBeStamp(text, 'last')) return false
  const words = wordsOf(text)
  return isStamp(words, 0, words.length) && !(words.length === 1 && BARE_CLOCK.test(words[0]!.text))
}

/**
 * Where a stamp that ends a line begins, or -1: "By Nora E. Quillan March 14, 2025" → 19,
 * "Sam Okafor 1 day ago" → 11, "Associated PressMarch 3, 2025" → 16. The words before it must not be a stamp too.
 */
export function trailingStampAt(text: string): number {
  if (!/\d/.test(text) || !edgeMayBeStamp(text, 'last')) return -1
  const words = wordsOf(text)
  for (let k = 1; k < words.length; k++) if (isStamp(words, k, words.length)) return words[k]!.start
  return -1
}

/** Where a stamp that opens a line ends, or -1: "December 11, 2024 by Petra Lindqvist" → 17. */
export function leadingStampEnd(text: string): number {
  if (!/\d/.test(text) || !edgeMayBeStamp(text, 'first')) return -1
  const words = wordsOf(text)
  for (let k = words.length - 1; k > 0; k--) if (isStamp(words, 0, k)) return words[k - 1]!.end
  return -1
}

/**
 * Whether a line's last (or first) word may be a stamp's: not when it is an ordinary word ("other"). Read from the
 * words after the line's last space (before its first): a space never falls inside a word, so they are the line's
 * last (first) words as readWords reads the whole line. Why: a stamp ends (opens) a line only if that word is one
 * of its own, most lines asked about are sentences ending in an ordinary word, and reading all their words was
 * the costliest part of the header cluster's questions (bench/README.md). Held to the whole line's reading by
 * test/detect-page-date.test.ts.
 */
export function edgeMayBeStamp(text: string, edge: 'first' | 'last'): boolean {
  const cut = edge === 'last' ? text.lastIndexOf(' ') : text.indexOf(' ')
  if (cut < 0) return true
  const words = readWords(edge === 'last' ? text.slice(cut) : text.slice(0, cut))
  const word = edge === 'last' ? words.at(-1) : words[0]
  return word === undefined || word.kind !== 'other'
}
