import { STOPWORDS } from '../lexicon/stopwords/index.js'
import { isLetter, isLetterOrDigit, isSeparator, isSpace } from './chars.js'

// The words of a text, as every step counts them. There are two kinds:
// - words for the stopword lists: letters, joined by an inner apostrophe or
//   hyphen ("don't", "well-known"), in the text's lower case; the share of
//   stopwords among them names a language and tells prose from menus;
// - words for the Article's count: letters and digits, joined by ' ’ . or -
//   ("U.S", "3.5", "2024’s"), where a figure is a word too.
// The two patterns below say what they are; `countText` counts both, and the
// rest the steps read of a text, in one scan.

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu
const ARTICLE_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

/** The languages with a stopword list, in the order ties between them are broken. */
export const LANGUAGES: readonly string[] = Object.keys(STOPWORDS)

/** What the steps read of a text's words and characters. */
export interface TextCounts {
  /** The text counted. */
  text: string
  /** Words for the stopword lists. */
  words: number
  /** Of those, the stopwords of each language (in LANGUAGES order), and of any. */
  stopwords: number[]
  anyStopwords: number
  /** Words for the Article's count. */
  articleWords: number
  /** Letters (`\p{L}`), in code points. */
  letters: number
  /** Code units that are not white space. */
  visible: number
  /** Menu separators (| • · » ›). */
  separators: number
}

/** For each stopword, the languages whose lists hold it, by their place in LANGUAGES ("in": en, de, it, nl). */
const LISTS_HOLDING = new Map<string, number[]>()
LANGUAGES.forEach((code, k) => {
  for (const word of new Set(STOPWORDS[code])) LISTS_HOLDING.set(word, [...(LISTS_HOLDING.get(word) ?? []), k])
})

/**
 * The lower-cased words of a text for the stopword lists: "Don't stop—2 well-known O’Neills" → don't, stop,
 * well-known, o’neills.
 */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}

/** How many words a text has for the Article's count: "It's a well-known U.S. firm, 3.5 times" has 7. */
export function countWords(text: string): number {
  return text.match(ARTICLE_WORD)?.length ?? 0
}

/** `countText` the plain way, by the patterns: what the scan gives, and how texts it cannot read are counted. */
export function countPlainly(text: string): TextCounts {
  const words = wordsOf(text)
  const counts: TextCounts = {
    text,
    words: words.length,
    stopwords: LANGUAGES.map(() => 0),
    anyStopwords: 0,
    articleWords: countWords(text),
    letters: text.match(/\p{L}/gu)?.length ?? 0,
    visible: text.replace(/\s/g, '').length,
    separators: text.match(/[|•·»›]/g)?.length ?? 0,
  }
  for (const word of words) {
    const lists = LISTS_HOLDING.get(word)
    if (!lists) continue
    counts.anyStopwords++
    for (const k of lists) counts.stopwords[k]!++
  }
  return counts
}

// The scan. Every block of every story is counted, for the language step, the paragraph
// scorer and the Article's word count, and counting them is a large part of the parse:
// done the plain way, or with each word cut out of the text to be looked up in
// LISTS_HOLDING, the whole parse was much slower (bench/README.md). So each word
// is looked up as it is read, by a key made of its letters, in a table of the stopwords'
// keys: every character of the lists has a small code (1 to 62), any other letter
// NOT_IN_LISTS; a word's key is its codes, six bits each, five letters to a number (`lo`,
// then `hi`): the same key for the same lower case, and no two stopwords share one.
const LONGEST = Math.max(...[...LISTS_HOLDING.keys()].map((w) => w.length))
const LIST_CHARS = [...new Set([...LISTS_HOLDING.keys()].join(''))].map((ch) => ch.charCodeAt(0))
const NOT_IN_LISTS = 63
const PER_NUMBER = 5
if (LIST_CHARS.length >= NOT_IN_LISTS || LONGEST > 2 * PER_NUMBER)
  throw new Error('words: the stopword keys hold 62 characters and 10 letters at most')
if (LIST_CHARS.some((c) => !isLetter(c))) throw new Error('words: a stopword holds a character that is not a letter')
const LETTER_CODE = new Map(LIST_CHARS.map((c, i) => [c, i + 1]))

/** The key of a word already in lower case, as the scan makes it letter by letter. */
function keyOf(word: string): [number, number] {
  let lo = 0
  let hi = 0
  for (let i = 0; i < word.length; i++) {
    const code = LETTER_CODE.get(word.charCodeAt(i))!
    if (i < PER_NUMBER) lo = lo * 64 + code
    else hi = hi * 64 + code
  }
  return [lo, hi]
}

// The stopwords' keys, in a table with open addressing (at most 40% full): a slot holds a key,
// and which list of LISTS the languages of its stopword are (+1; 0 for an empty slot).
const LISTS = [...LISTS_HOLDING.values()]
const SLOTS = 1 << Math.ceil(Math.log2(LISTS.length * 2.5))
const SLOT_LO = new Int32Array(SLOTS)
const SLOT_HI = new Int32Array(SLOTS)
const SLOT_LISTS = new Int32Array(SLOTS)
function slotOf(lo: number, hi: number): number {
  const h = Math.imul(Math.imul(lo, 0x9e3779b1) ^ hi, 0x85ebca6b)
  return (h ^ (h >>> 16)) & (SLOTS - 1)
}
;[...LISTS_HOLDING.keys()].forEach((word, k) => {
  const [lo, hi] = keyOf(word)
  let slot = slotOf(lo, hi)
  while (SLOT_LISTS[slot] !== 0) slot = (slot + 1) & (SLOTS - 1)
  SLOT_LO[slot] = lo
  SLOT_HI[slot] = hi
  SLOT_LISTS[slot] = k + 1
})

/** The languages whose lists hold the stopword with the key `lo`, `hi`, if any. */
function listsOfKey(lo: number, hi: number): number[] | undefined {
  for (let slot = slotOf(lo, hi); SLOT_LISTS[slot] !== 0; slot = (slot + 1) & (SLOTS - 1))
    if (SLOT_LO[slot] === lo && SLOT_HI[slot] === hi) return LISTS[SLOT_LISTS[slot]! - 1]
  return undefined
}

// What the scan needs to know of a code unit, learnt the first time it is met, in one byte:
// a letter is LETTER plus its code in the keys; anything else one of the kinds below.
const OTHER = 1
const SPACE = 2
const SEPARATOR = 3
/**
 * A code unit the scan leaves to `countPlainly`: a surrogate, or a character whose lower case is not one character of
 * its kind ("İ").
 */
const AWKWARD = 4
/** A digit or other number (\p{N}): part of a word for the Article's count. */
const NUMBER = 5
const LETTER = 64
const UNIT = new Uint8Array(65536) // 0: not yet known

function learnUnit(c: number): number {
  const lower = String.fromCharCode(c).toLowerCase()
  let kind = OTHER
  if ((c >= 0xd800 && c <= 0xdfff) || lower.length !== 1 || isLetter(lower.charCodeAt(0)) !== isLetter(c))
    kind = AWKWARD
  else if (isLetter(c)) kind = LETTER + (LETTER_CODE.get(lower.charCodeAt(0)) ?? NOT_IN_LISTS)
  else if (isSpace(c)) kind = SPACE
  else if (isSeparator(c)) kind = SEPARATOR
  else if (isLetterOrDigit(c)) kind = NUMBER
  UNIT[c] = kind
  return kind
}

const unitOf = (c: number): number => UNIT[c] || learnUnit(c)

/**
 * Whether a letter or digit at `i` continues the Article's word before it, whose last letter or digit ends at
 * `alnumEnd`: right after it, or after one ' ’ . or - ("U.S", "3.5").
 */
function continuesArticleWord(text: string, i: number, alnumEnd: number): boolean {
  if (alnumEnd === i) return true
  if (alnumEnd !== i - 1) return false
  const c = text.charCodeAt(i - 1)
  return c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d
}

/**
 * All of `TextCounts` for a text, in one scan of the text as written, each
 * letter folded to its code in the stopword keys as it is read (so no
 * lower-case copy). A text with a surrogate or an awkward letter is counted
 * plainly. "It's a well-known U.S. firm" has the words it's, a, well-known,
 * u, s, firm (it's and a are English stopwords), and 5 for the Article.
 */
export function countText(text: string): TextCounts {
  const stopwords = new Array<number>(LANGUAGES.length).fill(0)
  let anyStopwords = 0
  let words = 0
  let articleWords = 0
  let letters = 0
  let spaces = 0
  let separators = 0
  const n = text.length
  let alnumEnd = -2
  let i = 0
  for (;;) {
    // Up to the next letter.
    let u = 0
    for (; i < n; i++) {
      u = unitOf(text.charCodeAt(i))
      if (u >= LETTER) break
      if (u === SPACE) spaces++
      else if (u === SEPARATOR) separators++
      else if (u === AWKWARD) return countPlainly(text)
      else if (u === NUMBER) {
        if (!continuesArticleWord(text, i, alnumEnd)) articleWords++
        alnumEnd = i + 1
      }
    }
    if (i >= n) break
    // A word: letters, and inner ' ’ or - each with a letter after it (all inside one word for the Article's count).
    const start = i
    if (!continuesArticleWord(text, start, alnumEnd)) articleWords++
    let lo = 0
    let hi = 0
    let joiners = 0
    for (;;) {
      if (i - start < PER_NUMBER) lo = lo * 64 + u - LETTER
      else hi = (hi * 64 + u - LETTER) | 0 // past LONGEST letters the key is not looked up
      if (++i >= n) break
      const d = text.charCodeAt(i)
      u = unitOf(d)
      if (u >= LETTER) continue
      if (u === AWKWARD) return countPlainly(text)
      if ((d === 0x27 || d === 0x2019 || d === 0x2d) && i + 1 < n) {
        u = unitOf(text.charCodeAt(i + 1))
        if (u === AWKWARD) return countPlainly(text)
        if (u >= LETTER) {
          joiners++
          i++
          continue
        }
      }
      break
    }
    alnumEnd = i
    words++
    letters += i - start - joiners
    // No stopword holds an apostrophe or a hyphen (they are not letters).
    if (joiners !== 0 || i - start > LONGEST) continue
    const lists = listsOfKey(lo, hi)
    if (!lists) continue
    anyStopwords++
    for (const k of lists) stopwords[k]!++
  }
  return { text, words, stopwords, anyStopwords, articleWords, letters, visible: n - spaces, separators }
}

/**
 * How many pieces `text.split(/\s+/)` gives ("Rain  on Monday" has 3), counted up to `max` + 1: callers ask whether a
 * line is short.
 */
export function countPieces(text: string, max: number): number {
  let pieces = 1
  for (let i = 0; i < text.length && pieces <= max; i++) {
    if (isSpace(text.charCodeAt(i)) && (i === 0 || !isSpace(text.charCodeAt(i - 1)))) pieces++
  }
  return pieces
}
