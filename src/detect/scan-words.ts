// Code units as the word scans see them: letters (\p{L}), menu separators,
// and their lower case, each looked up in a table built as characters are
// met; and `scanWords`, the plain word scan over a lower-cased text that the
// fast one in block-words.ts must agree with.

import { isSpace } from '../source/chars.js'

const LETTER = /\p{L}/u
/** Per BMP code unit: 0 not yet known, 1 a letter, 2 not. */
const KIND = new Uint8Array(65536)

/** The length in code units of the letter at `i` (1, or 2 for a surrogate pair), or 0 when none starts there. */
export function letterLength(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0
  if (c < 0xd800 || c > 0xdfff) {
    let k = KIND[c]!
    if (k === 0) KIND[c] = k = LETTER.test(String.fromCharCode(c)) ? 1 : 2
    return k === 1 ? 1 : 0
  }
  if (c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff && LETTER.test(s.slice(i, i + 2))) return 2
  }
  return 0
}

/**
 * Calls `found` with each word of a lower-cased text, exactly as
 * `/\p{L}+(?:['’-]\p{L}+)*\/gu` would match them: "don't", "well-known"; a
 * dangling "-" or "'" ends the word. A scan, not the regex, because it runs
 * over every block of every story.
 */
export function scanWords(lower: string, found: (start: number, end: number) => void): void {
  const n = lower.length
  let i = 0
  while (i < n) {
    let l = letterLength(lower, i)
    if (l === 0) {
      i++
      continue
    }
    const start = i
    i += l
    for (;;) {
      while (i < n && (l = letterLength(lower, i)) > 0) i += l
      const c = lower.charCodeAt(i)
      if (i + 1 < n && (c === 39 || c === 0x2019 || c === 45) && (l = letterLength(lower, i + 1)) > 0) i += 1 + l
      else break
    }
    found(start, i)
  }
}

/** How many pieces `text.split(/\s+/)` would give, counting no further than `max` + 1. */
export function countPieces(text: string, max: number): number {
  let pieces = 1
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i))) continue
    if (++pieces > max) return pieces
    while (i + 1 < text.length && isSpace(text.charCodeAt(i + 1))) i++
  }
  return pieces
}

export function isSeparator(c: number): boolean {
  return c === 124 || c === 0x2022 || c === 0xb7 || c === 0xbb || c === 0x203a
}

/**
 * Per BMP code unit outside ASCII, its lower case when lower-casing it is
 * one code unit of the same kind (letter or not), else 0xffff (AWKWARD): a
 * text with such a letter is counted the plain way ("İ" becomes two code units).
 */
const LOWER = new Uint16Array(65536)
const UNKNOWN = 0
export const AWKWARD = 0xffff

export function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c
  let lc = LOWER[c]!
  if (lc === UNKNOWN) {
    const ch = String.fromCharCode(c)
    const low = ch.toLowerCase()
    lc =
      low.length === 1 && LETTER.test(ch) === LETTER.test(low) && low.charCodeAt(0) !== UNKNOWN
        ? low.charCodeAt(0)
        : AWKWARD
    LOWER[c] = lc
  }
  return lc
}
