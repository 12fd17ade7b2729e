import { tidy, type Block } from './block.js'
import { splitLines, type Line } from './lines.js'

/** How the story's lines are laid out, measured once per story. */
export interface Layout {
  /** Paragraphs are hard-wrapped at about `wrapWidth` columns. */
  wrapped: boolean
  wrapWidth: number
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
}

/**
 * Hard-wrapped copy (agency feeds at 60–80 columns) has almost no long
 * lines and many lines near the wrap width. Text copied off a web page has
 * one paragraph per line, so long lines are common.
 */
export function measureLayout(lines: Line[]): Layout {
  const lengths = lines.filter((l) => !l.blank).map((l) => l.text.trimEnd().length).sort((a, b) => a - b)
  if (lengths.length < 3) return { wrapped: false, wrapWidth: 0 }
  const long = lengths.filter((n) => n > 100).length
  const wrapWidth = percentile(lengths, 0.9)
  const nearWidth = lengths.filter((n) => n >= wrapWidth * 0.75 && n >= 40).length
  const wrapped = long <= lengths.length * 0.05 && wrapWidth >= 40 && wrapWidth <= 100 && nearWidth >= lengths.length * 0.4
  return { wrapped, wrapWidth }
}

/**
 * Whether `next` starts a new paragraph rather than continuing `line`.
 * Only asked inside a run of non-blank lines of wrapped copy.
 */
function startsParagraph(line: Line, next: Line, layout: Layout, baseIndent: number): boolean {
  // Reuters and AP indent the first line of each paragraph.
  if (next.indent > baseIndent && next.indent >= 2) return true
  // A line well short of the wrap width ends its paragraph (or is a headline).
  return line.text.trimEnd().length < layout.wrapWidth * 0.6
}

/** Splits plain text into blocks: blank lines, indentation and short lines end a block; wrapped lines are joined. */
export function segmentText(text: string, base = 0): Block[] {
  const lines = splitLines(text, base)
  const layout = measureLayout(lines)
  const blocks: Block[] = []
  let current: Line[] = []
  let afterBlank = true
  const flush = (): void => {
    if (current.length === 0) return
    const first = current[0]!
    const last = current[current.length - 1]!
    blocks.push({
      index: blocks.length,
      text: tidy(current.map((l) => l.text).join(' ')),
      start: first.start + (first.text.length - first.text.trimStart().length),
      end: last.start + last.text.trimEnd().length,
      lines: current,
      indent: first.indent,
      afterBlank,
    })
    current = []
  }
  for (const line of lines) {
    if (line.blank) {
      flush()
      afterBlank = true
      continue
    }
    const prev = current[current.length - 1]
    if (prev) {
      const split = layout.wrapped ? startsParagraph(prev, line, layout, Math.min(...current.map((l) => l.indent))) : true
      if (split) {
        flush()
        afterBlank = false
      }
    }
    current.push(line)
  }
  flush()
  return blocks.filter((b) => b.text.length > 0)
}
