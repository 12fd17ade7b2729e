// The story split as it was written before its fast paths (one scan per line for
// controls, a regex for framing), kept to hold splitStoryLines to the same answers.
import { END_MARK } from '../../src/lexicon/wire.js'
import { type Line, splitLines, stripControls } from '../../src/source/lines.js'
import type { StorySpan } from '../../src/source/split-stories.js'

// SOH opens a transmission (ANPA-1312, IPTC 7901); ETX and EOT close it.
const SOH = '\u0001'
// An IPTC 7901 message opens with "ZCZC" — not "ZCZCX" in a word.
const IPTC_START = /^ZCZC\b/
// End marks that close a story when more copy follows: "-30-", "(END)", "ENDS", "NNNN" —
// not "(MORE)", which says the story goes on, nor "###", which press releases put above their contacts.
const CONTINUES = /^\(?\s*more\s*\)?$|^#/i
// A story after an end mark needs this many non-blank lines; fewer is a trailer of the story above.
const MIN_LINES_AFTER_MARK = 3

function visible(line: Line): string {
  return line.blank ? '' : stripControls(line.text).trim()
}

function closesStory(text: string): boolean {
  return text.length > 0 && text.length <= 40 && END_MARK.test(text) && !CONTINUES.test(text) && !IPTC_START.test(text)
}

function lastCloser(text: string): number {
  return Math.max(text.lastIndexOf('\u0003'), text.lastIndexOf('\u0004'))
}

/**
 * Offsets where a story begins: at SOH and ZCZC, after ETX/EOT and after an
 * end mark. Cuts fall on line starts, so no line is shared by two stories:
 * an SOH with words before it on its line cuts after that line, and an
 * ETX with words after it on its line (`\u0003\u0001NEXT`) leaves the cut to the SOH.
 */
function findCuts(lines: Line[], words: string[], framed: boolean): Array<{ at: number; mark: boolean }> {
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
    const visibleWords = words[n]!
    if (IPTC_START.test(visibleWords)) cuts.push({ at: line.start, mark: false })
    else if (closesStory(visibleWords)) cuts.push({ at: nextStart, mark: true })
  })
  return cuts.sort((a, b) => a.at - b.at)
}

/** Counts, for any span, its non-blank lines that hold more than an end mark — in log time, for feeds of thousands of stories. */
function substanceCounter(lines: Line[], words: string[]): (span: StorySpan) => number {
  const prefix = [0]
  for (const visibleWords of words) {
    prefix.push(prefix[prefix.length - 1]! + (visibleWords.length > 0 && !closesStory(visibleWords) ? 1 : 0))
  }
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

/** `splitStories`, with the file's lines it split the text into, which the stories can share (`linesOf`). */
export function referenceSplitStoryLines(text: string): { spans: StorySpan[]; lines: Line[] } {
  const lines = splitLines(text)
  const words = lines.map(visible)
  const substance = substanceCounter(lines, words)
  // Control-character framing is looked for line by line only in a file that has any of SOH, ETX, EOT.
  const framed = /[\u0001\u0003\u0004]/.test(text)
  const ends = [...findCuts(lines, words, framed), { at: text.length, mark: false }]
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
  return { spans: mergeEmpty(spans, substance, text.length), lines }
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
