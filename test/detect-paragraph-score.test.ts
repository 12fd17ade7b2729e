import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import {
  closesSentence,
  endsSentence,
  isSentence,
  markListRuns,
  type ParagraphClass,
  smoothClasses,
} from '../src/detect/paragraph-score.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

// The paragraph scorer's sentence tests, and the forms that are not written as their pattern
// (endsSentence reads the last character; a list item's count tail needs a closing bracket first)
// checked against the pattern.

/** Every line and paragraph of the fixtures, as written and with white space or a closing character after it. */
function fixtureTexts(): string[] {
  const out = new Set<string>()
  for (const t of fixtureLinesAndParagraphs())
    for (const v of [t, `${t} `, `${t}\u00a0`, `${t}\t`, `${t}\u3000`, `${t}.`, `${t}”`, `${t}) `, `${t}\ufeff`])
      out.add(v)
  return [...out]
}
const TEXTS = fixtureTexts()

// Sentence ends of Latin scripts, and of Chinese and Japanese: "…です。", "…」".
const plainEndsSentence = (text: string) => /[.!?…:;"”’'»)\]。．！？」』）]$/u.test(text.trim())
const plainIsSentence = (text: string) =>
  /^["“‘'(]?[\p{Lu}\p{N}]/u.test(text) && /[.!?…]["”’']?\)?$/u.test(text) && text.split(/\s+/).length >= 5

test(`endsSentence and isSentence: same answers as the plain patterns on ${TEXTS.length} fixture texts`, () => {
  for (const text of TEXTS) {
    expect(endsSentence(text), text).toBe(plainEndsSentence(text))
    expect(isSentence(text), text).toBe(plainIsSentence(text))
  }
})

test('endsSentence and isSentence: same answers on texts built from words, closing characters and white space', () => {
  const piece = fc.constantFrom(
    'He',
    'said',
    'Cruz',
    'won',
    '11',
    'delegates',
    '.',
    '!',
    '?',
    '…',
    ':',
    ';',
    '"',
    '”',
    '’',
    "'",
    '»',
    ')',
    ']',
    '(',
    'x',
    ' ',
    '  ',
    '\t',
    '\n',
    '\u00a0',
    '\u2003',
    '\u3000',
    '\ufeff',
    '\u200b',
    '\u1680',
    '\ud83d\ude00',
  )
  fc.assert(
    fc.property(fc.array(piece, { minLength: 0, maxLength: 10 }), (pieces) => {
      const text = pieces.join('')
      expect(endsSentence(text)).toBe(plainEndsSentence(text))
      expect(isSentence(text)).toBe(plainIsSentence(text))
    }),
    { numRuns: 20_000 },
  )
})

describe('endsSentence and closesSentence: how sentences end', () => {
  test.each(['He said so.', 'Really?”', 'Done (AP)', 'Why not!  ', 'As follows:', 'He called it “uncommitted.”'])(
    'ends a sentence: %j',
    (text) => {
      expect(endsSentence(text)).toBe(true)
    },
  )
  test.each(['Home', 'Read more »x', 'Share this article', '2 comments', '', '   '])('does not: %j', (text) => {
    expect(endsSentence(text)).toBe(false)
  })
  test.each([
    ['Cruz won 11 delegates.', true],
    ['“We won.”', true],
    ['He left (for good.)', true],
    ['(AP)', false],
    ['Advertisement', false],
    ['As follows:', false],
  ])('closesSentence(%j) → %s', (text, expected) => {
    expect(closesSentence(text)).toBe(expected)
  })
})

describe('markListRuns: three short lines or more that end no sentence are a list', () => {
  test.each([
    // a listing: one line the code test misses stays as it was
    [['<body>', '  data-fare-table="fares.js"></script>', '</body>'], [true, false, true], 'near-good'],
    // a menu with one line that reads as code ("9(" of a date) is still a menu
    [['Ferry 3/9(Thu) 18:45', 'Tweet', 'Share'], [true, false, false], 'bad'],
  ] as [string[], boolean[], ParagraphClass][])('lines of code in the run: %j', (texts, code, expected) => {
    const classes = texts.map((): ParagraphClass => 'near-good')
    markListRuns(texts, classes, code)
    expect(classes[1]).toBe(expected)
  })
  const classesOf = (texts: string[], initial: ParagraphClass = 'near-good') => {
    const classes = texts.map((): ParagraphClass => initial)
    markListRuns(texts, classes)
    return classes
  }
  test('a menu of three items is bad', () => {
    expect(classesOf(['Home', 'News', 'Sport'])).toEqual(['bad', 'bad', 'bad'])
  })
  test('a "Most commented" list whose items close with a count in brackets is a list', () => {
    expect(classesOf(['Vikings beat the Broncos (145)', 'Pier to close (12)', 'Ferry saved (7)'])).toEqual([
      'bad',
      'bad',
      'bad',
    ])
  })
  test.each([
    ['two short lines', ['Home', 'News']],
    ['a crosshead between sentences', ['He said so.', 'Crosshead', 'She agreed.']],
    ['items that end sentences', ['One thing.', 'Another thing.', 'A third (2019).']],
    ['prose without full stops', ['x'.repeat(120), 'y'.repeat(120), 'z'.repeat(120)]],
  ])('no list: %s', (_, texts) => {
    expect(classesOf(texts)).toEqual(texts.map(() => 'near-good'))
  })
  test('a good item keeps its class', () => {
    expect(classesOf(['Home', 'News', 'Sport'], 'good')).toEqual(['good', 'good', 'good'])
  })
})

/** smoothClasses as first written: four neighbour arrays and two copies. */
function plainSmooth(initial: readonly ParagraphClass[]): ParagraphClass[] {
  const neighbours = (classes: readonly ParagraphClass[], step: 1 | -1) => {
    const out = new Array<ParagraphClass | null>(classes.length).fill(null)
    let seen: ParagraphClass | null = null
    for (let k = 0; k < classes.length; k++) {
      const i = step === -1 ? k : classes.length - 1 - k
      out[i] = seen
      if (classes[i] !== 'short' && classes[i] !== 'near-good') seen = classes[i]!
    }
    return out
  }
  const out = [...initial]
  const [before, after] = [neighbours(initial, -1), neighbours(initial, 1)]
  for (let i = 0; i < initial.length; i++) {
    if (initial[i] !== 'near-good') continue
    const prev = before[i] ?? after[i] ?? null
    const next = after[i] ?? prev
    out[i] = prev === 'bad' && next === 'bad' ? 'bad' : 'good'
  }
  const settled = [...out]
  const [settledBefore, settledAfter] = [neighbours(settled, -1), neighbours(settled, 1)]
  for (let i = 0; i < initial.length; i++) {
    if (initial[i] !== 'short') continue
    const prev = settledBefore[i] ?? settledAfter[i] ?? null
    const next = settledAfter[i] ?? prev
    if (prev === null) out[i] = 'good'
    else out[i] = prev === 'good' && next === 'good' ? 'good' : 'bad'
  }
  return out
}

test('smoothClasses: same classes as the plain version on any sequence', () => {
  const classes = fc.array(fc.constantFrom<ParagraphClass>('good', 'near-good', 'short', 'bad'), { maxLength: 30 })
  fc.assert(
    fc.property(classes, (initial) => {
      expect(smoothClasses(initial)).toEqual(plainSmooth(initial))
    }),
    { numRuns: 20_000 },
  )
})
