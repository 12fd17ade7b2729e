// Words and punctuation of a paragraph with their offsets, and the sentence boundaries between them.
import { isLetterOrDigit, isSpace } from '../source/chars.js'

export interface Token {
  /** The word without a trailing dot ("Sen." → "Sen"), or the punctuation character. */
  t: string
  lower: string
  start: number
  end: number
  word: boolean
  /** A word that ended with a dot (an abbreviation, or a sentence end). */
  dot: boolean
  cap: boolean
}

// A word may hold inner apostrophes, dots, hyphens and ampersands: "Garland’s", "U.S.", "right-hand", "AT&T",
// and keeps one trailing dot (an abbreviation's or a full stop). Any other non-space character is a token alone.
//
// Why a hand-written scan: it reads exactly what the regex
// `[\p{L}\p{N}]+(?:[’'.&-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]` (global, Unicode) matches, and the quotes step
// tokenises every quoted paragraph and every paragraph a name is looked up in, where a regex with Unicode property
// classes is slow (measured in the commit that kept this scan). test/quotes-tokens.test.ts holds it to the regex.
const UPPER = /^\p{Lu}/u
// ’ ' . & -
const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2e || c === 0x2d || c === 0x2019 || c === 0x26
const SPACE_KIND = 0
const ALNUM_KIND = 1
const OTHER_KIND = 2
// ASCII: tab to carriage return and the space are spaces; digits and Latin letters are word characters.
const ASCII_KIND = Array.from({ length: 128 }, (_, c) =>
  (c >= 0x09 && c <= 0x0d) || c === 0x20
    ? SPACE_KIND
    : (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
      ? ALNUM_KIND
      : OTHER_KIND,
)

/** The kind of the code point at `i` and its length in code units. */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 128) return ASCII_KIND[c]!
  const cp = text.codePointAt(i)!
  return isLetterOrDigit(cp) ? ALNUM_KIND : isSpace(cp) ? SPACE_KIND : OTHER_KIND
}
const widthAt = (text: string, i: number): number => (text.codePointAt(i)! > 0xffff ? 2 : 1)

// Set by alnumRun: the run held a capital or a non-ASCII letter, so its lower-case form must be computed.
let mixed = false

/** Index after the run of word characters starting at `i`. */
function alnumRun(text: string, i: number, end: number): number {
  let j = i
  while (j < end) {
    const c = text.charCodeAt(j)
    if (c < 128) {
      if (ASCII_KIND[c] !== ALNUM_KIND) return j
      if (c <= 0x5a && c >= 0x41) mixed = true
      j++
    } else if (kindAt(text, j) === ALNUM_KIND) {
      mixed = true
      j += widthAt(text, j)
    } else return j
  }
  return j
}

/** The words and punctuation of `text`, with their offsets. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const code = text.charCodeAt(i)
    const kind = code < 128 ? ASCII_KIND[code]! : kindAt(text, i)
    if (kind === SPACE_KIND) {
      i += code < 128 ? 1 : widthAt(text, i)
      continue
    }
    const width = code < 128 ? 1 : widthAt(text, i)
    if (kind === OTHER_KIND) {
      const t = text.slice(i, i + width)
      out.push({
        t,
        lower: code < 128 ? t : t.toLowerCase(),
        start: i,
        end: i + width,
        word: false,
        dot: false,
        cap: false,
      })
      i += width
      continue
    }
    mixed = false
    let j = alnumRun(text, i, n)
    while (j + 1 < n && isJoiner(text.charCodeAt(j)) && kindAt(text, j + 1) === ALNUM_KIND) j = alnumRun(text, j + 1, n)
    const dot = j < n && text.charCodeAt(j) === 0x2e
    // As before the scan: a word is one whose first code unit is a letter or digit (not a surrogate half).
    const word = width === 1
    const t = text.slice(i, j)
    if (dot) j++
    const cap = word && (code < 128 ? code >= 0x41 && code <= 0x5a : UPPER.test(t))
    if (word) out.push({ t, lower: mixed ? t.toLowerCase() : t, start: i, end: j, word, dot, cap })
    else {
      const raw = text.slice(i, j)
      out.push({ t: raw, lower: raw.toLowerCase(), start: i, end: j, word, dot: false, cap: false })
    }
    i = j
  }
  return out
}

// Abbreviations whose dot does not end a sentence: "Sen. Marco Ferrante", "Dec. 8", "U.S. officials".
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'sens',
  'rep',
  'reps',
  'gov',
  'gen',
  'lt',
  'col',
  'capt',
  'sgt',
  'adm',
  'cmdr',
  'maj',
  'st',
  'jr',
  'sr',
  'rev',
  'no',
  'vs',
  'etc',
  'inc',
  'co',
  'corp',
  'ltd',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'messrs',
])

/** The first index in [from, to) whose token passes `test`, or -1. */
export function firstIndex(tokens: readonly Token[], from: number, to: number, test: (t: Token) => boolean): number {
  const end = Math.min(to, tokens.length)
  for (let i = Math.max(from, 0); i < end; i++) if (test(tokens[i]!)) return i
  return -1
}

/** Whether a sentence ends after token `i`. */
export function endsSentence(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!
  const next = tokens[i + 1]
  if (tok.word) {
    if (!tok.dot) return false
    if (ABBREVIATIONS.has(tok.lower) || /^\p{L}$/u.test(tok.t) || tok.t.includes('.')) return false
    // "of Dover, Del., who called": a dot before a comma ends no sentence.
    return !next || next.cap || (!next.word && next.t !== ',' && next.t !== ';' && next.t !== ')')
  }
  return (tok.t === '?' || tok.t === '!' || tok.t === '.') && (!next || next.cap || !next.word)
}

export const WEEKDAYS_MONTHS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'today',
  'yesterday',
  'tonight',
])
