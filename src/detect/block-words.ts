import { STOPWORDS } from '../lexicon/stopwords/index.js'
import { isSpace } from '../source/chars.js'
import { ASCII_KIND, AWKWARD, LETTER_UNIT, LOWER, SEPARATOR, SLOW, SPACE, isSeparator, kindOf, letterLength, lowerUnit, scanWords } from './scan-words.js'

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
/** Numbers per text in a story's table. */
export const STRIDE = ANY + 5

// The stopwords again as an open-addressing hash table over their code units,
// so a word is looked up while it is scanned, without slicing it out of the text.
const SLOTS = 1 << Math.ceil(Math.log2(MASKS.size * 4))
const SLOT_WORD: string[] = new Array<string>(SLOTS).fill('')
const SLOT_HASH = new Int32Array(SLOTS)
const SLOT_MASK = new Int32Array(SLOTS)
for (const [word, mask] of MASKS) {
  let h = 0
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0
  let slot = h & (SLOTS - 1)
  while (SLOT_WORD[slot] !== '') slot = (slot + 1) & (SLOTS - 1)
  SLOT_WORD[slot] = word
  SLOT_HASH[slot] = h
  SLOT_MASK[slot] = mask
}

/** The language bits of the stopword that `text.slice(start, end)` is in lower case (its hash `h`), or 0. */
function maskOf(text: string, start: number, end: number, h: number): number {
  const len = end - start
  for (let slot = h & (SLOTS - 1); SLOT_WORD[slot] !== ''; slot = (slot + 1) & (SLOTS - 1)) {
    if (SLOT_HASH[slot] !== h) continue
    const w = SLOT_WORD[slot]!
    if (w.length !== len) continue
    let k = 0
    while (k < len && w.charCodeAt(k) === lowerUnit(text.charCodeAt(start + k))) k++
    if (k === len) return SLOT_MASK[slot]!
  }
  return 0
}

/**
 * What the language step and the paragraph scorer read from a text, all
 * from one scan: its words, how many are stopwords of each language (and of
 * any, last), its letters (code points in \p{L}), the code units that are not
 * white space, and the separators (| • · » ›) menus are made of.
 */
export interface WordStats {
  words: number
  counts: Int32Array
  letters: number
  visible: number
  separators: number
}

/**
 * Counts a text's words (as `scanWords` finds them in its lower case), its
 * stopwords per language and its letters, white space and separators, in one
 * scan of the text as written, lower-casing each letter as it is read and
 * hashing each word for the stopword table. A text with a surrogate or a
 * letter whose lower case is awkward ("İ") is counted the plain way.
 * Writes STRIDE numbers at `at`, which must hold zeros (stopwords are added as found).
 */
export function countText(written: string, data: Int32Array, at: number): void {
  // The scan reads the lower case: a new, flat string, which is quicker to read than the
  // joined-up text a block holds, and which has the same letters and spaces where no
  // lower case is longer than its letter ("İ" → "i̇" is, and is counted the plain way).
  const text = written.toLowerCase()
  if (text.length !== written.length) return awkwardCount(written, data, at)
  const n = text.length
  let words = 0
  let letters = 0
  let spaces = 0
  let separators = 0
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const k = c < 128 ? ASCII_KIND[c]! : kindOf(c)
    if (k !== LETTER_UNIT) {
      if (k === SPACE) spaces++
      else if (k === SEPARATOR) separators++
      else if (k === SLOW) return awkwardCount(written, data, at)
      i++
      continue
    }
    // A word: letters, and inner ' ’ or - each with a letter after it.
    const start = i
    let h = 0
    let inner = 0
    let d = c
    for (;;) {
      h = (Math.imul(h, 31) + (d < 128 ? d | 32 : LOWER[d]!)) | 0
      if (++i >= n) break
      d = text.charCodeAt(i)
      const kd = d < 128 ? ASCII_KIND[d]! : kindOf(d)
      if (kd === LETTER_UNIT) continue
      if (kd === SLOW) return awkwardCount(written, data, at)
      if ((d === 39 || d === 0x2019 || d === 45) && i + 1 < n) {
        const e = text.charCodeAt(i + 1)
        const ke = kindOf(e)
        if (ke === SLOW) return awkwardCount(written, data, at)
        if (ke === LETTER_UNIT) {
          h = (Math.imul(h, 31) + d) | 0
          inner++
          d = e
          i++
          continue
        }
      }
      break
    }
    words++
    letters += i - start - inner
    if (i - start > LONGEST) continue
    const mask = maskOf(text, start, i, h)
    if (mask !== 0) addStopword(data, at, mask)
  }
  data[at + WORDS] = words
  data[at + LETTERS] = letters
  data[at + VISIBLE] = n - spaces
  data[at + SEPARATORS] = separators
}

function addStopword(data: Int32Array, at: number, mask: number): void {
  data[at + ANY] = data[at + ANY]! + 1
  for (let b = 0; b < ANY; b++) if (mask & (1 << b)) data[at + b] = data[at + b]! + 1
}

/** A text's counts as an object (for tests and one-off texts; the steps share `storyCounts`). */
export function wordStats(text: string): WordStats {
  const data = new Int32Array(STRIDE)
  countText(text, data, 0)
  return statsAt(data, 0)
}

/** The counts at `at` in a story's table, as an object. */
export function statsAt(data: Int32Array, at: number): WordStats {
  return { words: data[at + WORDS]!, counts: data.subarray(at, at + ANY + 1), letters: data[at + LETTERS]!, visible: data[at + VISIBLE]!, separators: data[at + SEPARATORS]! }
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
}

/** A story's counts: STRIDE numbers per block, in block order, and the text each was counted from. */
export interface StoryCounts {
  texts: Array<string | undefined>
  data: Int32Array
}

const STORIES = new WeakMap<object, StoryCounts>()

/**
 * The counts of every block of a story, each block counted once: the
 * story's block array keys the cache, so the language step and the
 * paragraph scorer share one scan; a block whose text changed since is
 * counted again.
 */
export function storyCounts(blocks: readonly { text: string }[]): StoryCounts {
  let story = STORIES.get(blocks)
  if (!story || story.texts.length !== blocks.length) {
    story = story ? realign(story, blocks) : { texts: new Array<string | undefined>(blocks.length), data: new Int32Array(blocks.length * STRIDE) }
    STORIES.set(blocks, story)
  }
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text
    if (story.texts[i] === text) continue
    if (story.texts[i] !== undefined) story.data.fill(0, i * STRIDE, (i + 1) * STRIDE)
    countText(text, story.data, i * STRIDE)
    story.texts[i] = text
  }
  return story
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
  for (let tail = 1; tail <= n - head && tail <= m - head && old.texts[m - tail] === blocks[n - tail]!.text; tail++) keep(m - tail, n - tail)
  return story
}

/** Share of the stopwords of `language` (of any list when it is null or unknown) among the words counted at `at`. */
export function stopwordShareAt(data: Int32Array, at: number, language: string | null): number {
  const words = data[at + WORDS]!
  if (words === 0) return 0
  const i = language === null ? -1 : LANGUAGES.indexOf(language)
  return data[at + (i < 0 ? ANY : i)]! / words
}
