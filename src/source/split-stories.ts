import { END_MARK } from '../lexicon/wire.js'
import { isBlankChar, type Line, splitAtFraming, splitLines, stripControls, visibleLength } from './lines.js'

/** Where one story lies in the file's text. */
export interface StorySpan {
  start: number
  end: number
}

// SOH opens a transmission (ANPA-1312, IPTC 7901); ETX and EOT close it.
const SOH = '\u0001'
const STX = '\u0002'
const ETX = '\u0003'
const EOT = '\u0004'
// An IPTC 7901 message opens with "ZCZC" — not "ZCZCX" in a word.
const IPTC_START = /^ZCZC\b/
// End marks that close a story when more copy follows: "-30-", "(END)", "ENDS", "NNNN" —
// not "(MORE)", which says the story goes on, nor "###" or "-0-", which press releases put above their contacts.
const CONTINUES = /^\(?\s*more\s*\)?$|^#|^-\s*0\s*-$/i
// A story after an end mark needs this many non-blank lines; fewer is a trailer of the story above.
const MIN_LINES_AFTER_MARK = 3

// What a line's visible words (without controls or the whitespace around them) are to the split.
const NO_WORDS = 0
const WORDS = 1
/** An end mark that closes a story (40 characters at most). */
const CLOSES = 2
/** ZCZC, which opens an IPTC 7901 message. */
const OPENS_IPTC = 3

// The longest end mark that closes a story.
const MAX_MARK = 40

function closesStory(text: string): boolean {
  return (
    text.length > 0 && text.length <= MAX_MARK && END_MARK.test(text) && !CONTINUES.test(text) && !IPTC_START.test(text)
  )
}

/**
 * Whether words opening with this code unit may be an end mark or ZCZC: it opens
 * something END_MARK or IPTC_START matches (a test holds this to the patterns):
 * `-` `–` `—` `#` `(` `=` `E` `M` `N` `O` `X` `Z` `e`.
 */
export function mayOpenMark(code: number): boolean {
  switch (code) {
    case 0x2d:
    case 0x2013:
    case 0x2014:
    case 0x23:
    case 0x28:
    case 0x3d:
    case 0x45:
    case 0x4d:
    case 0x4e:
    case 0x4f:
    case 0x58:
    case 0x5a:
    case 0x65:
      return true
    default:
      return false
  }
}

/**
 * What the line's visible words are to the split, each line asked once. Words
 * that open with a character no end mark or ZCZC opens with (nearly every line
 * of copy) are words without a look at the patterns. Words longer than any end
 * mark that open the line are read as the line is written, with no scan for
 * controls: only ZCZC at their start matters, and controls after it read as
 * spaces either way.
 */
export function wordsKind(line: Line): number {
  if (line.blank) return NO_WORDS
  const text = line.text
  let first = 0
  while (first < text.length && isBlankChar(text.charCodeAt(first))) first++
  if (first === text.length) return NO_WORDS
  if (!mayOpenMark(text.charCodeAt(first))) return WORDS
  if (first === 0 && visibleLength(text) > MAX_MARK)
    return text.startsWith('ZCZC') && IPTC_START.test(text) ? OPENS_IPTC : WORDS
  const words = stripControls(text).trim()
  if (words.length === 0) return NO_WORDS
  if (IPTC_START.test(words)) return OPENS_IPTC
  return closesStory(words) ? CLOSES : WORDS
}

function lastCloser(text: string): number {
  return Math.max(text.lastIndexOf(ETX), text.lastIndexOf(EOT))
}

/**
 * Offsets where a story begins: at SOH and ZCZC, after ETX/EOT and after an
 * end mark. Cuts fall on line starts, so no line is shared by two stories:
 * an SOH with words before it on its line cuts after that line, and an
 * ETX with words after it on its line (`\u0003\u0001NEXT`) leaves the cut to the SOH.
 */
function findCuts(lines: Line[], kinds: Uint8Array, framed: boolean): Array<{ at: number; mark: boolean }> {
  const cuts: Array<{ at: number; mark: boolean }> = []
  lines.forEach((line, n) => {
    const nextStart = lines[n + 1]?.start ?? line.end
    if (framed) {
      const soh = line.text.indexOf(SOH)
      if (soh >= 0)
        cuts.push({ at: stripControls(line.text.slice(0, soh)).trim() === '' ? line.start : nextStart, mark: false })
      const closer = lastCloser(line.text)
      if (closer >= 0 && stripControls(line.text.slice(closer + 1)).trim() === '')
        cuts.push({ at: nextStart, mark: false })
    }
    if (kinds[n] === OPENS_IPTC) cuts.push({ at: line.start, mark: false })
    else if (kinds[n] === CLOSES) cuts.push({ at: nextStart, mark: true })
  })
  return cuts.sort((a, b) => a.at - b.at)
}

/** Counts, for any span, its non-blank lines that hold more than an end mark — in log time, for feeds of thousands of stories. */
function substanceCounter(lines: Line[], kinds: Uint8Array): (span: StorySpan) => number {
  const prefix = new Int32Array(kinds.length + 1)
  for (let n = 0; n < kinds.length; n++)
    prefix[n + 1] = prefix[n]! + (kinds[n] === WORDS || kinds[n] === OPENS_IPTC ? 1 : 0)
  // The first line index whose `key` is at least `value` (lines are in order).
  const lowerBound = (value: number, key: (l: Line) => number): number => {
    let lo = 0
    let hi = lines.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (key(lines[mid]!) < value) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return (span) => {
    const first = lowerBound(span.start, (l) => l.start)
    const after = lowerBound(span.end + 1, (l) => l.end)
    return Math.max(0, prefix[after]! - prefix[first]!)
  }
}

/**
 * Splits a file's text into stories: a wire feed frames each story with
 * SOH … ETX/EOT (or IPTC's ZCZC … NNNN), or closes it with an end mark
 * (`-30-`, `(END)`, `ENDS`). A piece with nothing in it but controls or
 * marks joins the story above, and copy after an end mark is a new story
 * only when it has a few lines of its own. A plain file is one story;
 * so is one that merely ends with ETX.
 */
export function splitStories(text: string): StorySpan[] {
  return splitStoryLines(text).spans
}

/**
 * `splitStories`, with the file's lines, which the stories can share (`linesOf`): split at line
 * breaks to find the stories, then again at framing characters (`splitAtFraming`) for the blocks.
 */
export function splitStoryLines(text: string): { spans: StorySpan[]; lines: Line[] } {
  const found = splitPhysicalLines(text)
  return found.framed || text.includes(STX) ? { spans: found.spans, lines: splitAtFraming(found.lines) } : found
}

function splitPhysicalLines(text: string): { spans: StorySpan[]; lines: Line[]; framed: boolean } {
  const lines = splitLines(text)
  const kinds = new Uint8Array(lines.length)
  let marked = false
  for (let n = 0; n < lines.length; n++) {
    const kind = wordsKind(lines[n]!)
    kinds[n] = kind
    if (kind === CLOSES || kind === OPENS_IPTC) marked = true
  }
  // Control-character framing is looked for line by line only in a file that has any of SOH, ETX, EOT
  // (three native searches cost less than one regex scan for any of them).
  const framed = text.includes(SOH) || text.includes(ETX) || text.includes(EOT)
  // Without framing, end marks or ZCZC (nearly every file) there is no cut: the file is one story.
  if (!framed && !marked) return { spans: [{ start: 0, end: text.length }], lines, framed }
  const substance = substanceCounter(lines, kinds)
  const ends = [...findCuts(lines, kinds, framed), { at: text.length, mark: false }]
  const spans: StorySpan[] = []
  let start = 0
  ends.forEach((cut, i) => {
    if (cut.at <= start) return
    // Copy after an end mark must look like a story (up to the next cut); otherwise the mark stays inside this one.
    let j = i + 1
    while (j < ends.length && ends[j]!.at <= cut.at) j++
    const following = { start: cut.at, end: ends[j]?.at ?? text.length }
    if (cut.mark && substance(following) < MIN_LINES_AFTER_MARK) return
    spans.push({ start, end: cut.at })
    start = cut.at
  })
  return { spans: mergeEmpty(spans, substance, text.length), lines, framed }
}

/**
 * The lines of one story, taken from the lines of its whole file: the same
 * lines `splitLines` finds in the story's text (offsets are the file's in
 * both), since stories start and end at line starts. A story that ends with
 * a line break (any but the last) ends with an empty line, as its text does.
 * A story that is the whole file gets the file's own array, to be read only.
 */
export function linesOf(lines: Line[], span: StorySpan, length: number): Line[] {
  let lo = 0
  let hi = lines.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (lines[mid]!.start < span.start) lo = mid + 1
    else hi = mid
  }
  const first = lo
  let after = first
  while (
    after < lines.length &&
    (lines[after]!.start < span.end || (span.end === length && lines[after]!.start === length))
  )
    after++
  // A file of one story (nearly every file) shares its lines with the story rather than copy them.
  if (first === 0 && after === lines.length && span.end === length) return lines
  const own = lines.slice(first, after)
  if (span.end < length) own.push({ start: span.end, end: span.end, text: '', indent: 0, blank: true })
  return own
}

function mergeEmpty(spans: StorySpan[], substance: (span: StorySpan) => number, length: number): StorySpan[] {
  const out: StorySpan[] = []
  for (const span of spans) {
    const prev = out[out.length - 1]
    if (substance(span) === 0 && prev) prev.end = span.end
    else if (prev && substance(prev) === 0) prev.end = span.end
    else out.push({ ...span })
  }
  return out.length > 0 ? out : [{ start: 0, end: length }]
}
