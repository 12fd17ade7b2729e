import { existsSync, readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { LANGUAGES, wordStats } from '../src/detect/block-words.js'
import { countPieces } from '../src/detect/scan-words.js'
import { STOPWORDS } from '../src/lexicon/stopwords/index.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'

// The plain way, as the language step and the paragraph scorer counted before
// block-words.ts: a regex over the lower-cased text, a set per language.
const SETS = LANGUAGES.map((code) => new Set(STOPWORDS[code]))
function plainStats(text: string) {
  const words = text.toLowerCase().match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? []
  const counts = [
    ...SETS.map((set) => words.filter((w) => set.has(w)).length),
    words.filter((w) => SETS.some((set) => set.has(w))).length,
  ]
  return {
    words: words.length,
    counts,
    letters: text.match(/\p{L}/gu)?.length ?? 0,
    visible: text.replace(/\s/g, '').length,
    separators: text.match(/[|•·»›]/g)?.length ?? 0,
    // The Article's word count (countWords): letters and digits, joined by ' ’ . -.
    joinedWords: text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0,
  }
}
const fast = (text: string) => {
  const s = wordStats(text)
  return { ...s, counts: [...s.counts] }
}

describe('wordStats: one scan counts what the regexes counted', () => {
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
    [
      'digits and joiners between letters and digits',
      'The U.S. paid $3.5bn, 1-0 up, 2024’s 10th ½-time O.K.. a.-b 3..4 x-',
    ],
    ['numbers that are no ASCII digits', 'Kapitel Ⅻ, x² and ١٢٣ and ½'],
  ])('%s', (_, text) => {
    expect(fast(text)).toEqual(plainStats(text))
  })
  test('any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(fast(text)).toEqual(plainStats(text))
      }),
      { numRuns: RUNS },
    )
  })
})

describe('wordStats: the scan lower-cases letter by letter as toLowerCase does the whole text', () => {
  const stopwords = [...new Set(Object.values(STOPWORDS).flat())]
  // Each code unit alone, inside a word, and in place of each letter of a stopword it lower-cases to
  // ("K" for the k of "kann", "Ü" for the ü of "über"): the stopword keys must see the same letters.
  test('every BMP code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      const lower = ch.toLowerCase()
      const posing = stopwords.filter((w) => w.includes(lower)).map((w) => w.replace(lower, ch))
      const text = `${ch} the ${ch}${ch} a${ch}n der ${ch}-de l'${ch} ${posing.join(' ')}`
      const got = fast(text)
      if (JSON.stringify(got) !== JSON.stringify(plainStats(text))) expect([c, got]).toEqual([c, plainStats(text)])
    }
  })
  test('stopwords in any case, with inner marks', () => {
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
          const text = parts.map(([w, sep]) => w + sep).join('')
          expect(fast(text)).toEqual(plainStats(text))
        },
      ),
      { numRuns: RUNS },
    )
  })
})

describe('wordStats on every fixture', () => {
  const root = new URL('../fixtures/', import.meta.url)
  const inputs = readdirSync(root)
    .sort()
    .filter((dir) => existsSync(new URL(`${dir}/input.txt`, root)))
    .map((dir) => readFileSync(new URL(`${dir}/input.txt`, root), 'utf8'))
  test.each(inputs.map((text, i) => [i, text] as const))('fixture %i, paragraph by paragraph', (_, text) => {
    for (const para of text.split(/\n\s*\n/)) expect(fast(para)).toEqual(plainStats(para))
  })
})

describe('countPieces: split(/\\s+/).length without the array', () => {
  test.each(['', 'one', 'two words', ' leading and trailing ', 'tabs\tand\u00a0odd\u2028spaces', 'a  b   c'])(
    '%j',
    (text) => {
      expect(countPieces(text, 100)).toBe(text.split(/\s+/).length)
    },
  )
  test('any text, capped', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 40 }), (text, max) => {
        expect(Math.min(countPieces(text, max), max + 1)).toBe(Math.min(text.split(/\s+/).length, max + 1))
      }),
      { numRuns: RUNS },
    )
  })
})
