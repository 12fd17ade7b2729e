import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { capitalParts, firstIndex, tokenize } from '../src/quotes/tokens.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'

// The tokeniser is a character-code scan standing in for one regex (the regex was the quotes step's
// biggest cost). The regex stays here as the reference: every row must tokenise exactly as it does.
const REFERENCE = /[\p{L}\p{N}]+(?:[’'.&-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu
function reference(text: string) {
  return [...text.matchAll(REFERENCE)].map((m) => {
    const raw = m[0]
    const word = /[\p{L}\p{N}]/u.test(raw[0]!)
    const dot = word && raw.endsWith('.')
    const t = dot ? raw.slice(0, -1) : raw
    return {
      t,
      lower: t.toLowerCase(),
      start: m.index,
      end: m.index + raw.length,
      word,
      dot,
      cap: word && /^\p{Lu}/u.test(t),
    }
  })
}

describe('tokenize reads what the reference regex reads', () => {
  test.each([
    ['abbreviations and initials', 'Sen. Marco Rubio told U.S. officials on Dec. 8 that J.D. Vance was wrong.'],
    ['inner apostrophes, hyphens, ampersands', "Clinton’s right-hand woman at AT&T didn't say rock 'n' roll."],
    ['a dot before a comma', 'of Ashton, Md., who watched'],
    ['quote marks of every kind', "“Hello,” she said. «Bonjour» „Guten Tag“ ‘single’ ``wire''"],
    ['non-ASCII letters and digits', 'Ünal Çelik said ٣ things to Émile and ΣΩΣ.'],
    ['letters outside the basic plane and emoji', '𝐀𝐁 said 😀 to 𝐂.'],
    ['no-break and wide spaces', 'Marta\u00a0Ellison\u2003said\u3000yes.'],
    ['a lone surrogate', 'bad \ud800 text'],
    ['trailing joiners', "end- and end' and end. and end.."],
  ])('%s', (_name, text) => {
    expect(tokenize(text)).toEqual(reference(text))
  })

  test('any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(tokenize(text)).toEqual(reference(text))
      }),
      { numRuns: RUNS },
    )
  })

  test('every BMP code unit, alone, inside a word and after one', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      const text = `${ch} a${ch}b c${ch} ${ch}${ch}d.`
      const got = tokenize(text)
      if (JSON.stringify(got) !== JSON.stringify(reference(text))) expect([c, got]).toEqual([c, reference(text)])
    }
  })

  test('a part of the text that starts and ends at whitespace tokenises as in the whole', () => {
    const text = 'The harbour board, said Marta Ellison, will meet.'
    const whole = tokenize(text)
    const from = text.indexOf('said')
    const to = text.indexOf(' will')
    expect(tokenize(text, from, to)).toEqual(whole.filter((t) => t.start >= from && t.end <= to))
  })
})

describe('capitalParts: the parts of a paragraph that can hold a name', () => {
  test.each<[string, string, string[]]>([
    [
      'runs of capitalised chunks',
      'the board chair Marta Ellison said the Harbour Trust would pay',
      ['Marta Ellison', 'Harbour Trust'],
    ],
    ['punctuation stays with its chunk', 'a row, said (Dan Kowalski), over fees', ['(Dan Kowalski),']],
    ['any non-ASCII chunk counts', 'the café owner said “no” today', ['café', '“no”']],
    ['a lower-case paragraph has none', 'the fares will double next year', []],
  ])('%s', (_name, text, want) => {
    expect(capitalParts(text).map(([a, b]) => text.slice(a, b))).toEqual(want)
  })

  test('minChunks leaves out the shorter parts and nothing else', () => {
    const text = 'The board chair Marta Ellison said the Harbour Trust of Leith would pay, Ellison said.'
    expect(capitalParts(text).map(([a, b]) => text.slice(a, b))).toEqual([
      'The',
      'Marta Ellison',
      'Harbour Trust',
      'Leith',
      'Ellison',
    ])
    for (const min of [1, 2, 3]) expect(capitalParts(text, min)).toEqual(capitalParts(text).filter((p) => p[2] >= min))
  })
})

// The cue and speaker rules ask `firstIndex` where they used `findIndex` with a range test, or slice().some().
describe('firstIndex is findIndex over a range', () => {
  test('on any range of any paragraph, in range or not', () => {
    const words = ['as', ',', 'Smith', 'said', '(', 'the', 'Monday', 'after']
    const paragraph = fc.array(fc.constantFrom(...words), { maxLength: 12 }).map((w) => tokenize(w.join(' ')))
    const isComma = (t: { t: string }) => t.t === ','
    fc.assert(
      fc.property(paragraph, fc.integer({ min: -3, max: 15 }), fc.integer({ min: -3, max: 15 }), (tokens, from, to) => {
        expect(firstIndex(tokens, from, to, isComma)).toBe(
          tokens.findIndex((t, i) => i >= from && i < to && isComma(t)),
        )
        expect(firstIndex(tokens, from, to, isComma) >= 0).toBe(
          tokens.slice(Math.max(from, 0), Math.max(to, 0)).some(isComma),
        )
      }),
      { numRuns: 3000 },
    )
  })
})
