import { END_MARK, SIGNOFF } from '../lexicon/wire.js'
import { type Block, tidy } from './block.js'
import { isSpace } from './chars.js'
import {
  closesAnpaHeaderLine,
  closesSentence,
  continuesListItem,
  isAddressOnly,
  opensAnpaHeaderLine,
} from './line-shapes.js'
import { type Line, splitAtFraming, splitLines, visibleWords } from './lines.js'

/** How the story's lines are laid out, measured once per story. */
export interface Layout {
  /** Paragraphs are hard-wrapped at about `wrapWidth` columns. */
  wrapped: boolean
  wrapWidth: number
  /** The indent most body lines have (0 for Reuters, whose paragraphs indent only their first line). */
  bodyIndent: number
  /** Paragraphs open with an indented first line followed by less indented continuation lines. */
  firstLineIndent: boolean
}

/** The longest line that stands alone. */
const MAX_ALONE = 40

/**
 * A line that always stands alone, even inside a run of hard-wrapped lines: " Reuter", "-30-", "___" — not a line of
 * prose.
 */
export function standsAlone(text: string): boolean {
  const t = visibleWords(text)
  return t.length > 0 && t.length <= MAX_ALONE && (SIGNOFF.test(t) || END_MARK.test(t) || /^_{3,}$/.test(t))
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
}

/** The commonest value, the least of those tied; 0 for none. */
function mostCommon(values: number[]): number {
  const counts = new Map<number, number>()
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
  let best = 0
  let bestCount = -1
  for (const [v, n] of counts) if (n > bestCount || (n === bestCount && v < best)) [best, bestCount] = [v, n]
  return best
}

/**
 * Reuters and AP indent the first line of a paragraph and wrap the rest
 * flush left: "    CURITIBA, March 9 - Light rain fell on most days last week" /
 * "across the Parana coffee belt, …". Counts the places where an indented line is
 * followed, with no blank between, by a less indented one.
 */
function continuationIndents(lines: Line[]): number[] {
  const found: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!
    const b = lines[i + 1]!
    if (!a.blank && !b.blank && a.indent >= 2 && b.indent < a.indent && !standsAlone(b.text)) found.push(b.indent)
  }
  return found
}

/**
 * Hard-wrapped copy (agency feeds at 60–80 columns) has almost no long
 * lines and many lines near the wrap width. Text copied off a web page has
 * one paragraph per line, so long lines are common. Copy whose paragraphs
 * open with an indented line is hard-wrapped too, however short.
 */
export function measureLayout(lines: Line[]): Layout {
  const body = lines.filter((line) => !line.blank)
  // The lines' lengths without the whitespace they end with, sorted.
  const lengths = body.map((line) => line.text.trimEnd().length).sort((a, b) => a - b)
  const continued = continuationIndents(lines)
  const bodyIndent = mostCommon(continued.length > 0 ? continued : body.map((line) => line.indent))
  if (lengths.length < 3) return { wrapped: false, wrapWidth: 0, bodyIndent, firstLineIndent: false }
  const wrapWidth = percentile(lengths, 0.9)
  const nearWidth = lengths.filter((n) => n >= wrapWidth * 0.75 && n >= 40).length
  const fewLong = lengths.filter((n) => n > 100).length <= lengths.length * 0.05
  const firstLineIndent = fewLong && continued.length >= 1
  const widthFits = fewLong && wrapWidth >= 40 && wrapWidth <= 100
  const wrapped =
    firstLineIndent || (widthFits && (nearWidth >= lengths.length * 0.4 || runsAreWrapped(lines, wrapWidth)))
  return { wrapped, wrapWidth, bodyIndent, firstLineIndent }
}

/** The fewest near-width lines that make runs of lines read as wrapped. */
const MIN_WRAPPED_LINES = 6

/**
 * Whether the lines that another line follows without a blank between them (the lines a wrapped
 * paragraph breaks) are mostly near the wrap width: wrapped copy whose short lines — a header,
 * tags, a dpa notebook of short notes — are too many for the share of all lines to tell.
 */
function runsAreWrapped(lines: Line[], wrapWidth: number): boolean {
  let runLines = 0
  let near = 0
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i]!.blank || lines[i + 1]!.blank) continue
    runLines++
    const length = lines[i]!.text.trimEnd().length
    if (length >= wrapWidth * 0.75 && length >= 40) near++
  }
  return near >= MIN_WRAPPED_LINES && near >= runLines * 0.5
}

/**
 * Whether `next` starts a new paragraph rather than continuing `line`.
 * Only asked inside a run of non-blank lines of wrapped copy.
 */
function startsParagraph(first: Line, line: Line, next: Line, layout: Layout, baseIndent: number): boolean {
  // Sign-offs and end marks ("Reuter", "-30-", "(END)") stand alone, and so does what follows them.
  if (standsAlone(next.text) || standsAlone(line.text)) return true
  // ANPA-1312 header lines (slug, headline, notes, byline) open with `^` and close with `<` (or `=`): one block each.
  if (opensAnpaHeaderLine(next) || closesAnpaHeaderLine(line)) return true
  // A web address on a line of its own after a finished sentence is a link, not the sentence's last words.
  if (isAddressOnly(next) && closesSentence(line)) return true
  // A list item's lines wrap to the column its words start at
  // ("    -- Harbour Lights dance troupe …" / "       street parade").
  if (continuesListItem(first, next)) return false
  // Reuters and AP indent the first line of each paragraph, deeper than the lines that continue it,
  // so there an indented line opens a paragraph even right after another one. Elsewhere only a
  // line indented deeper than the block so far does (a block quote indented as a whole stays one).
  const reference = layout.firstLineIndent ? Math.min(baseIndent, layout.bodyIndent) : baseIndent
  if (next.indent >= 2 && next.indent > reference && !runsOnIndented(line, next, layout)) return true
  // A line well short of the wrap width ends its paragraph (or is a headline).
  return line.text.trimEnd().length < layout.wrapWidth * 0.6
}

/**
 * Two lines at the same indent where the first is full and stops mid-sentence
 * ("    We remain committed to reaching an agreement that works for all of")
 * are one block quote indented as a whole, not two one-line paragraphs.
 */
function runsOnIndented(line: Line, next: Line, layout: Layout): boolean {
  const text = line.text.trimEnd()
  return next.indent === line.indent && text.length >= layout.wrapWidth * 0.85 && !/[.!?:;"'”’)]$/.test(text)
}

/** Splits plain text into blocks: blank lines, indentation and short lines end a block; wrapped lines are joined. */
export function segmentText(text: string, base = 0): Block[] {
  const lines = splitAtFraming(splitLines(text, base))
  return segmentLines(lines, measureLayout(lines))
}

/** `segmentText` for lines already split and measured (the parse needs the layout too, and measures once). */
export function segmentLines(lines: Line[], layout: Layout): Block[] {
  return groupLines(lines, layout, (index, run, afterBlank, start, end) => ({
    index,
    text: tidy(run.length === 1 ? run[0]!.text : run.map((l) => l.text).join(' ')),
    start,
    end,
    lines: run,
    indent: run[0]!.indent,
    afterBlank,
  }))
}

/**
 * Makes the block of one run of lines, whose words lie from `start` to `end`
 * (edges of whitespace and controls left out): `segmentLines` makes plain
 * Blocks, the parse its labelled blocks in one go.
 */
export type MakeBlock<B extends Block> = (
  index: number,
  lines: Line[],
  afterBlank: boolean,
  start: number,
  end: number,
) => B

/**
 * Groups lines into runs that form one block each: blank lines, indentation and short lines end a block; wrapped lines
 * are joined. Blocks whose text is empty are left out.
 */
export function groupLines<B extends Block>(lines: Line[], layout: Layout, make: MakeBlock<B>): B[] {
  const blocks: B[] = []
  // The lines of the block being gathered, none yet when null.
  let current: Line[] | null = null
  // The least indent of the lines in `current`, kept as lines are added: recomputing it per line was quadratic, and
  // spreading a 100,000-line paragraph into Math.min overflowed the stack.
  let currentIndent = Infinity
  let afterBlank = true
  let empty = false
  const flush = (run: Line[]): void => {
    const first = run[0]!
    const last = run[run.length - 1]!
    const block = make(
      blocks.length,
      run,
      afterBlank,
      first.start + leadingInvisible(first.text),
      last.start + trailingEnd(last.text),
    )
    if (block.text.length === 0) empty = true
    blocks.push(block)
    current = null
    currentIndent = Infinity
  }
  for (const line of lines) {
    if (line.blank) {
      if (current) flush(current)
      afterBlank = true
      continue
    }
    if (current) {
      const split = layout.wrapped
        ? startsParagraph(current[0]!, current[current.length - 1]!, line, layout, currentIndent)
        : true
      if (split) {
        flush(current)
        afterBlank = false
      }
    }
    if (current) current.push(line)
    else current = [line]
    currentIndent = Math.min(currentIndent, line.indent)
  }
  if (current) flush(current)
  return empty ? blocks.filter((b) => b.text.length > 0) : blocks
}

/**
 * Whitespace and wire control characters (SOH, ETX …) around a line are not part of its block: `\s`, the C0 controls,
 * DEL and the zero-width space.
 */
export function isEdge(text: string, i: number): boolean {
  const code = text.charCodeAt(i)
  return code <= 0x20 || code === 0x7f || code === 0x200b || isSpace(code)
}

function leadingInvisible(text: string): number {
  let i = 0
  while (i < text.length && isEdge(text, i)) i++
  return i
}

function trailingEnd(text: string): number {
  let i = text.length
  while (i > 0 && isEdge(text, i - 1)) i--
  return i
}
