import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { MatchEnds } from '../src/detect/match-ends.js'
import { BOILERPLATE_PATTERNS } from '../src/lexicon/boilerplate.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

// MatchEnds reads from a pattern's source which ASCII characters its matches
// can open and close a text with. It is a filter before the pattern: it must
// never turn away a text the pattern matches.

describe('MatchEnds: the first and last characters read from a pattern', () => {
  test.each([
    [/^abc/, 'a', null],
    [/^abc/i, 'Aa', null],
    [/^(?:x|y)?z/i, 'XYZxyz', null],
    [/^(?:please\s+)?(?:follow|like)\b/i, 'FLPflp', null],
    [/^\d+ comments?$/, '0123456789', 'st'],
    [/^(?=x)y$/, 'y', 'y'],
    [/^a\b.*z$/, 'a', 'z'],
    [/^(?:©|\(c\)\s)/i, '(', null],
    [/^[Üü]ber$/u, '', 'r'],
    [/(?:a|b)$/, null, 'ab'],
  ])('%s opens with %j and closes with %j', (pattern, first, last) => {
    const ends = new MatchEnds(pattern)
    expect(ends.first).toBe(first)
    expect(ends.last).toBe(last)
  })

  // A pattern that may match anywhere, match nothing at an edge, or use what the reader does not follow gets no filter.
  test.each([
    /abc/,
    /^a?/,
    /^a*b?$/,
    /(?:^a|b)c/,
    /\ball rights reserved\b/i,
    /^(a)\1$/,
    /^(?<x>a)\k<x>$/,
    /^a/m,
    /^a/y,
  ])('%s: no filter at its edges', (pattern) => {
    const ends = new MatchEnds(pattern)
    expect([ends.first, ends.last]).toEqual([null, null])
    expect(ends.mayMatch('zzz')).toBe(true)
  })

  test('a text opening or closing beyond ASCII, or empty, is let through', () => {
    const ends = new MatchEnds(/^ab$/i)
    expect(ends.mayMatch('xb')).toBe(false)
    expect(ends.mayMatch('ax')).toBe(false)
    expect(ends.mayMatch('ſb')).toBe(true)
    expect(ends.mayMatch('a\u212a')).toBe(true)
    expect(ends.mayMatch('')).toBe(true)
  })

  // Patterns built at random from the constructs the reader follows, and texts from a few letters: a text a
  // pattern matches always passes its filter.
  const atom = fc.constantFrom(
    'a',
    'b',
    'B',
    ' ',
    '1',
    'é',
    '[ab]',
    '[^a]',
    String.raw`\d`,
    String.raw`\s`,
    '.',
    String.raw`\w`,
    String.raw`\(`,
  )
  const pattern: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      atom,
      fc.constantFrom('^', '$', String.raw`\b`),
      fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((items) => items.join('')),
      fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((options) => `(?:${options.join('|')})`),
      fc
        .tuple(tie('node'), fc.constantFrom('?', '*', '+', '{0,2}', '{1,2}', '{2}', '??'))
        .map(([n, q]) => `(?:${n})${q}`),
      tie('node').map((n) => `(?=${n})`),
    ),
  })).node
  const text = fc.array(fc.constantFrom('a', 'b', 'A', 'B', ' ', '1', 'é', '(', '\u212a'), { maxLength: 6 })

  test.each(['', 'i', 'u', 'iu'])('never turns away a match, on random patterns (flags %j)', (flags) => {
    expect.hasAssertions()
    fc.assert(
      fc.property(pattern, fc.array(text, { minLength: 1, maxLength: 8 }), (source, texts) => {
        const re = new RegExp(source, flags)
        const ends = new MatchEnds(re)
        for (const t of texts.map((cs) => cs.join('')))
          if (re.test(t)) expect(ends.mayMatch(t), `${re} ${t}`).toBe(true)
      }),
      { numRuns: 3_000 },
    )
  })
})

describe('the boilerplate patterns: MatchEnds never turns away a line one matches', () => {
  const PATTERNS = BOILERPLATE_PATTERNS.map((p) => ({ ...p, ends: new MatchEnds(p.pattern) }))
  const agree = (line: string) => {
    for (const p of PATTERNS) if (p.pattern.test(line)) expect(p.ends.mayMatch(line), `${p.rule}: ${line}`).toBe(true)
  }

  test('most patterns get a filter', () => {
    const filtered = PATTERNS.filter((p) => p.ends.first !== null || p.ends.last !== null)
    expect(filtered.length).toBeGreaterThan(PATTERNS.length * 0.8)
  })

  test("on every pattern's examples, in upper and lower case", () => {
    expect.hasAssertions()
    for (const p of PATTERNS)
      for (const line of [...p.examples.match, ...p.examples.noMatch])
        for (const cased of [line, line.toUpperCase(), line.toLowerCase()]) agree(cased)
  })

  test('on every line and paragraph of the fixtures, as written, cased and with odd edges', () => {
    expect.hasAssertions()
    for (const line of fixtureLinesAndParagraphs())
      for (const v of [line, line.trim(), line.toUpperCase(), ` ${line.trim()}`, `[${line.trim()}`, `${line.trim()} |`])
        agree(v)
  })

  test("on lines built from the patterns' words, opening and closing with any character", () => {
    expect.hasAssertions()
    const words = [...new Set(BOILERPLATE_PATTERNS.flatMap((p) => p.pattern.source.match(/[a-zé]{2,}/gi) ?? []))]
    const edge = fc.constantFrom(...'([ \t|:!.-_0123456789©Üü»…“'.split(''), '', 'x ', '2 ', ' |', 'ſ', '\u212a')
    const word = fc.constantFrom(...words, ...words.map((w) => w.toUpperCase()), 'us', 'our', 'the', '|', ':', '2')
    fc.assert(
      fc.property(edge, fc.array(word, { minLength: 1, maxLength: 8 }), edge, (a, ws, b) =>
        agree(`${a}${ws.join(' ')}${b}`),
      ),
      { numRuns: 20_000 },
    )
  })
})
