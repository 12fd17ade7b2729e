import { END_MARK } from '../lexicon/wire.js'
import { splitLines, stripControls, type Line } from './lines.js'

/** Where one story lies in the file's text. */
export interface StorySpan {
  start: number
  end: number
}

// SOH opens a transmission (ANPA-1312, IPTC 7901); ETX and EOT close it.
const SOH = '\u0001'
const CLOSERS = new Set(['\u0003', '\u0004'])
// An IPTC 7901 message opens with "ZCZC" — not "ZCZCX" in a word.
const IPTC_START = /^ZCZC\b/
// End marks that close a story when more copy follows: "-30-", "(END)", "ENDS", "NNNN" —
// not "(MORE)", which says the story goes on, nor "###", which press releases put above their contacts.
const CONTINUES = /^\(?\s*more\s*\)?$|^#/i
// A story after an end mark needs this many non-blank lines; fewer is a trailer of the story above.
const MIN_LINES_AFTER_MARK = 3

function visible(line: Line): string {
  return stripControls(line.text).trim()
}

function closesStory(text: string): boolean {
  return text.length > 0 && text.length <= 40 && END_MARK.test(text) && !CONTINUES.test(text) && !IPTC_START.test(text)
}

/** Offsets where a story begins: at SOH and ZCZC, after ETX/EOT and after an end mark. */
function findCuts(text: string, lines: Line[]): Array<{ at: number; mark: boolean }> {
  const cuts: Array<{ at: number; mark: boolean }> = []
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (ch === SOH) cuts.push({ at: i, mark: false })
    else if (CLOSERS.has(ch)) cuts.push({ at: i + 1, mark: false })
  }
  lines.forEach((line, n) => {
    const words = visible(line)
    if (IPTC_START.test(words)) cuts.push({ at: line.start, mark: false })
    else if (closesStory(words)) cuts.push({ at: lines[n + 1]?.start ?? line.end, mark: true })
  })
  return cuts.sort((a, b) => a.at - b.at)
}

/** Non-blank lines of a piece that hold more than an end mark. */
function substance(lines: Line[], span: StorySpan): number {
  return lines.filter((l) => l.start >= span.start && l.end <= span.end && visible(l).length > 0 && !closesStory(visible(l))).length
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
  const lines = splitLines(text)
  const cuts = findCuts(text, lines)
  const ends = [...cuts, { at: text.length, mark: false }]
  const spans: StorySpan[] = []
  let start = 0
  ends.forEach((cut, i) => {
    if (cut.at <= start) return
    // Copy after an end mark must look like a story (up to the next cut); otherwise the mark stays inside this one.
    const following = { start: cut.at, end: ends.find((c, j) => j > i && c.at > cut.at)?.at ?? text.length }
    if (cut.mark && substance(lines, following) < MIN_LINES_AFTER_MARK) return
    spans.push({ start, end: cut.at })
    start = cut.at
  })
  return mergeEmpty(spans, lines, text.length)
}

function mergeEmpty(spans: StorySpan[], lines: Line[], length: number): StorySpan[] {
  const out: StorySpan[] = []
  for (const span of spans) {
    const prev = out[out.length - 1]
    if (substance(lines, span) === 0 && prev) prev.end = span.end
    else if (prev && substance(lines, prev) === 0) prev.end = span.end
    else out.push({ ...span })
  }
  return out.length > 0 ? out : [{ start: 0, end: length }]
}
