import { countPieces } from '../source/words.js'
import type { ParagraphClass } from './paragraph-score.js'
import { endsSentence, looksLinkLike } from './paragraph-score.js'

// Prose told from page residue without a stopword list, for pages in a
// language we have none for (Russian, Greek, Japanese, Chinese, Korean …):
// prose runs long and is punctuated into sentences ("。", "．", "!", "?",
// "."), with commas inside; menus, link rows and labels are short and carry
// no sentence punctuation. Lengths count a Chinese, Japanese or Korean
// character as two, since one holds about as much as two letters of an
// alphabet ("港の修理は来月から始まり…" is as long as its English).

const LENGTH_LOW = 70
const LENGTH_HIGH = 200
const LENGTH_SENTENCE = 100
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
/**
 * A sentence's end inside a text: a stop followed by a space or by a wide character (CJK writes no space after "。").
 */
const INNER_STOP = /[.!?…](?:["”’»)]?\s+)|[。．！？](?!$)/u
/** Fewest words a short line needs to be a sentence, or wide characters when it has no spaces. */
const COMMA = /[,，、;；]/u
const SENTENCE_WORDS = 5
const SENTENCE_WIDE = 12

/** A letter of a script other than Latin. */
const OTHER_LETTER = /[^\p{Script=Latin}\P{L}]/u

/**
 * Whether most of a text's letters are of a script our stopword lists do not cover (Cyrillic, Greek, CJK, Arabic …).
 */
export function isOtherScript(text: string): boolean {
  // Most blocks are all Latin: one scan for a letter of another script settles them.
  if (!OTHER_LETTER.test(text)) return false
  const letters = text.match(/\p{L}/gu)?.length ?? 0
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0
  return letters > 0 && latin * 2 < letters
}

/**
 * A text's words, up to `atMost`, as `countPieces` counts them, but a text written without spaces (Chinese,
 * Japanese) has a word for every two of its wide characters: "電子マネー対応ガシャポンが稼働開始" has
 * eight.
 */
export function wordsIn(text: string, atMost: number): number {
  const wide = text.match(WIDE)?.length ?? 0
  return Math.max(countPieces(text, atMost), Math.min(atMost, Math.floor(wide / 2)))
}

/** A text's length with each wide character counted twice. */
export function proseLength(text: string): number {
  return text.length + (text.match(WIDE)?.length ?? 0)
}

/** A short line that is one whole sentence: five words or twelve wide characters, closed by a stop. */
function isShortSentence(text: string): boolean {
  if (!endsSentence(text) || /[:;]$/.test(text)) return false
  return countPieces(text, SENTENCE_WORDS) >= SENTENCE_WORDS || (text.match(WIDE)?.length ?? 0) >= SENTENCE_WIDE
}

/**
 * One block's class from its shape alone: residue when it reads like a link or a control; prose when it is long
 * and punctuated into sentences, prose-ish when shorter; too short to say under LENGTH_LOW (a whole sentence is
 * prose-ish); a long line with no sentence punctuation is prose-ish with a comma in it (left to its neighbours),
 * else a link title or a teaser.
 * "港の修理は来月から始まり、海沿いの道路は三週間閉鎖される予定です。" is good;
 * "ホーム > 地域ニュース" is bad.
 */
export function classifyByShape(text: string): ParagraphClass {
  if (looksLinkLike(text)) return 'bad'
  const length = proseLength(text)
  if (length < LENGTH_LOW) return isShortSentence(text) ? 'near-good' : 'short'
  const ends = endsSentence(text) && !/[:;]$/.test(text)
  const prose = ends || INNER_STOP.test(text)
  if (!prose) return COMMA.test(text) ? 'near-good' : 'bad'
  if (length > LENGTH_HIGH || (length >= LENGTH_SENTENCE && ends)) return 'good'
  return 'near-good'
}
