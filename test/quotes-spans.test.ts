import { describe, expect, test } from 'vitest'
import { findSpans, marksOf } from '../src/quotes/find-spans.js'

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
    ['French guillemets with spaces inside', 'Il a dit « non merci », puis il est parti.', ['non merci']],
    ['French guillemets with no-break spaces', 'Il a dit «\u00a0non merci\u202f», puis il est parti.', ['non merci']],
    ['tight guillemets', 'Dijo «no lo sé» y se fue.', ['no lo sé']],
    ['reversed guillemets »…« (German, Danish)', 'Er sagte »Nein danke« und ging.', ['Nein danke']],
    ['German single ‚…‘ inside „…“', 'Er sagte „Sie rief ‚Halt‘ und lief“ und ging.', ['Sie rief ‚Halt‘ und lief']],
    ['reversed single ›…‹', 'Er sagte ›Nein‹ und ging.', ['Nein']],
    ["Dutch typewriter ,,…''", ",,Het is te vroeg'', zei ze.", ['Het is te vroeg']],
    ['Swedish ”…”', '”Det är bara början”, sa hon.', ['Det är bara början']],
    ['Finnish »…»', '»Tilanne on vakava», hän sanoi.', ['Tilanne on vakava']],
    [
      'a “…” quote nested in a “…” quote',
      '“Il secondo è un conto per il nostro “tetto di spesa” e per il porto”, spiegano.',
      ['Il secondo è un conto per il nostro “tetto di spesa” e per il porto'],
    ],
    ['a doubled opening mark does not nest', 'La ley dice: ““Todos son iguales.” Y nada más.', ['“Todos son iguales.']],
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
    ['plural possessive', 'Rollins’ campaign sent a letter.'],
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
    expect(inner(["''They told us, 'The harbour is a special case,''' he said. ''It is all talk.''"])).toEqual([
      "They told us, 'The harbour is a special case,'",
      'It is all talk.',
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
    expect(inner(['"I am leaving. "We have a gap in the budget," she said.'])).toEqual([
      'I am leaving.',
      'We have a gap in the budget,',
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

describe('marksOf: which marks open and which close', () => {
  const ways = (text: string) => marksOf(text).map((m) => `${text.slice(m.at, m.at + m.len)}${m.way}`)
  test.each<[string, string, string[]]>([
    ['straight marks by where they stand', 'said "yes" then', ['"open', '"close']],
    ['a German pair', 'Er sagte „Nein“.', ['„open', '“close']],
    ['an English pair', 'She said “No.”', ['“open', '”close']],
    ['curly marks typed the wrong way round', '”Hello”', ['”open', '”close']],
    ['an apostrophe inside a word is no mark', "don't", []],
    ['nor one before a year', "the '90s", []],
    ['a wire triple closing', "case,''' he", ["'close", "''close"]],
    ['grave pairs open', "``Yes,'' he said", ['``open', "''close"]],
    ['a free-standing straight mark can only close', 'a " b', ['"close']],
    ['» before a word opens, « after one closes', 'sagt: »Ja« und', ['»open', '«close']],
    ['« with a space after opens, » with a space before closes', 'dit : « oui », et', ['«open', '»close']],
    ['a double comma after a word is no mark', 'hello,, world', []],
  ])('%s', (_name, text, want) => {
    expect(ways(text)).toEqual(want)
  })
})
