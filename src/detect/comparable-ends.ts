// The first and last characters of a text's comparable form (`comparableText`:
// lower case, runs of anything but letters and digits made one space, trimmed),
// read from the text as written, without building that form. Why it exists:
// two steps compare many texts by their comparable form (a headline echoed in a
// page title, a dek repeated as the lead) and most pairs differ at an end;
// normalising every text first was the costliest work of both (bench/README.md).
// It reads ASCII only, and the commonest punctuation beyond it, and says so when
// any other character decides the answer.

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/**
 * Whether a code unit beyond ASCII is one of the punctuation marks news copy is full of: curly quotes,
 * guillemets, dashes, an ellipsis, a no-break space, a bullet or a middle dot. None is a letter or a
 * digit, and lower-casing leaves each as it is: in a comparable text each is part of a run made one
 * space, as any ASCII character but a letter or digit is. A lead paragraph often opens with “ and a
 * headline holds ’ or —; without them, the text had to be normalised to be compared.
 */
export function isPunctuationBeyondAscii(c: number): boolean {
  return (
    (c >= 0x2013 && c <= 0x2014) ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2022 ||
    c === 0x2026 ||
    c === 0xa0 ||
    c === 0xab ||
    c === 0xb7 ||
    c === 0xbb
  )
}

/** How many characters `comparableEnd` packs. */
export const END_CHARS = 3
/** `comparableEnd`: a non-ASCII character comes before the end is read. */
export const END_UNKNOWN = -1
/**
 * `comparableEnd`: the comparable text is shorter than END_CHARS (the text is ASCII but for
 * isPunctuationBeyondAscii).
 */
export const END_SHORT = -2

/**
 * The first (or, `fromEnd`, the last) END_CHARS characters of
 * `comparableText(text)`, packed into one number (seven bits each), so that
 * two texts whose ends differ are told apart without normalising either;
 * END_SHORT or END_UNKNOWN as above.
 */
export function comparableEnd(text: string, fromEnd: boolean): number {
  const step = fromEnd ? -1 : 1
  let packed = 0
  let n = 0
  let gap = false
  for (let i = fromEnd ? text.length - 1 : 0; i >= 0 && i < text.length; i += step) {
    const c = text.charCodeAt(i)
    if (c >= 128 && !isPunctuationBeyondAscii(c)) return END_UNKNOWN
    if (!isAsciiAlnum(c)) {
      // A run of other characters is one space between words, none before the first.
      gap = n > 0
      continue
    }
    if (gap) {
      packed = packed * 128 + 32
      gap = false
      if (++n === END_CHARS) return packed
    }
    packed = packed * 128 + (c >= 65 && c <= 90 ? c | 32 : c)
    if (++n === END_CHARS) return packed
  }
  return END_SHORT
}
