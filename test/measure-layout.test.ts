import fc from 'fast-check'
import { expect, test } from 'vitest'
import { type Line, splitLines } from '../src/source/lines.js'
import { type Layout, measureLayout, standsAlone } from '../src/source/segment-text.js'
import { RUNS, storyText } from './helpers/arbitrary-text.js'
import { listFixtures } from './helpers/fixtures.js'

// measureLayout as it was written before it counted without arrays (with the rule for runs of wrapped lines since): it must measure every story alike.
function plainLayout(lines: Line[]): Layout {
  const percentile = (sorted: number[], p: number): number =>
    sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
  const mostCommon = (values: number[]): number => {
    const counts = new Map<number, number>()
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
    let best = 0
    let bestCount = -1
    for (const [v, n] of counts) if (n > bestCount || (n === bestCount && v < best)) [best, bestCount] = [v, n]
    return best
  }
  const continued: number[] = []
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!
    const b = lines[i + 1]!
    if (!a.blank && !b.blank && a.indent >= 2 && b.indent < a.indent && !standsAlone(b.text)) continued.push(b.indent)
  }
  const body = lines.filter((l) => !l.blank)
  const lengths = body.map((l) => l.text.trimEnd().length).sort((a, b) => a - b)
  const bodyIndent = mostCommon(continued.length > 0 ? continued : body.map((l) => l.indent))
  if (lengths.length < 3) return { wrapped: false, wrapWidth: 0, bodyIndent, firstLineIndent: false }
  const long = lengths.filter((n) => n > 100).length
  const wrapWidth = percentile(lengths, 0.9)
  const nearWidth = lengths.filter((n) => n >= wrapWidth * 0.75 && n >= 40).length
  const fewLong = long <= lengths.length * 0.05
  const firstLineIndent = fewLong && continued.length >= 1
  // The lines another line follows without a blank: in wrapped copy, mostly near the wrap width.
  const broken = lines.slice(0, -1).filter((l, i) => !l.blank && !lines[i + 1]!.blank)
  const brokenNear = broken.filter((l) => l.text.trimEnd().length >= wrapWidth * 0.75 && l.text.trimEnd().length >= 40)
  const runsWrapped = brokenNear.length >= 6 && brokenNear.length >= broken.length * 0.5
  const wrapped =
    firstLineIndent ||
    (fewLong && wrapWidth >= 40 && wrapWidth <= 100 && (nearWidth >= lengths.length * 0.4 || runsWrapped))
  return { wrapped, wrapWidth, bodyIndent, firstLineIndent }
}

test('measureLayout measures every fixture as the plain way does, whole and in parts', () => {
  for (const fixture of listFixtures()) {
    const lines = splitLines(fixture.bytes.toString('utf8'))
    for (const part of [lines, lines.slice(0, 3), lines.slice(0, 10), lines.slice(lines.length >> 1)])
      expect(measureLayout(part)).toEqual(plainLayout(part))
  }
})

test('measureLayout measures generated stories as the plain way does', () => {
  // Wrapped, indented, mixed and one-line-per-paragraph copy, with odd spaces at line ends.
  const wrappedLine = fc
    .tuple(
      fc.constantFrom('', '', '  ', '    ', '\t', '\u00a0'),
      fc.integer({ min: 0, max: 120 }),
      fc.constantFrom('', ' ', '\u3000', '\t'),
    )
    .map(([indent, n, end]) => `${indent}${'word '.repeat(n >> 2)}w${end}`)
  const story = fc.oneof(
    storyText,
    fc.array(fc.oneof(wrappedLine, fc.constant('')), { maxLength: 40 }).map((ls) => ls.join('\n')),
  )
  fc.assert(
    fc.property(story, (text) => {
      const lines = splitLines(text)
      expect(measureLayout(lines)).toEqual(plainLayout(lines))
    }),
    { numRuns: RUNS * 3 },
  )
})
