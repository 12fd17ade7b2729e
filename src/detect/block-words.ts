import { STOPWORDS } from '../lexicon/stopwords/index.js'
import { countWords, isLetterOrDigit, isSpace } from '../source/chars.js'
import { AWKWARD, isSeparator, letterLength, lowerUnit, scanWords } from './scan-words.js'

// One tokenising pass per block, shared by the language step and the
// paragraph scorer: each block's words are counted once against every
// stopword list together (a bit per language), and the counts are kept per
// story (`storyCounts`), so neither step reads a block's words twice.

/** The languages with a stopword list, in the order `languageOf` breaks ties. */
export const LANGUAGES: readonly string[] = Object.keys(STOPWORDS)
const ANY = LANGUAGES.length

/** For every stopword, a bit for each language whose list holds it. */
const MASKS = new Map<string, number>()
LANGUAGES.forEach((code, i) => {
  for (const w of STOPWORDS[code]!) MASKS.set(w, (MASKS.get(w) ?? 0) | (1 << i))
})
const LONGEST = Math.max(...[...MASKS.keys()].map((w) => w.length))

// The layout of one text's counts in an Int32Array: stopwords per language, of any language, then the rest.
export const WORDS = ANY + 1
export const LETTERS = ANY + 2
export const VISIBLE = ANY + 3
export const SEPARATORS = ANY + 4
/** Its words as `countWords` counts them (letters and digits, joined by ' ’ . -), for the Article's stats. */
export const JOINED_WORDS = ANY + 5
/** Numbers per text in a story's table. */
export const STRIDE = ANY + 6

// The stopwords again as a table keyed by their letters, so a word is looked
// up as it is scanned, without slicing it out of the text or lower-casing it
// first. Every character the lists use gets a small code (1 to 62), any other
// letter NOT_IN_LISTS; a word's key is its codes, six bits each, five letters
// to a number (`lo`, then `hi`): the same key for the same lower case, and no
// two words of the lists share one. A word of other letters gets a key no
// stopword has, so it is turned down by the table alone.
const LIST_CHARS = [...new Set([...MASKS.keys()].join(''))].map((ch) => ch.charCodeAt(0))
const NOT_IN_LISTS = 63
if (LIST_CHARS.length >= NOT_IN_LISTS || LONGEST > 10)
  throw new Error('block-words: the stopword keys hold 62 characters and 10 letters at most')
// The scan keys words of letters only (a word with an inner ' ’ or - is never looked up).
if (LIST_CHARS.some((c) => letterLength(String.fromCharCode(c), 0) !== 1))
  throw new Error('block-words: a stopword holds a character that is not a letter')
const CHAR_CODE = new Map(LIST_CHARS.map((c, i) => [c, i + 1]))

// What the scan needs to know of a code unit, in one byte, from one table: a
// letter is LETTER plus its code in the keys; the rest are the kinds below.
const OTHER = 1
const SPACE = 2
const SEPARATOR = 3
/** A code unit the scan does not handle: a surrogate, or a letter whose lower case is awkward. */
const SLOW = 4
/** A digit or other number (\p{N}) that is no letter: part of a word as `countWords` counts them. */
const NUMBER = 5
const LETTER = 64
/** Per BMP code unit: 0 not yet known, else its kind or LETTER + code (Latin-1 filled at once). */
const UNIT = new Uint8Array(65536)
for (let c = 0; c < 256; c++) UNIT[c] = unitOf(c)

function unitOf(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return SLOW
  const lower = lowerUnit(c)
  if (lower === AWKWARD) return SLOW
  if (letterLength(String.fromCharCode(c), 0) === 1) return LETTER + (CHAR_CODE.get(lower) ?? NOT_IN_LISTS)
  return isSpace(c) ? SPACE : isSeparator(c) ? SEPARATOR : isLetterOrDigit(c) ? NUMBER : OTHER
}

/**
 * Whether a letter or digit at `i` opens a word as `countWords` counts them,
 * the last letter or digit before it ending at `alnumEnd`: not when it
 * follows one, nor when one joiner (' ’ . -) stands between them ("U.S", "3.5").
 */
function opensJoinedWord(text: string, i: number, alnumEnd: number): boolean {
  if (alnumEnd === i) return false
  if (alnumEnd !== i - 1) return true
  const c = text.charCodeAt(i - 1)
  return c !== 39 && c !== 0x2019 && c !== 46 && c !== 45
}

/**
 * The table's byte for `c`, learnt the first time it is met. Callers take it
 * `| 0`: a small integer like every byte the scan reads from the table,
 * where a plain number merged into the scan's `u` slowed its loops (~5%).
 */
function learnUnit(c: number): number {
  return (UNIT[c] = unitOf(c))
}

/** Letters per key number: six bits each, within a small integer. */
const PER_NUMBER = 5

const SLOTS = 1 << Math.ceil(Math.log2(MASKS.size * 2.5))
const SLOT_LO = new Int32Array(SLOTS) // 0: empty (a key has a code of 1 or more)
const SLOT_HI = new Int32Array(SLOTS)
const SLOT_MASK = new Uint16Array(SLOTS)
if (ANY > 16) throw new Error('block-words: a stopword mask holds 16 languages at most')
function slotOf(lo: number, hi: number): number {
  const h = Math.imul(Math.imul(lo, 0x9e3779b1) ^ hi, 0x85ebca6b)
  return (h ^ (h >>> 16)) & (SLOTS - 1)
}
for (const [word, mask] of MASKS) {
  let lo = 0
  let hi = 0
  for (let i = 0; i < word.length; i++) {
    const code = CHAR_CODE.get(word.charCodeAt(i))!
    if (i < PER_NUMBER) lo = lo * 64 + code
    else hi = hi * 64 + code
  }
  let slot = slotOf(lo, hi)
  while (SLOT_LO[slot] !== 0) slot = (slot + 1) & (SLOTS - 1)
  SLOT_LO[slot] = lo
  SLOT_HI[slot] = hi
  SLOT_MASK[slot] = mask
}

/** The language bits of the stopword whose key is `lo`, `hi`, or 0. */
function maskOf(lo: number, hi: number): number {
  for (let slot = slotOf(lo, hi); SLOT_LO[slot] !== 0; slot = (slot + 1) & (SLOTS - 1)) {
    if (SLOT_LO[slot] === lo && SLOT_HI[slot] === hi) return SLOT_MASK[slot]!
  }
  return 0
}

/**
 * What the language step and the paragraph scorer read from a text, all
 * from one scan: its words, how many are stopwords of each language (and of
 * any, last), its letters (code points in \p{L}), the code units that are not
 * white space, the separators (| • · » ›) menus are made of, and its words as
 * `countWords` counts them (the build step reads them for the Article's stats).
 */
export interface WordStats {
  words: number
  counts: Int32Array
  letters: number
  visible: number
  separators: number
  /** Its words as `countWords` counts them. */
  joinedWords: number
}

/**
 * Counts a text's words (as `scanWords` finds them in its lower case), its
 * stopwords per language, its letters, white space and separators, and its
 * words as `countWords` counts them (the Article's word count), in one
 * scan of the text as written, folding each letter to its code in the
 * stopword keys as it is read. A text with a surrogate or a letter whose
 * lower case is awkward ("İ") is counted the plain way.
 * Writes STRIDE numbers at `at`, which must hold zeros (stopwords are added as found).
 */
export function countText(text: string, data: Int32Array, at: number): void {
  // The text is read as written, each letter folded to its code as it is read: no lower-case copy.
  // Lower-casing letter by letter is what toLowerCase does but for "İ" (two code units) and a
  // final sigma (no stopword has one); a letter like "İ" is SLOW and counted the plain way.
  const n = text.length
  let words = 0
  let letters = 0
  let spaces = 0
  let separators = 0
  // countWords' words: a run of letters and digits opens one unless a joiner links it to the run before.
  let joined = 0
  let alnumEnd = -2
  let i = 0
  for (;;) {
    // Up to the next letter. A code unit not yet in the table (0) is below LETTER: it is learnt here, off the letters' path.
    let u = 0
    for (; i < n; i++) {
      const c = text.charCodeAt(i)
      u = UNIT[c]!
      if (u >= LETTER) break
      if (u === 0 && (u = learnUnit(c) | 0) >= LETTER) break
      if (u === SPACE) spaces++
      else if (u === NUMBER) {
        if (opensJoinedWord(text, i, alnumEnd)) joined++
        alnumEnd = i + 1
      } else if (u === SEPARATOR) separators++
      else if (u === SLOW) return awkwardCount(text, data, at)
    }
    if (i >= n) break
    // A word: letters, and inner ' ’ or - each with a letter after it (all inside one of countWords' words).
    const start = i
    if (opensJoinedWord(text, start, alnumEnd)) joined++
    let lo = 0
    let hi = 0
    let inner = 0
    for (;;) {
      if (i - start < PER_NUMBER) lo = lo * 64 + u - LETTER
      else hi = (hi * 64 + u - LETTER) | 0 // past LONGEST letters the key is not looked up
      if (++i >= n) break
      const d = text.charCodeAt(i)
      u = UNIT[d]!
      if (u >= LETTER || (u === 0 && (u = learnUnit(d) | 0) >= LETTER)) continue
      if (u === SLOW) return awkwardCount(text, data, at)
      if ((d === 39 || d === 0x2019 || d === 45) && i + 1 < n) {
        const e = text.charCodeAt(i + 1)
        u = UNIT[e]!
        if (u === 0) u = learnUnit(e) | 0
        if (u === SLOW) return awkwardCount(text, data, at)
        if (u >= LETTER) {
          inner++
          i++
          continue
        }
      }
      break
    }
    alnumEnd = i
    words++
    letters += i - start - inner
    // No stopword holds an apostrophe or a hyphen (see LIST_CHARS).
    if (inner !== 0 || i - start > LONGEST) continue
    const mask = maskOf(lo, hi)
    if (mask !== 0) addStopword(data, at, mask)
  }
  data[at + WORDS] = words
  data[at + LETTERS] = letters
  data[at + VISIBLE] = n - spaces
  data[at + SEPARATORS] = separators
  data[at + JOINED_WORDS] = joined
}

function addStopword(data: Int32Array, at: number, mask: number): void {
  data[at + ANY] = data[at + ANY]! + 1
  // Only the set bits: most stopwords are in one or two lists.
  for (let m = mask; m !== 0; m &= m - 1) {
    const b = 31 - Math.clz32(m & -m)
    data[at + b] = data[at + b]! + 1
  }
}

/** A text's counts as an object (for tests and one-off texts; the steps share `storyCounts`). */
export function wordStats(text: string): WordStats {
  const data = new Int32Array(STRIDE)
  countText(text, data, 0)
  return statsAt(data, 0)
}

/** The counts at `at` in a table, as an object. */
function statsAt(data: Int32Array, at: number): WordStats {
  return {
    words: data[at + WORDS]!,
    counts: data.subarray(at, at + ANY + 1),
    letters: data[at + LETTERS]!,
    visible: data[at + VISIBLE]!,
    separators: data[at + SEPARATORS]!,
    joinedWords: data[at + JOINED_WORDS]!,
  }
}

/** `wordStats` the plain way, for texts with surrogate pairs or letters whose lower case is awkward. */
function awkwardCount(text: string, data: Int32Array, at: number): void {
  data.fill(0, at, at + STRIDE) // the fast scan may have counted some stopwords before it gave up
  const lower = text.toLowerCase()
  let words = 0
  scanWords(lower, (start, end) => {
    words++
    const mask = MASKS.get(lower.slice(start, end))
    if (mask !== undefined) addStopword(data, at, mask)
  })
  let letters = 0
  let visible = 0
  let separators = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) continue
    visible++
    if (isSeparator(c)) separators++
    const l = letterLength(text, i)
    if (l > 0) letters++
    if (l === 2) {
      visible++
      i++
    }
  }
  data[at + WORDS] = words
  data[at + LETTERS] = letters
  data[at + VISIBLE] = visible
  data[at + SEPARATORS] = separators
  data[at + JOINED_WORDS] = countWords(text)
}

/** A story's counts: STRIDE numbers per block, in block order, and the text each was counted from. */
export interface StoryCounts {
  texts: Array<string | undefined>
  data: Int32Array
}

/**
 * What a story's counts are kept on: its parse context, so they live as long
 * as the story and no longer (a module-level cache would keep the last
 * story's blocks alive after the parse; a WeakMap entry per story cost about
 * as much as the shared scan saves).
 */
export interface CountedStory {
  readonly blocks: readonly { text: string }[]
  counts: StoryCounts | null
}

/**
 * The counts of every block of a story, each block counted once: the
 * language step and the paragraph scorer share one scan of the story; a
 * block whose text changed since is counted again.
 */
export function storyCounts(story: CountedStory): StoryCounts {
  const blocks = story.blocks
  let counts = story.counts
  if (!counts || counts.texts.length !== blocks.length) {
    counts = counts
      ? realign(counts, blocks)
      : { texts: new Array<string | undefined>(blocks.length), data: new Int32Array(blocks.length * STRIDE) }
    story.counts = counts
  }
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text
    if (counts.texts[i] === text) continue
    if (counts.texts[i] !== undefined) counts.data.fill(0, i * STRIDE, (i + 1) * STRIDE)
    countText(text, counts.data, i * STRIDE)
    counts.texts[i] = text
  }
  return counts
}

/**
 * A story's counts after a step split or merged some of its blocks: the
 * blocks before and after the change, the same texts in the same order,
 * keep their counts; the others are left to count.
 */
function realign(old: StoryCounts, blocks: readonly { text: string }[]): StoryCounts {
  const n = blocks.length
  const m = old.texts.length
  const story: StoryCounts = { texts: new Array<string | undefined>(n), data: new Int32Array(n * STRIDE) }
  const keep = (from: number, to: number) => {
    story.texts[to] = old.texts[from]
    story.data.set(old.data.subarray(from * STRIDE, (from + 1) * STRIDE), to * STRIDE)
  }
  let head = 0
  for (; head < n && head < m && old.texts[head] === blocks[head]!.text; head++) keep(head, head)
  for (let tail = 1; tail <= n - head && tail <= m - head && old.texts[m - tail] === blocks[n - tail]!.text; tail++)
    keep(m - tail, n - tail)
  return story
}

/** Share of the stopwords of `language` (of any list when it is null or unknown) among the words counted at `at`. */
export function stopwordShareAt(data: Int32Array, at: number, language: string | null): number {
  const words = data[at + WORDS]!
  if (words === 0) return 0
  const i = language === null ? -1 : LANGUAGES.indexOf(language)
  return data[at + (i < 0 ? ANY : i)]! / words
}
