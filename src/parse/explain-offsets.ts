/** White space as tidy() collapses it: spaces, line breaks, controls, zero-width spaces. */
const SPACE = /[\s\u0000-\u001f\u007f\u200b\ufeff]/

/**
 * Where each character of a block's text stands in the file: `at[i]` is the file offset of
 * `text[i]`, `at[text.length]` one past the last. A block's text is its source with white space
 * collapsed, wire typewriter marks made typographic (``` `` ``` → “, `''` → ”, ` _ ` → —) and, in
 * Markdown or a wire header, its syntax left out (`**`, `[…](…)`, `^…<`): the text is read off the
 * source in order, each character at the first place it can stand. Null when the source does not
 * hold the text in order (a caption put together from an image's title).
 */
export function sourceOffsets(text: string, source: string, base: number): number[] | null {
  const at: number[] = []
  let j = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    for (;;) {
      if (j >= source.length) return null
      const s = source[j]!
      if (s === c) {
        at.push(base + j)
        j++
        break
      }
      if (c === ' ' && SPACE.test(s)) {
        at.push(base + j)
        while (j < source.length && SPACE.test(source[j]!)) j++
        break
      }
      if ((c === '\u201c' && source.startsWith('``', j)) || (c === '\u201d' && source.startsWith("''", j))) {
        at.push(base + j)
        j += 2
        break
      }
      if (c === '\u2014' && s === '_') {
        at.push(base + j)
        j++
        break
      }
      j++
    }
  }
  at.push(base + j)
  return at
}
