import { END_MARK } from '../lexicon/wire.js'
import { type Line, splitAtFraming, splitLines, visibleWords } from './lines.js'

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

// The longest end mark that closes a story.
const MAX_MARK = 40

/** An end mark that closes a story when more copy follows (the line's visible words). */
function closesStory(words: string): boolean {
  return (
    words.length > 0 &&
    words.length <= MAX_MARK &&
    END_MARK.test(words) &&
    !CONTINUES.test(words) &&
    !IPTC_START.test(words)
  )
}

/** What a line is to the split: blank, words, an end mark that closes a story, or ZCZC, which opens one. */
type LineKind = 'blank' | 'words' | 'closes' | 'opens'

function kindOf(line: Line): LineKind {
  if (line.blank) return 'blank'
  const words = visibleWords(line.text)
  if (IPTC_START.test(words)) return 'opens'
  return closesStory(words) ? 'closes' : 'words'
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
function findCuts(lines: Line[], kinds: LineKind[], framed: boolean): Array<{ at: number; mark: boolean }> {
  const cuts: Array<{ at: number; mark: boolean }> = []
  lines.forEach((line, n) => {
    const nextStart = lines[n + 1]?.start ?? line.end
    if (framed) {
      const soh = line.text.indexOf(SOH)
      if (soh >= 0)
        cuts.push({ at: visibleWords(line.text.slice(0, soh)) === '' ? line.start : nextStart, mark: false })
      const closer = lastCloser(line.text)
      if (closer >= 0 && visibleWords(line.text.slice(closer + 1)) === '') cuts.push({ at: nextStart, mark: false })
    }
    if (kinds[n] === 'opens') cuts.push({ at: line.start, mark: false })
    else if (kinds[n] === 'closes') cuts.push({ at: nextStart, mark: true })
  })
  return cuts.sort((a, b) => a.at - b.at)
}

/**
 * Counts, for any span, its non-blank lines that hold more than an end mark — in log time, for feeds of thousands of
 * stories.
 */
function substanceCounter(lines: Line[], kinds: LineKind[]): (span: StorySpan) => number {
  const prefix = [0]
  for (const kind of kinds) prefix.push(prefix[prefix.length - 1]! + (kind === 'words' || kind === 'opens' ? 1 : 0))
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
  const kinds = lines.map(kindOf)
  // Control-character framing is looked for line by line only in a file that has any of SOH, ETX, EOT.
  const framed = text.includes(SOH) || text.includes(ETX) || text.includes(EOT)
  // A file without framing, end marks or ZCZC (nearly every file) is one story.
  if (!framed && !kinds.some((kind) => kind === 'closes' || kind === 'opens'))
    return { spans: [{ start: 0, end: text.length }], lines, framed }
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
