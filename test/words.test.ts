import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { countsOf } from '../src/detect/language.js'
import { STOPWORDS } from '../src/lexicon/stopwords/index.js'
import {
  countPieces,
  countPlainly,
  countText,
  countWords,
  LANGUAGES,
  type TextCounts,
  wordsOf,
} from '../src/source/words.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

const EN = LANGUAGES.indexOf('en')
const DE = LANGUAGES.indexOf('de')

describe('wordsOf: letters joined by an inner apostrophe or hyphen, lower-cased', () => {
  test.each([
    ["Don't stop—2 well-known O’Neills", ["don't", 'stop', 'well-known', 'o’neills']],
    ['U.S. 3.5bn', ['u', 's', 'bn']],
    ["trailing- 'quoted' a--b", ['trailing', 'quoted', 'a', 'b']],
    ['Zürich 東京 𝐀𝐁', ['zürich', '東京', '𝐀𝐁']],
    ['2024 — 12:30 | ½', []],
  ])('%j', (text, words) => {
    expect(wordsOf(text)).toEqual(words)
  })
})

describe('countWords: letters and digits joined by an inner apostrophe, dot or hyphen', () => {
  test.each([
    ['', 0],
    ["It's a well-known U.S. firm, 3.5 times", 7],
    ['O’Neill said: "no"', 3],
    ['a--b', 2],
    ["a-'b", 2],
    ['trailing-', 1],
    ['Zürich 2024 — 東京 𝐀𝐁', 4],
    ['  — | ', 0],
  ])('%j → %i', (text, n) => {
    expect(countWords(text)).toBe(n)
  })
})

describe('countPlainly: what the steps read of a text', () => {
  test('an English sentence', () => {
    const counts = countPlainly("It's a well-known U.S. firm, the minister said.")
    expect(counts).toMatchObject({ words: 9, articleWords: 8, letters: 34, visible: 40, separators: 0 })
    // a, the, said (and "a" is in other lists too); not it's, minister, firm
    expect(counts.stopwords[EN]).toBe(3)
    expect(counts.stopwords[DE]).toBe(0)
  })
  test('a menu: separators, no stopwords', () => {
    expect(countPlainly('Home | News › Sport • Weather')).toMatchObject({
      words: 4,
      anyStopwords: 0,
      letters: 20,
      visible: 23,
      separators: 3,
    })
  })
  test('stopwords in any case, not inside longer words', () => {
    expect(countPlainly('THE Thе theme the-end DER der').stopwords[EN]).toBe(1)
    expect(countPlainly('THE Thе theme the-end DER der').stopwords[DE]).toBe(2)
  })
})

describe('countText reads a text in one scan as countPlainly does by the patterns', () => {
  const same = (text: string) => expect(countText(text)).toEqual(countPlainly(text))
  test.each([
    ['English prose', 'The minister said on Sunday that the talks would go on.'],
    ['inner apostrophes and hyphens', "Don't call it a well-known o’clock - it isn't'"],
    ['a dotted capital I that lower-cases to two code units', 'İstanbul and the İzmir road'],
    ['German sharp s and umlauts', 'Der Straße über die Brücke, sagte der Bürgermeister'],
    ['Greek final sigma', 'ΟΔΟΣ ΚΑΙ Ο ΔΡΟΜΟΣ'],
    ['emoji between words', 'Great match 👍🏽 and the 🇬🇧 fans 😀 sang'],
    ['an astral letter with case', 'The 𐐀𐐁 letters and 𐐨 in Deseret'],
    ['lone surrogates', 'a\ud800b \udc00 the c'],
    ['menu separators', 'Home | News » Sport › Weather • Radio · TV'],
    ['non-breaking and odd spaces', 'the\u00a0news\u2028of\u3000the\ufeffday'],
    ['Cyrillic and CJK', 'Перейти к контенту 商品の改造が商標法違反に'],
    ['digits and joiners', 'The U.S. paid $3.5bn, 1-0 up, 2024’s 10th ½-time O.K.. a.-b 3..4 x-'],
    ['numbers that are no ASCII digits', 'Kapitel Ⅻ, x² and ١٢٣ and ½'],
    ['words longer than any stopword', 'Internationalisation notwithstanding'],
  ])('%s', (_, text) => same(text))

  test('every fixture line and paragraph', () => {
    for (const text of fixtureLinesAndParagraphs()) same(text)
  })

  test('any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        same(text)
      }),
      { numRuns: RUNS },
    )
  })

  // Each code unit alone, inside a word, and in place of each letter of a stopword it lower-cases to
  // ("K" for the k of "kann", "Ü" for the ü of "über"): the keys must see the letters the lists hold.
  test('every BMP code unit', () => {
    const stopwords = [...new Set(Object.values(STOPWORDS).flat())]
    const disagree: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      const lower = ch.toLowerCase()
      const posing = stopwords.filter((w) => w.includes(lower)).map((w) => w.replace(lower, ch))
      const text = `${ch} the ${ch}${ch} a${ch}n der ${ch}-de l'${ch} ${posing.join(' ')}`
      if (JSON.stringify(countText(text)) !== JSON.stringify(countPlainly(text))) disagree.push(c)
    }
    expect(disagree).toEqual([])
  })

  test('stopwords in any case, with inner marks', () => {
    const stopwords = [...new Set(Object.values(STOPWORDS).flat())]
    const word = fc
      .tuple(
        fc.constantFrom(...stopwords),
        fc.constantFrom('lower', 'upper', 'title'),
        fc.constantFrom('', "'s", '-', '’d', 'x'),
      )
      .map(
        ([w, how, tail]) =>
          (how === 'upper' ? w.toUpperCase() : how === 'title' ? w[0]!.toUpperCase() + w.slice(1) : w) + tail,
      )
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.constantFrom(' ', ', ', '\u00a0', '|', '')), { maxLength: 30 }),
        (parts) => {
          same(parts.map(([w, sep]) => w + sep).join(''))
        },
      ),
      { numRuns: RUNS },
    )
  })
})

type Counted = TextCounts[]

describe('countsOf: each block counted once, and again when a step changed it', () => {
  const words = fc.constantFrom('the', 'minister', 'said', 'der', 'und', 'le', 'Home', '|', 'News', '2019', 'İ', 'é')
  const text = fc.array(words, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '))
  test('after blocks are added, removed or changed anywhere, each block has the counts of its text', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 8 }),
        fc.nat(8),
        fc.nat(2),
        fc.array(text, { maxLength: 3 }),
        (texts, at, removed, added) => {
          const story = { blocks: texts.map((t) => ({ text: t })), counted: [] as Counted }
          for (let k = 0; k < story.blocks.length; k++) countsOf(story, k)
          story.blocks.splice(at % (story.blocks.length + 1), removed, ...added.map((t) => ({ text: t })))
          story.blocks.forEach((b, k) => {
            expect(countsOf(story, k)).toEqual(countText(b.text))
          })
        },
      ),
      { numRuns: 2_000 },
    )
  })
  test('asked twice of a block, one count', () => {
    const story = { blocks: [{ text: 'The minister said on Sunday' }], counted: [] as Counted }
    expect(countsOf(story, 0)).toBe(countsOf(story, 0))
  })
})

describe('countPieces: split(/\\s+/).length, up to max + 1', () => {
  test.each(['', 'one', 'two words', ' leading and trailing ', 'tabs\tand\u00a0odd\u2028spaces', 'a  b   c'])(
    '%j',
    (text) => {
      expect(countPieces(text, 100)).toBe(text.split(/\s+/).length)
    },
  )
  test('any text, capped', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 40 }), (text, max) => {
        expect(countPieces(text, max)).toBe(Math.min(text.split(/\s+/).length, max + 1))
      }),
      { numRuns: RUNS },
    )
  })
})
