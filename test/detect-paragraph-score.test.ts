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

// The paragraph scorer's quicker forms must give the answers of the plain code they replaced.

/** Every line and paragraph of the fixtures, as written and with white space or a closing character after it. */
function fixtureTexts(): string[] {
  const out = new Set<string>()
  for (const t of fixtureLinesAndParagraphs())
    for (const v of [t, `${t} `, `${t}\u00a0`, `${t}\t`, `${t}\u3000`, `${t}.`, `${t}”`, `${t}) `, `${t}\ufeff`])
      out.add(v)
  return [...out]
}
const TEXTS = fixtureTexts()

const plainEndsSentence = (text: string) => /[.!?…:;"”’'»)\]]$/u.test(text.trim())
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

test('closesSentence is its pattern, for every BMP code unit at and before the end', () => {
  const PATTERN = /[.!?…]["”’']?\)?$/u
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c)
    for (const text of [ch, `x${ch}`, `x.${ch}`, `x${ch})`, `x.${ch})`, `x${ch}")`, `${ch}.`]) {
      if (closesSentence(text) !== PATTERN.test(text))
        expect([c, text, closesSentence(text)]).toEqual([c, text, PATTERN.test(text)])
    }
  }
})

test('markListRuns: same classes as with the count-tail pattern asked of every item', () => {
  const plain = (texts: readonly string[], classes: ParagraphClass[]) => {
    let start = 0
    for (let i = 0; i <= texts.length; i++) {
      const item =
        i < texts.length && texts[i]!.length <= 160 && (!endsSentence(texts[i]!) || /\s\(\d{1,6}\)$/.test(texts[i]!))
      if (item) continue
      if (i - start >= 3)
        for (let j = start; j < i; j++) if (classes[j] !== 'good' && texts[j]!.length < 110) classes[j] = 'bad'
      start = i + 1
    }
  }
  const piece = fc.constantFrom(
    'Vikings beat the Broncos',
    ' (145)',
    '(145)',
    ' (2019).',
    ' (AP)',
    ')',
    ' ()',
    ' (1234567)',
    '.',
    'x'.repeat(120),
    ' ',
    '\u00a0(7)',
  )
  const text = fc.array(piece, { maxLength: 4 }).map((p) => p.join(''))
  const cls = fc.constantFrom<ParagraphClass>('good', 'near-good', 'short', 'bad')
  fc.assert(
    fc.property(fc.array(fc.tuple(text, cls), { maxLength: 12 }), (rows) => {
      const texts = rows.map((r) => r[0])
      const fast = rows.map((r) => r[1])
      const slow = rows.map((r) => r[1])
      markListRuns(texts, fast)
      plain(texts, slow)
      expect(fast).toEqual(slow)
    }),
    { numRuns: 5000 },
  )
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
