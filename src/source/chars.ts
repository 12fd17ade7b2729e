// The character classes every step reads text by, in one place: each is the
// Unicode property (or `\s`) the steps' regexes use, so that a loop over
// characters and a regex over the same text always agree. ASCII is answered
// by range: the scans ask of nearly every character, and a regex call per
// character made them several times slower.

const LETTER = /^\p{L}$/u
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
const SEPARATOR = /^[|•·»›]$/

/**
 * The character of a code point or code unit; none for a number that is neither (charCodeAt past the end gives NaN).
 */
const charOf = (cp: number): string => (cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '')

/** A letter (`\p{L}`), by code point: "a", "é", "東", "𝐀"; not "1", "-", "’". */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)
  return LETTER.test(charOf(cp))
}

/** A letter or a digit (`\p{L}` or `\p{N}`), by code point: "a", "7", "½"; not " ", "-", "—". */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39)
  return LETTER_OR_DIGIT.test(charOf(cp))
}

/**
 * White space as `\s` (and `trim`) see it, by code unit or code point: the tab to the carriage
 * return, the space, the no-break space, the Unicode spaces, the line and paragraph separators and
 * the BOM; not the zero-width space (U+200B). Listed rather than asked of a regex: scans ask it of
 * a character at a time, and the list is short and fixed by the language.
 */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}

/** A separator web menus and breadcrumbs are built with: | • · » ›; not "/" nor "-". */
export function isSeparator(c: number): boolean {
  if (c < 0x80) return c === 0x7c
  return SEPARATOR.test(charOf(c))
}
