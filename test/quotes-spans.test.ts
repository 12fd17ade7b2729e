import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { findSpans, hasLetterOrDigit, isBlank, marksOf } from '../src/quotes/find-spans.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

// Each row: a paragraph (or paragraphs), and the quoted words the span finder should give, in order.
const inner = (texts: string[]) => findSpans(texts).map((s) => texts[s.block]!.slice(s.innerStart, s.innerEnd))

describe('quote marks', () => {
  test.each([
    ['straight double', 'He said "we will win" today.', ['we will win']],
    ['curly double', 'She called it “a disaster,” and left.', ['a disaster,']],
    ["wire ``…''", "``This is not how a city runs,'' said Delgado.", ['This is not how a city runs,']],
    ["NYT ''…''", "''That was a mistake,'' he said.", ['That was a mistake,']],
    ['guillemets', 'Il a dit « non merci » hier.', ['non merci']],
    ['German „…“', 'Er sagte „Nein danke“ und ging.', ['Nein danke']],
    ['corner brackets', '彼は「ありがとう」と言った。', ['ありがとう']],
    ['single marks as quotes', "The sign read 'Keep out' in red.", ['Keep out']],
    ['curly single marks', 'The sign read ‘Keep out’ in red.', ['Keep out']],
  ])('%s', (_name, text, want) => {
    expect(inner([text])).toEqual(want)
  })
})

describe('apostrophes are not quote marks', () => {
  test.each([
    ['possessive', "Armenia's foreign minister said nothing."],
    ['contraction', "We don't know and won't guess."],
    ['decade', "The '90s were different, and the 1980s too."],
    ['decade at the end of the text', "Back to the '90"],
    ['plural possessive', 'Sanders’ campaign sent a letter.'],
    ['curly contraction', 'It’s over, isn’t it?'],
  ])('%s', (_name, text) => {
    expect(inner([text])).toEqual([])
  })

  test('a possessive inside a quote does not end it', () => {
    expect(inner(['"Armenia\'s national interests come first," he said.'])).toEqual([
      "Armenia's national interests come first,",
    ])
  })
})

describe('nesting, runs and unbalanced marks', () => {
  test('a quote containing a quote is one span with the inner marks kept', () => {
    expect(inner(['"I said, \'We will look at every option,\' and we have," she said.'])).toEqual([
      "I said, 'We will look at every option,' and we have,",
    ])
  })

  test("wire triple mark: a single closing inside a double closing ('''", () => {
    expect(inner(["''We are told, 'Kosovo is a special case,''' he said. ''It is all lies.''"])).toEqual([
      "We are told, 'Kosovo is a special case,'",
      'It is all lies.',
    ])
  })

  test('a quote open at a paragraph end continues into the next paragraph that opens with a mark', () => {
    const spans = findSpans(['"We have waited eleven years.', '"If we wait again, we close," she said.'])
    expect(spans.map((s) => [s.block, s.closed, s.continues])).toEqual([
      [0, false, false],
      [1, true, true],
    ])
  })

  test('a quote left open does not swallow the next paragraph', () => {
    const texts = ['He said "this never ends', 'The next paragraph has no marks at all.']
    expect(inner(texts)).toEqual(['this never ends'])
    expect(findSpans(texts)[0]!.block).toBe(0)
  })

  test('a new opening mark after a sentence end starts a new quote (paragraphs run together)', () => {
    expect(inner(['"I am leaving. "I have a problem with decisions," she said.'])).toEqual([
      'I am leaving.',
      'I have a problem with decisions,',
    ])
  })

  test('a stray closing mark opens nothing', () => {
    expect(inner(['He is 6 ft 2" tall and "very fast" too.'])).toEqual(['very fast'])
  })

  test('runs in linear time on a long line of marks', () => {
    const text = '"a '.repeat(20000)
    expect(findSpans([text]).length).toBeGreaterThan(0)
  })
})

// The span finder tests offsets of the paragraph instead of slicing it and asking a regex or trim();
// the slicing forms stay here as the reference.
describe('scans that stand for a slice and a regex', () => {
  const pieces = [
    ' ',
    '\t',
    '\n',
    '\u00a0',
    '\u1680',
    '\u2003',
    '\u200b',
    '\u2028',
    '\u3000',
    '\ufeff',
    '\u0085',
    'a',
    'é',
    '٣',
    '²',
    '.',
    '“',
    '𝐀',
    '😀',
    '\ud835',
    '\udc00',
  ]
  const text = fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 2 })), { maxLength: 12 })
    .map((a) => a.join(''))
  const slice = text.chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length)))

  test('isBlank is trim() on the slice, for every code unit alone', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c)
      if (isBlank(ch, 0, 1) !== (ch.trim() === '')) expect(c.toString(16)).toBe('blank as trim() says')
    }
  })

  test('isBlank and hasLetterOrDigit read any part of any text as the sliced forms do', () => {
    fc.assert(
      fc.property(slice, ([t, a, b]) => {
        const [from, to] = a <= b ? [a, b] : [b, a]
        const part = t.slice(from, to)
        expect(isBlank(t, from, to)).toBe(part.trim() === '')
        expect(hasLetterOrDigit(t, from, to)).toBe(/[\p{L}\p{N}]/u.test(part))
      }),
      { numRuns: 5000 },
    )
  })
})

// marksOf reads a mark and its neighbours by character code; the character-string reading it replaced
// stays here as the reference.
describe('marksOf reads marks as the character strings did', () => {
  type Way = 'open' | 'close' | 'either'
  type Family = 'double' | 'single'
  const OPENERS_BEFORE = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '"', '“', '‘', "'", '«', '„'])
  const isSpaceAt = (c: string | undefined) => c === undefined || /^\s$/u.test(c)
  const isWordChar = (c: string | undefined) => c !== undefined && /^[\p{L}\p{N}]$/u.test(c)
  const isDigitAt = (text: string, i: number) => /^\d$/.test(text[i] ?? '')
  function classify(text: string, at: number, len: number, family: Family, natural: Way) {
    const prev = text[at - 1]
    const next = text[at + len]
    const openCtx = (isSpaceAt(prev) || OPENERS_BEFORE.has(prev!)) && !isSpaceAt(next)
    const closeCtx = !isSpaceAt(prev) && !isWordChar(next)
    const mark = (way: Way) => ({ at, len, family, way })
    if (family === 'single') {
      if (isWordChar(prev) && isWordChar(next)) return null
      if (isDigitAt(text, at + len) && isDigitAt(text, at + len + 1)) return null
      if (natural === 'open') return openCtx ? mark('open') : null
      if (natural === 'close') return closeCtx ? mark('close') : openCtx && isWordChar(next) ? mark('open') : null
      return openCtx && isWordChar(next) ? mark('open') : closeCtx ? mark('close') : null
    }
    if (natural === 'either') return openCtx ? mark('open') : mark('close')
    if (natural === 'open' && closeCtx && !openCtx) return mark('close')
    if (natural === 'close' && openCtx && !closeCtx) return mark('open')
    return mark(natural)
  }
  function referenceMarks(text: string) {
    const out: { at: number; len: number; family: Family; way: Way }[] = []
    let low = -1
    let high = -1
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!
      const next = text[i + 1]
      let m = null
      if (c === "'" && text.startsWith("'''", i) && !isSpaceAt(text[i - 1])) {
        out.push(
          { at: i, len: 1, family: 'single', way: 'close' },
          { at: i + 1, len: 2, family: 'double', way: 'close' },
        )
        i += 2
        continue
      }
      if (c === '`' && next === '`') m = classify(text, i, 2, 'double', 'open')
      else if (c === "'" && next === "'") m = classify(text, i, 2, 'double', 'either')
      else if (c === '"') m = classify(text, i, 1, 'double', 'either')
      else if (c === '“' || c === '„' || c === '«' || c === '「') {
        m = classify(text, i, 1, 'double', c === '“' && low > high ? 'close' : 'open')
        if (c === '„') low = i
        if (c === '“') high = i
      } else if (c === '”' || c === '»' || c === '」') m = classify(text, i, 1, 'double', 'close')
      else if (c === '‘' || c === '‹') m = classify(text, i, 1, 'single', 'open')
      else if (c === '’' || c === '›') m = classify(text, i, 1, 'single', 'close')
      else if (c === "'" || c === '`') m = classify(text, i, 1, 'single', 'either')
      if (m) {
        out.push(m)
        i += m.len - 1
      }
    }
    return out
  }
  const MARKS = ['"', '“', '”', '„', '«', '»', '「', '」', "'", '‘', '’', '‹', '›', '`', "''", '``', "'''"]
  const NEIGHBOURS = [
    ' ',
    '\u00a0',
    '\u2003',
    'a',
    'Z',
    'é',
    '٣',
    '²',
    '1',
    '9',
    '(',
    '[',
    '{',
    '—',
    '–',
    '-',
    '/',
    ':',
    '.',
    ',',
    '!',
    '\ud835',
    '\udc00',
    '😀',
  ]
  const text = fc
    .array(fc.oneof(fc.constantFrom(...MARKS), fc.constantFrom(...NEIGHBOURS), fc.string({ maxLength: 2 })), {
      maxLength: 24,
    })
    .map((a) => a.join(''))
  test('any text thick with marks', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(marksOf(t)).toEqual(referenceMarks(t))
      }),
      { numRuns: 5000 },
    )
  })
  test('every BMP code unit before and after each mark', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      const t = MARKS.map((m) => `${ch}${m}${ch}`).join(' ') + MARKS.join(ch)
      const got = marksOf(t)
      if (JSON.stringify(got) !== JSON.stringify(referenceMarks(t))) expect([c, got]).toEqual([c, referenceMarks(t)])
    }
  })
  test('every line of every fixture', () => {
    for (const line of fixtureLinesAndParagraphs()) expect(marksOf(line)).toEqual(referenceMarks(line))
  })
})
