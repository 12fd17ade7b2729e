// Character tests by code point, for hot loops where a Unicode-property
// regex per character (or per token) costs more than the rest of the work.

/** Whether `pattern` (one Unicode class) matches the code point: asked of the regex once per code point, then remembered (up to 65,536 answers). */
function askedOnce(pattern: RegExp, known: Map<number, boolean>, cp: number): boolean {
  let answer = known.get(cp)
  if (answer === undefined) {
    answer = pattern.test(String.fromCodePoint(cp))
    if (known.size < 65536) known.set(cp, answer)
  }
  return answer
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
const knownLetterOrDigit = new Map<number, boolean>()

/** `\p{L}` or `\p{N}`: ASCII by range, anything else asked of the regex once and remembered. */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39)
  // Latin-1 letters (À–ÿ but × and ÷) and general punctuation (dashes, curly quotes), the commonest non-ASCII in news copy.
  if (cp >= 0xc0 && cp <= 0xff) return cp !== 0xd7 && cp !== 0xf7
  if (cp >= 0x2000 && cp <= 0x206f) return false
  return askedOnce(LETTER_OR_DIGIT, knownLetterOrDigit, cp)
}

const LETTER = /^\p{L}$/u
const knownLetter = new Map<number, boolean>()

/** `\p{L}`: ASCII and Latin-1 by range, anything else asked of the regex once and remembered. */
export function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)
  if (cp >= 0xc0 && cp <= 0xff) return cp !== 0xd7 && cp !== 0xf7
  if (cp >= 0x2000 && cp <= 0x206f) return false
  return askedOnce(LETTER, knownLetter, cp)
}

/** The code units (and code points) `\s` matches: ASCII spaces and controls \t–\r, no-break space, the Unicode spaces, the BOM. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13)
  if (c < 0xa0) return false
  return (
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

/** Characters that join two runs of letters or digits into one word: "don't", "O’Neill", "U.S", "well-known". */
function isWordJoiner(cp: number): boolean {
  return cp === 0x27 || cp === 0x2019 || cp === 0x2e || cp === 0x2d
}

// What countWords needs to know of a code unit, learnt the first time it is met (0: not yet):
// a letter or digit, a word joiner, anything else, or a high surrogate (the code point decides).
const WORD_CHAR = 1
const JOINER = 2
const OTHER = 3
const HIGH_SURROGATE = 4
const WORD_UNITS = new Uint8Array(65536)

function learnWordUnit(c: number): number {
  const kind =
    c >= 0xd800 && c <= 0xdbff ? HIGH_SURROGATE : isLetterOrDigit(c) ? WORD_CHAR : isWordJoiner(c) ? JOINER : OTHER
  WORD_UNITS[c] = kind
  return kind
}

/**
 * The words of a text, counted as the pattern `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*`
 * would match them ("It's a well-known U.S. firm" has 5), in one pass without building the matches.
 * Each code unit's kind comes from a table (a Map lookup per character cost more than the count).
 */
export function countWords(text: string): number {
  let count = 0
  let inWord = false
  let joinerAfterWord = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let kind = WORD_UNITS[c]!
    if (kind === 0) kind = learnWordUnit(c)
    if (kind === HIGH_SURROGATE) {
      const cp = text.codePointAt(i)!
      if (cp > 0xffff) i++
      kind = isLetterOrDigit(cp) ? WORD_CHAR : OTHER
    }
    if (kind === WORD_CHAR) {
      if (!inWord && !joinerAfterWord) count++
      inWord = true
      joinerAfterWord = false
    } else {
      joinerAfterWord = inWord && kind === JOINER
      inWord = false
    }
  }
  return count
}
