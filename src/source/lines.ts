/** One physical line of the source, with offsets into the story text. */
export interface Line {
  /** Offset of the first character. */
  start: number
  /** Offset just past the last character (before the line ending). */
  end: number
  /** The line as written, without its ending. */
  text: string
  /** Leading whitespace width (tabs count as 4). */
  indent: number
  /** True when the line holds nothing but whitespace and control characters. */
  blank: boolean
}

// Wire feeds frame stories with control characters (SOH, STX, ETX, EOT, SYN,
// US, DEL …). They count as whitespace here and never reach a text field.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g
const BLANK = /^[\s\u0000-\u001f\u007f\u00a0\u200b\ufeff]*$/

export function stripControls(text: string): string {
  return text.replace(CONTROL, ' ')
}

function indentOf(text: string): number {
  let width = 0
  for (const ch of text) {
    if (ch === ' ' || ch === '\u00a0') width += 1
    else if (ch === '\t') width += 4
    else break
  }
  return width
}

/** Splits text into lines on `\r\n`, `\r` or `\n`, keeping offsets. */
export function splitLines(text: string, base = 0): Line[] {
  const lines: Line[] = []
  const re = /\r\n|\r|\n/g
  let start = 0
  for (;;) {
    const m = re.exec(text)
    const end = m ? m.index : text.length
    const raw = text.slice(start, end)
    const clean = stripControls(raw)
    lines.push({ start: base + start, end: base + end, text: raw, indent: indentOf(clean), blank: BLANK.test(raw) })
    if (!m) break
    start = m.index + m[0].length
  }
  return lines
}
