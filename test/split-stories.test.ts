import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { splitAtFraming, splitLines, visibleWords } from '../src/source/lines.js'
import { linesOf, splitStories, splitStoryLines } from '../src/source/split-stories.js'
import { line as anyLine, RUNS } from './helpers/arbitrary-text.js'

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

describe('visibleWords: a line without its controls and the whitespace around them', () => {
  test.each([
    ['-30-', '-30-'],
    ['  -30-\u0016 ', '-30-'],
    ['\u0001\t(END)\u00a0\u3000', '(END)'],
    ['\u0003', ''],
    ['', ''],
    ['a \u0001 b', 'a   b'],
  ])('%j → %j', (text, words) => {
    expect(visibleWords(text)).toBe(words)
  })
})

describe('splitStories: end marks and ZCZC however they are padded', () => {
  const one = 'FIRST\n\nBody one.\n'
  const two = 'SECOND\n\nBody two, line one\nand line two.\n'
  test.each([
    ['an end mark padded past 40 characters with spaces and controls', `\u0016   -30-${' '.repeat(40)}\u0016`],
    ['an end mark after a tab', '\t(END)'],
  ])('cut: %s', (_, mark) => {
    expect(pieces(`${one}${mark}\n${two}`)).toEqual([`${one}${mark}\n`, two])
  })
  test.each([
    ['a long line that opens like an end mark', `-30- was the mark, and this line goes on for ${'long '.repeat(8)}`],
    ['ENDS inside a sentence', 'The talks ENDS in May'],
    ['an end mark in lower case', 'xxx'],
  ])('no cut: %s', (_, line) => {
    expect(pieces(`${one}${line}\n${two}`)).toEqual([`${one}${line}\n${two}`])
  })
  test('ZCZC at the start of a long header line opens a message', () => {
    const header = `ZCZC AFP0123 4 POL /AFP-PM13 with a slug long enough to pass forty`
    expect(pieces(`${one}${header}\n${two}`)).toEqual([one, `${header}\n${two}`])
  })
  test('any feed splits into stories that follow each other, each starting at a line start', () => {
    const markLine = fc
      .tuple(
        fc.constantFrom('', ' ', '\t', '\u0016', '\u0003', '\u0001'),
        fc.constantFrom('-30-', '(END)', 'ENDS', 'NNNN', 'ZCZC', 'ZCZC AFP0123', '(MORE)', '###', 'X'.repeat(41)),
      )
      .map(([a, m]) => a + m)
    const feed = fc
      .array(fc.tuple(fc.oneof(markLine, anyLine, fc.constant('')), fc.constantFrom('\n', '\r\n', '\r')), {
        maxLength: 40,
      })
      .map((pairs) => pairs.map(([l, e]) => l + e).join(''))
    fc.assert(
      fc.property(feed, (text) => {
        const spans = splitStories(text)
        const lineStarts = new Set(splitLines(text).map((l) => l.start))
        expect(spans[0]!.start).toBe(0)
        expect(spans[spans.length - 1]!.end).toBe(text.length)
        expect(spans.every((span) => lineStarts.has(span.start))).toBe(true)
        expect(spans.slice(1).map((span) => span.start)).toEqual(spans.slice(0, -1).map((span) => span.end))
      }),
      { numRuns: RUNS },
    )
  })
})

describe('splitAtFraming: a framing character anywhere in a line splits it', () => {
  test.each([
    ['\u0001eca047 4 i 186 dpa 073\u0002Merkel trifft Macron =', ['eca047 4 i 186 dpa 073', 'Merkel trifft Macron =']],
    ['last words of the story.\u0003091422 GMT Jun 09', ['last words of the story.', '091422 GMT Jun 09']],
    ['\t   \u0003AP-WF-06-09-14 1422GMT<', ['AP-WF-06-09-14 1422GMT<']],
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
