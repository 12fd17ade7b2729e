import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { comparableEnd, END_CHARS, END_SHORT, END_UNKNOWN } from '../src/detect/comparable-ends.js'
import { echoes, mayEcho } from '../src/detect/page-top.js'
import { comparableText } from '../src/source/block.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

// The headline search passes over a line that cannot echo a candidate by the
// ends of their comparable texts, read from the texts as written
// (comparableEnd). Both shortcuts must agree with the comparable texts.

const pack = (s: string) => [...s].reduce((n, c) => n * 128 + c.charCodeAt(0), 0)

/** What comparableEnd must answer, from the comparable text itself. */
function plainEnd(text: string, fromEnd: boolean): number {
  const c = comparableText(text)
  if (c.length < END_CHARS) return END_SHORT
  return pack(fromEnd ? [...c.slice(-END_CHARS)].reverse().join('') : c.slice(0, END_CHARS))
}

function agreesEnds(text: string): void {
  for (const fromEnd of [false, true]) {
    const quick = comparableEnd(text, fromEnd)
    // It may say it cannot tell only of text beyond ASCII; any answer it gives is the comparable text's.
    if (quick === END_UNKNOWN) expect(/[^\u0000-\u007f]/.test(text), text).toBe(true)
    else expect(quick, text).toBe(plainEnd(text, fromEnd))
  }
}

const FIXTURE_TEXTS = fixtureLinesAndParagraphs()

describe('comparableEnd: the first and last characters of the comparable text', () => {
  test.each([
    ['Pier repairs to close seafront road', 'pie', 'oad'],
    ['  "Pier" -- repairs!', 'pie', 'irs'],
    ['A-B', 'a b', 'a b'],
    ['HomeSPORT NEWS: Chelsea', 'hom', 'sea'],
    ['(AP) x', 'ap ', 'p x'],
  ])('%j', (text, head, tail) => {
    expect(comparableEnd(text, false)).toBe(pack(head))
    expect(comparableEnd(text, true)).toBe(pack([...tail].reverse().join('')))
  })
  test('short and unknown', () => {
    expect(comparableEnd('ab', false)).toBe(END_SHORT)
    expect(comparableEnd('  a  b ', true)).toBe(pack('b a'))
    expect(comparableEnd(' !b ', true)).toBe(END_SHORT)
    expect(comparableEnd('', false)).toBe(END_SHORT)
    expect(comparableEnd('“Pier”', false)).toBe(pack('pie'))
    expect(comparableEnd('Pier — road’s', true)).toBe(pack([...'d s'].reverse().join('')))
    expect(comparableEnd('“a” —', true)).toBe(END_SHORT)
    expect(comparableEnd('„Über', false)).toBe(END_UNKNOWN)
    expect(comparableEnd('Café', true)).toBe(END_UNKNOWN)
    expect(comparableEnd('Café', false)).toBe(pack('caf'))
  })
  test(`on ${FIXTURE_TEXTS.length} lines and paragraphs of the fixtures`, () => {
    for (const text of FIXTURE_TEXTS) agreesEnds(text)
  })
  test('on any text', () => {
    fc.assert(
      fc.property(anyText, (text) => agreesEnds(text)),
      { numRuns: RUNS },
    )
  })
  test('on texts of words and the punctuation beyond ASCII it reads past', () => {
    const piece = fc.constantFrom(
      'Pier',
      'ROAD',
      'a',
      'b',
      '7',
      'é',
      'İ',
      'ſ',
      '“',
      '”',
      '‘',
      '’',
      '—',
      '–',
      '…',
      '«',
      '»',
      '·',
      '•',
      '\u00a0',
      '„',
      ' ',
      '-',
      '.',
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => agreesEnds(pieces.join(''))),
      { numRuns: 5_000 },
    )
  })
})

describe('mayEcho: true of every line that echoes a candidate', () => {
  const words = (key: string) => key.split(' ').length
  const check = (candidate: string, line: string) => {
    const key = comparableText(candidate)
    if (key === '' || words(key) < 3) return
    if (!echoes(comparableText(line), false, key, words(key))) return
    const ends = (t: string) => [comparableEnd(t, false), comparableEnd(t, true)] as const
    const [lineHead, lineTail] = ends(line)
    const [head, tail] = ends(candidate)
    expect(mayEcho(lineHead, lineTail, head, tail), `${candidate} / ${line}`).toBe(true)
  }
  // A breadcrumb ending with the candidate, a page title opening with it, an exact copy, in other cases and spacings.
  const around = (candidate: string, other: string): string[] => [
    candidate,
    candidate.toUpperCase(),
    `${other} ${candidate}`,
    `${other}${candidate}`,
    `${other} » ${candidate}.`,
    `${candidate} | ${other}`,
    `${candidate}: ${other}`,
    `“${candidate}”`,
    `${candidate} — ${other}`,
  ]

  test("on the fixtures' lines as candidates, echoed by the lines around them", () => {
    expect.hasAssertions()
    const lines = FIXTURE_TEXTS.filter((t) => t.length < 200)
    for (let i = 0; i < lines.length; i++)
      for (const line of around(lines[i]!, lines[(i * 7919) % lines.length]!.slice(0, 40))) check(lines[i]!, line)
  })
  test('on any text', () => {
    expect.hasAssertions()
    fc.assert(
      fc.property(anyText, anyText, (candidate, other) => {
        for (const line of around(candidate.slice(0, 120), other.slice(0, 40))) check(candidate.slice(0, 120), line)
      }),
      { numRuns: RUNS },
    )
  })
})
