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

/** Control characters as spaces. */
export function stripControls(text: string): string {
  return text.replace(CONTROL, ' ')
}

/** The words of a line: without controls, and without the whitespace around them. */
export function visibleWords(text: string): string {
  return stripControls(text).trim()
}

/** Wire control characters, the ones `stripControls` turns into spaces. */
function isControl(code: number): boolean {
  return code <= 0x08 || code === 0x0b || code === 0x0c || (code >= 0x0e && code <= 0x1f) || code === 0x7f
}

/** Leading whitespace width: spaces and no-break spaces count 1, tabs 4, control characters 1 (they read as spaces). */
function indentOf(text: string): number {
  let width = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x20 || code === 0xa0 || isControl(code)) width += 1
    else if (code === 0x09) width += 4
    else break
  }
  return width
}

/** Splits text into lines on `\r\n`, `\r` or `\n`, keeping offsets. */
export function splitLines(text: string, base = 0): Line[] {
  const lines: Line[] = []
  // The next "\n" and "\r" at or after `start`, searched for again only once passed: a search
  // for one the text lacks would run to its end again from every line (quadratic on big files).
  let lf = text.indexOf('\n')
  let cr = text.indexOf('\r')
  let start = 0
  for (;;) {
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start)
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start)
    const end = lf === -1 ? (cr === -1 ? text.length : cr) : cr === -1 ? lf : Math.min(lf, cr)
    const raw = text.slice(start, end)
    lines.push({ start: base + start, end: base + end, text: raw, indent: indentOf(raw), blank: BLANK.test(raw) })
    if (end === text.length) return lines
    start = end + (end === cr && lf === end + 1 ? 2 : 1)
  }
}

// SOH, STX, ETX and EOT open and close a wire transmission's parts (header, text, trailer) wherever
// they stand, not only at a line's start: "\u0002Headline on the STX line", "last words.\u0003091422 GMT Jun 09".
const FRAMING = /[\u0001-\u0004]/

/**
 * Lines split again at each SOH, STX, ETX and EOT: the words before and after one become lines of
 * their own, and the character itself a blank line between them, so the header, the headline on the
 * STX line and the trailer after ETX are never one block with their neighbours. Offsets are kept.
 */
export function splitAtFraming(lines: Line[]): Line[] {
  const out: Line[] = []
  for (const line of lines) {
    if (!FRAMING.test(line.text)) {
      out.push(line)
      continue
    }
    let from = 0
    for (let i = 0; i < line.text.length; i++) {
      if (!FRAMING.test(line.text[i]!)) continue
      if (i > from) out.push(lineAt(line.text.slice(from, i), line.start + from))
      out.push(lineAt(line.text[i]!, line.start + i))
      from = i + 1
    }
    if (from < line.text.length) out.push(lineAt(line.text.slice(from), line.start + from))
  }
  return out
}

function lineAt(text: string, start: number): Line {
  return { start, end: start + text.length, text, indent: indentOf(text), blank: BLANK.test(text) }
}
