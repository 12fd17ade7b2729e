import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { END_MARK } from '../src/lexicon/wire.js'
import { splitAtFraming, splitLines, stripControls, visibleLength } from '../src/source/lines.js'
import { linesOf, mayOpenMark, splitStories, splitStoryLines, wordsKind } from '../src/source/split-stories.js'
import { line as anyLine, RUNS } from './helpers/arbitrary-text.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'
import { referenceSplitStoryLines } from './helpers/split-stories-reference.js'

const FIXTURES = new URL('../fixtures', import.meta.url).pathname

const pieces = (text: string): string[] => splitStories(text).map((s) => text.slice(s.start, s.end))

describe('splitStories', () => {
  test('SOH … ETX framing gives one story per frame; the bytes between frames join the story above', () => {
    const feed =
      '\u0016\u0001a0001 BC-One\n\u0002ONE\n\nBody one.\n\u0003\r\n\u0001a0002 BC-Two\nTWO\n\nBody two.\n\u0003\u0001THREE\n\nBody three.\n\u0004'
    expect(pieces(feed)).toEqual([
      '\u0016\u0001a0001 BC-One\n\u0002ONE\n\nBody one.\n\u0003\r\n',
      '\u0001a0002 BC-Two\nTWO\n\nBody two.\n',
      // ETX and SOH share a line: the cut falls at the line start, never inside the line
      '\u0003\u0001THREE\n\nBody three.\n\u0004',
    ])
  })

  test.each([
    ['ETX with words after it', 'ONE\n\nBody one.\nlast " \u0003 words\nmore\n'],
    ['SOH with words before it', 'ONE\n\nBody one.\nwords \u0001 after\nmore\n'],
  ])('a control inside a line never cuts the line in two: %s', (_, text) => {
    const starts = new Set([0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)])
    for (const span of splitStories(text)) expect(starts.has(span.start)).toBe(true)
  })

  test.each([['-30-'], ['(END)'], ['ENDS'], ['NNNN'], ['END']])(
    'an end mark %s between stories splits them, and stays with the story above',
    (mark) => {
      const feed = `FIRST\n\nBody one.\n${mark}\nSECOND\n\nBody two, line one\nand line two.\n`
      expect(pieces(feed)).toEqual([`FIRST\n\nBody one.\n${mark}\n`, 'SECOND\n\nBody two, line one\nand line two.\n'])
    },
  )

  test.each([
    ['-30-\u0016', 'after'],
    ['\u007f(END)', 'after'],
    ['\u0016ZCZC', 'before'],
  ])('a control beside an end mark or ZCZC is read as a space: %j', (mark, cut) => {
    const one = 'FIRST\n\nBody one.\n'
    const two = 'SECOND\n\nBody two, line one\nand line two.\n'
    expect(pieces(`${one}${mark}\n${two}`)).toEqual(
      cut === 'after' ? [`${one}${mark}\n`, two] : [one, `${mark}\n${two}`],
    )
  })

  test('IPTC 7901: ZCZC opens a message', () => {
    const feed = 'ZCZC\nONE\n\nBody one.\nNNNN\nZCZC\nTWO\n\nBody two.\nNNNN\n'
    expect(pieces(feed)).toEqual(['ZCZC\nONE\n\nBody one.\nNNNN\n', 'ZCZC\nTWO\n\nBody two.\nNNNN\n'])
  })

  test.each([
    ['a plain story', 'HEADLINE\n\nBody.\n'],
    ['a Reuters file ending in ETX', 'HEADLINE\n\n    CITY, March 1 - Body\nwrapped.\n Reuter\n\u0003'],
    ['a story ending in an end mark', 'HEADLINE\n\nBody.\n-30-\n'],
    ['(MORE), which says the story goes on', 'HEADLINE\n\nBody one.\n(MORE)\nBody two goes on\nand on\nand on.\n'],
    ['### above a release footer', 'HEADLINE\n\nBody.\n###\nAbout Acme\nAcme makes things.\nMedia contact: Jane Doe\n'],
    ['a trailer after an end mark', 'HEADLINE\n\nBody.\n-30-\nEds: fixes typo\n'],
    ['an empty file', ''],
  ])('one story: %s', (_, text) => {
    expect(splitStories(text)).toEqual([{ start: 0, end: text.length }])
  })
})

describe('linesOf', () => {
  // Every fixture's text, and feeds made of them: framed, closed by end marks, with CRLF, with and without a final line break.
  const texts = readdirSync(FIXTURES)
    .flatMap((name) =>
      readdirSync(join(FIXTURES, name))
        .filter((f) => /^input\./.test(f))
        .map((f) => join(FIXTURES, name, f)),
    )
    .map((path) => new TextDecoder().decode(readFileSync(path)))
  const feeds = [
    ...texts,
    texts
      .slice(0, 4)
      .map((t) => `\u0001${t}\u0003`)
      .join('\r\n'),
    texts.slice(4, 8).join('\n-30-\n'),
    texts.slice(8, 12).join('\nENDS\n').replace(/\n/g, '\r\n'),
    texts.slice(12, 14).join('\n(END)\n').replace(/\s+$/, ''),
    'ONE\n\nBody one.\n-30-\nTWO\n\nBody two\nwrapped\nand more.\n',
    '',
  ]

  test.each(feeds.map((text, i) => [i, text] as const))(
    'gives each story of text %i the lines splitLines finds in its text, split again at framing characters',
    (_, text) => {
      const { spans, lines } = splitStoryLines(text)
      for (const span of spans)
        expect(linesOf(lines, span, text.length)).toEqual(
          splitAtFraming(splitLines(text.slice(span.start, span.end), span.start)),
        )
    },
  )

  test('feeds made for it hold several stories each', () => {
    for (const feed of feeds.slice(texts.length, texts.length + 5))
      expect(splitStories(feed).length).toBeGreaterThanOrEqual(2)
  })
})

describe('the split reads lines as it did before its fast paths', () => {
  const texts = readdirSync(FIXTURES)
    .flatMap((name) =>
      readdirSync(join(FIXTURES, name))
        .filter((f) => /^input\./.test(f))
        .map((f) => join(FIXTURES, name, f)),
    )
    .map((path) => new TextDecoder().decode(readFileSync(path)))
  // Lines that cut, or nearly cut, a feed, with controls and spaces around them.
  const marks = [
    '-30-',
    '(END)',
    'ENDS',
    'NNNN',
    'ZCZC',
    'ZCZC AFP0123',
    'ZCZCX',
    '(MORE)',
    '###',
    ' Reuter',
    '\u0001',
    '\u0003',
    '\u0004',
    '\u0016\u0001a0001 BC-One',
    'Body \u0003 words',
    '\u0003\u0001NEXT',
    'ZCZC AFP0123 4 POL /AFP-PM13 with a slug long enough',
    'X'.repeat(40),
    'X'.repeat(41),
    '# # # # # # # # # # # # # # # # # # # #',
  ]
  const around = ['', ' ', '\t', '\u0016', '\u007f', '\u00a0', '\u0003', '\u200b']
  const markLine = fc
    .tuple(fc.constantFrom(...around), fc.constantFrom(...marks), fc.constantFrom(...around))
    .map(([a, m, b]) => a + m + b)
  const proseLine = fc.constantFrom(
    ...fixtureLinesAndParagraphs()
      .filter((t) => t.length > 0)
      .slice(0, 400),
  )
  const feed = fc
    .array(
      fc.tuple(fc.oneof(markLine, proseLine, anyLine, fc.constant('')), fc.constantFrom('\n', '\r\n', '\r', '\n\n')),
      { maxLength: 40 },
    )
    .map((pairs) => pairs.map(([l, e]) => l + e).join(''))

  test('visibleLength is the length of stripControls(text).trim()', () => {
    for (const t of fixtureLinesAndParagraphs())
      for (const v of [t, ` ${t}\u0001`, `\u0003${t}\u00a0`, `\u0016\t${t} \u007f`])
        expect(visibleLength(v)).toBe(stripControls(v).trim().length)
    fc.assert(
      fc.property(fc.oneof(anyLine, markLine), (t) => visibleLength(t) === stripControls(t).trim().length),
      { numRuns: RUNS },
    )
  })

  test('the same stories in every fixture and in feeds made of them', () => {
    const feeds = [
      ...texts,
      texts
        .slice(0, 4)
        .map((t) => `\u0001${t}\u0003`)
        .join('\r\n'),
      texts.slice(4, 8).join('\n-30-\n'),
      texts.slice(8, 12).join('\n\u0016ZCZC\n'),
    ]
    for (const text of feeds) expect(splitStoryLines(text).spans).toEqual(referenceSplitStoryLines(text).spans)
  })

  test('the same stories in generated feeds of end marks, framing, controls and prose', () => {
    fc.assert(
      fc.property(feed, (text) => {
        expect(splitStoryLines(text).spans).toEqual(referenceSplitStoryLines(text).spans)
      }),
      { numRuns: RUNS * 3 },
    )
  })
})

describe("a line's words are read as the patterns read them", () => {
  // wordsKind as written before its fast paths: the visible words, tried against the patterns.
  const IPTC = /^ZCZC\b/
  const referenceKind = (text: string): number => {
    const words = stripControls(text).trim()
    if (words.length === 0) return 0
    if (IPTC.test(words)) return 3
    return words.length <= 40 && END_MARK.test(words) && !/^\(?\s*more\s*\)?$|^#/i.test(words) ? 2 : 1
  }
  const kindOf = (text: string): number => wordsKind(splitLines(text)[0]!)

  test('mayOpenMark accepts the first character of anything END_MARK or ZCZC matches', () => {
    fc.assert(
      // fast-check cannot generate from \b: strings of the patterns without it, kept when the patterns match them.
      fc.property(
        fc.oneof(
          fc.stringMatching(new RegExp(END_MARK.source.replaceAll('\\b', ''))),
          fc.stringMatching(/^ZCZC.{0,20}$/),
        ),
        (mark) => {
          const words = mark.trim()
          if (END_MARK.test(words) || IPTC.test(words)) expect(mayOpenMark(words.charCodeAt(0))).toBe(true)
        },
      ),
      { numRuns: RUNS * 3 },
    )
  })

  test('wordsKind gives what the patterns give, on fixture lines and generated lines', () => {
    const marks = [
      '-30-',
      '\u2014 30 \u2014',
      '(END)',
      '( ends )',
      'ENDS',
      'END OF STORY',
      'end',
      '-- ends --',
      'NNNN',
      'XXX',
      '= ENDE =',
      'OFFNEWS',
      'MORE',
      '(MORE)',
      '###',
      '# # #',
      'ZCZC',
      'ZCZC AFP0123',
      'ZCZCX',
      'Reuter',
    ]
    const around = ['', ' ', '\t', '\u0016', '\u007f', '\u00a0', '\u0003', '\u200b']
    const texts = [
      ...fixtureLinesAndParagraphs(),
      ...marks.flatMap((m) =>
        around.flatMap((a) => [a + m, m + a, `${a}${m} and more words after it, past any end mark's length`]),
      ),
    ]
    for (const t of texts)
      for (const line of splitLines(t))
        expect([line.text, wordsKind(line)]).toEqual([line.text, line.blank ? 0 : referenceKind(line.text)])
    fc.assert(
      fc.property(
        fc.oneof(
          anyLine,
          fc
            .tuple(fc.constantFrom(...around), fc.constantFrom(...marks), fc.constantFrom(...around))
            .map(([a, m, b]) => a + m + b),
        ),
        (t) => {
          const line = splitLines(t)[0]!
          expect(kindOf(t)).toBe(line.blank ? 0 : referenceKind(line.text))
        },
      ),
      { numRuns: RUNS },
    )
  })
})

describe('splitAtFraming: a framing character anywhere in a line splits it', () => {
  test.each([
    ['\u0001eca062 4 i 211 dpa 061\u0002Merkel trifft Macron =', ['eca062 4 i 211 dpa 061', 'Merkel trifft Macron =']],
    ['last words of the story.\u0003131137 GMT Nov 13', ['last words of the story.', '131137 GMT Nov 13']],
    ['\t   \u0003AP-WF-11-13-13 1509GMT<', ['AP-WF-11-13-13 1509GMT<']],
  ])('%j', (text, words) => {
    const lines = splitAtFraming(splitLines(text))
    expect(lines.filter((l) => !l.blank).map((l) => l.text.trim())).toEqual(words)
    // Every piece keeps its place in the text, and the framing character is a blank line of its own.
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text)
    expect(lines.filter((l) => /[\u0001-\u0004]/.test(l.text)).every((l) => l.blank && l.text.length === 1)).toBe(true)
  })

  test('lines without framing characters are the very same lines', () => {
    const lines = splitLines('Headline\n\nA paragraph.\n')
    expect(splitAtFraming(lines)).toEqual(lines)
  })
})
