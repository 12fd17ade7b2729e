import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { firstIndex, tokenize } from '../src/quotes/tokens.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'

// The tokeniser is a character-code scan standing in for one regex (tokens.ts says why). The regex stays here
// as the reference: every row must tokenise exactly as it does.
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
    ['abbreviations and initials', 'Sen. Marco Ferrante told U.S. officials on Dec. 8 that J.D. Vance was wrong.'],
    ['inner apostrophes, hyphens, ampersands', "Garland’s right-hand woman at AT&T didn't say rock 'n' roll."],
    ['a dot before a comma', 'of Dover, Del., who called'],
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
    const wrong: number[] = []
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c)
      const text = `${ch} a${ch}b c${ch} ${ch}${ch}d.`
      if (JSON.stringify(tokenize(text)) !== JSON.stringify(reference(text))) wrong.push(c)
    }
    expect(wrong).toEqual([])
  })
})

describe('firstIndex: the first token in a range that passes a test', () => {
  const tokens = tokenize('Smith, the minister, said , yes')
  const isComma = (t: { t: string }) => t.t === ','
  test.each<[string, number, number, number]>([
    ['the whole paragraph', 0, 99, 1],
    ['from after the first comma', 2, 99, 4],
    ['a range with none', 2, 4, -1],
    ['the end is not included', 0, 1, -1],
    ['a start before the paragraph', -3, 3, 1],
    ['an empty range', 5, 2, -1],
  ])('%s', (_name, from, to, want) => {
    expect(firstIndex(tokens, from, to, isComma)).toBe(want)
  })
})
