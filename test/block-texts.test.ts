import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { BlockTexts, compactText, tidy } from '../src/source/block.js'
import { type Line, splitLines } from '../src/source/lines.js'
import { groupLines, isEdge, measureLayout } from '../src/source/segment-text.js'
import { QUOTE_MARKS, RUNS, storyText } from './helpers/arbitrary-text.js'
import { fixtureLinesAndParagraphs, listFixtures } from './helpers/fixtures.js'

// BlockTexts cuts most block texts straight from a Latin-1 copy of the story.
// Whatever it cuts must be what the plain way gives: the block's lines joined
// by spaces, tidied, then compacted.
const plain = (run: Line[]): string => compactText(tidy(run.map((l) => l.text).join(' ')))

/** Every block of `story` (placed at `base` in a file), and every non-blank line on its own, as BlockTexts and the plain way give them. */
function bothWays(story: string, base: number): Array<[string, string]> {
  const file = `${'x\n'.repeat(base)}${story}\nmore`
  const texts = new BlockTexts(file, 2 * base, 2 * base + story.length)
  const lines = splitLines(story, 2 * base)
  const pairs: Array<[string, string]> = []
  groupLines(lines, measureLayout(lines), (index, run, afterBlank, start, end) => {
    pairs.push([texts.of(run, start, end), plain(run)])
    return { index, text: plain(run), start, end, lines: run, indent: 0, afterBlank }
  })
  // Each line alone too: wrapped copy joins most of its lines into longer blocks.
  for (const line of lines) {
    if (line.blank) continue
    const alone = groupLines(
      [line],
      { wrapped: false, wrapWidth: 0, bodyIndent: 0, firstLineIndent: false },
      (index, run, afterBlank, start, end) => {
        pairs.push([texts.of(run, start, end), plain(run)])
        return { index, text: plain(run), start, end, lines: run, indent: 0, afterBlank }
      },
    )
    expect(alone).toHaveLength(1)
  }
  return pairs
}

const expectSame = (story: string, base = 0): void => {
  for (const [fast, slow] of bothWays(story, base)) expect(fast).toBe(slow)
}

describe('BlockTexts gives the texts compactText(tidy(lines joined)) gives', () => {
  test('every fixture, as a file and placed after other text', () => {
    for (const fixture of listFixtures()) {
      const story = fixture.bytes.toString('utf8')
      expectSame(story)
      expectSame(story, 17)
    }
  })

  test('every fixture line and paragraph, with what tidy rewrites put inside, at and around their edges', () => {
    const inserts = [
      '_',
      ' _ ',
      '  ',
      '\t',
      '\u00a0',
      '\u200b',
      '\ufeff',
      '\u3000',
      '\u2028',
      '\u0001',
      '\u007f',
      '\u0085',
      '``',
      "''",
      "'",
      '`',
      '’',
      'é',
      '😀',
      '\ud800',
    ]
    for (const t of fixtureLinesAndParagraphs()) {
      if (t.trim() === '') continue
      const middle = t.length >> 1
      for (const insert of inserts)
        expectSame(
          `${insert}${t}${insert}\n${t.slice(0, middle)}${insert}${t.slice(middle)}\n${insert}x\n${t}${insert}x`,
        )
    }
  })

  test('generated stories with controls, odd spaces, quote marks and surrogates', () => {
    fc.assert(
      fc.property(storyText, fc.nat(40), (story, base) => {
        expectSame(story, base)
      }),
      { numRuns: RUNS },
    )
  })

  test('short generated lines over the characters that matter', () => {
    const chars = [
      ' ',
      ' ',
      'a',
      'Z',
      '_',
      '`',
      "'",
      '\t',
      '\u000b',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u0085',
      '\u00a0',
      '\u00e9',
      '\u200b',
      '\u2003',
      '\ufeff',
      '\ud83d',
      '\ude00',
      ...QUOTE_MARKS,
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 12 }), (parts) => {
        expectSame(`${parts.join('')}\n`)
      }),
      { numRuns: RUNS * 5 },
    )
  })
})

describe('the character tests behind a block’s edges', () => {
  test('isEdge agrees with [\\s\\u0000-\\u001f\\u007f\\u00a0\\u200b\\ufeff] on every code unit', () => {
    const edge = /[\s\u0000-\u001f\u007f\u00a0\u200b\ufeff]/
    const disagree: number[] = []
    for (let c = 0; c <= 0xffff; c++)
      if (isEdge(String.fromCharCode(c), 0) !== edge.test(String.fromCharCode(c))) disagree.push(c)
    expect(disagree).toEqual([])
  })
})

describe('BlockTexts of several stories at once', () => {
  const textsOf = (story: string, base = 0): { texts: BlockTexts; lines: Line[] } => ({
    texts: new BlockTexts(`${'-'.repeat(base)}${story}`, base, base + story.length),
    lines: splitLines(story, base),
  })
  const textOf = ({ texts, lines }: { texts: BlockTexts; lines: Line[] }, n: number): string => {
    const line = lines[n]!
    return texts.of([line], line.start, line.end)
  }

  test('each reads its own story, whichever was made or read last', () => {
    const a = textsOf('Alpha one\nAlpha two\n')
    const b = textsOf('Beta one, longer\nBeta two\n', 3)
    expect([textOf(a, 0), textOf(b, 0), textOf(a, 1), textOf(b, 1)]).toEqual([
      'Alpha one',
      'Beta one, longer',
      'Alpha two',
      'Beta two',
    ])
  })
})

describe('tidy: the words of a block as a text field holds them', () => {
  test.each([
    ['  spaces\t and\u00a0tabs  ', 'spaces and tabs'],
    ['zero\u200bwidth \ufeffBOM', 'zero width BOM'],
    ['a\u0001b\u007fc\u0016', 'a b c'],
    ['\u3000ideographic\u2028line\u2029', 'ideographic line'],
    ["``Quoted,'' she said", '“Quoted,” she said'],
    ['ATLANTA (AP) _ Firefighters', 'ATLANTA (AP) — Firefighters'],
    ['_ at the start and the end _', '— at the start and the end —'],
  ])('%j → %j', (input, output) => {
    expect(tidy(input)).toBe(output)
  })
  test.each([
    'plain words, one space each',
    "rock 'n' roll",
    "'' not after a word",
    'snake_case and __init__ and a_ b',
    'a single ` backquote',
    'curly “quotes” and é',
  ])('left as it is: %j', (text) => {
    expect(tidy(text)).toBe(text)
  })
})
