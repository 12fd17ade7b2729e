import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { HONORIFICS } from '../src/lexicon/titles.js'
import { nameKey } from '../src/quotes/split-role.js'

// nameKey reads a name word by word with offsets instead of splitting it with a regex and trimming each
// piece. The split-and-trim version stays here as the reference: both must give the same key for any name.
function reference(name: string): string[] {
  const out: string[] = []
  for (let w of name.split(/\s+/u)) {
    const end = w.charCodeAt(w.length - 1)
    if (end === 0x2e || end === 0x2c) w = w.slice(0, -1)
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2)
    if (w && !HONORIFICS.has(w.toLowerCase()) && !(w.length <= 3 && /^(?:jr|sr|ii|iii)$/iu.test(w))) out.push(w)
  }
  return out
}

// Name-like pieces, the endings nameKey strips, every kind of whitespace `\s` matches, and letters whose
// case mapping is odd (ſ folds to s under /iu, İ lower-cases to two code units).
const PIECES = [
  'Nikol',
  'Pashinyan',
  'Mr',
  'Mr.',
  'MRS',
  'Dr.',
  'Sir',
  'M',
  'Jr',
  'Jr.',
  'jr,',
  'SR',
  'II',
  'iii',
  'ſr',
  'İi',
  'O’Neill',
  "Clinton's",
  'Clinton’s',
  "'s",
  '’s',
  's',
  "'",
  '’',
  '.',
  ',',
  '.,',
  ',.',
  "s'",
  'Smith,',
  'U.S.',
  'Holtz-Eakin',
  'de',
  '😀',
  '\ud800',
  ' ',
  '  ',
  '\t',
  '\n',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '\u2028',
  '\u200b',
  '\u0085',
]
const name = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 10 })
  .map((parts) => parts.join(''))

describe('nameKey reads names as the split-and-trim reference does', () => {
  test.each([
    ['a plain name', 'Nikol Pashinyan'],
    ['honorifics, suffixes and a possessive', 'Mr. Martin Luther King Jr.’s'],
    ['spaces at both ends and inside', '  Marta\u00a0 Ellison\t'],
    ['pieces that strip to nothing', "Smith , 's . Jones"],
    ['an empty name', ''],
  ])('%s', (_label, text) => {
    expect(nameKey(text)).toEqual(reference(text))
  })

  test('any name built of name-like pieces, whitespace and odd characters', () => {
    fc.assert(
      fc.property(name, (text) => {
        expect(nameKey(text)).toEqual(reference(text))
      }),
      { numRuns: 5000 },
    )
  })
})
