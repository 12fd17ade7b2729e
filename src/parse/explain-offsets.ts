/** White space as tidy() collapses it: spaces, line breaks, controls, zero-width spaces. */
const SPACE = /[\s\u0000-\u001f\u007f\u200b\ufeff]/

/**
 * Where the characters of a block's text stand in the file: `starts[i]` to `ends[i]` is what `text[i]` was read from.
 */
export interface TextOffsets {
  starts: number[]
  ends: number[]
}

/**
 * Where each character of a block's text stands in the file. A block's text is its source with white space
 * collapsed, wire typewriter marks made typographic (``` `` ``` → “, `''` → ”, ` _ ` → —) and, in
 * Markdown or a wire header, its syntax left out (`**`, `[…](…)`, `^…<`): the text is read off the
 * source in order, each character at the first place it can stand. Null when the source does not
 * hold the text in order (a caption put together from an image's title).
 */
export function sourceOffsets(text: string, source: string, base: number): TextOffsets | null {
  const starts: number[] = []
  const ends: number[] = []
  let j = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    for (;;) {
      if (j >= source.length) return null
      const s = source[j]!
      const from = j
      if (s === c || (c === '\u2014' && s === '_')) j++
      else if (c === ' ' && SPACE.test(s)) while (j < source.length && SPACE.test(source[j]!)) j++
      else if ((c === '\u201c' && source.startsWith('``', j)) || (c === '\u201d' && source.startsWith("''", j))) j += 2
      else {
        j++
        continue
      }
      starts.push(base + from)
      ends.push(base + j)
      break
    }
  }
  return { starts, ends }
}
