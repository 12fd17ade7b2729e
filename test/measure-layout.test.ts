import { describe, expect, test } from 'vitest'
import { splitLines } from '../src/source/lines.js'
import { measureLayout } from '../src/source/segment-text.js'

const layoutOf = (text: string) => measureLayout(splitLines(text))
/** `n` lines of `width`, `width` - 1 and `width` - 2 characters in turn. */
const wrapped = (width: number, n: number): string =>
  Array.from({ length: n }, (_, i) => `${'a'.repeat(width - 1 - (i % 3))}.`).join('\n')

describe('measureLayout', () => {
  test('hard-wrapped agency copy: lines near one width, none long', () => {
    expect(layoutOf(wrapped(70, 12))).toMatchObject({ wrapped: true, wrapWidth: 70, firstLineIndent: false })
  })

  test('Reuters and AP: an indented first line, the rest flush left', () => {
    const text = `    CURITIBA, March 9 - Light rain fell on most days last week\nacross the Parana coffee belt, easing the dry spell that\nbegan in December and lifting hopes for the coming harvest.\n    Soil moisture is still below normal, the trade house Casa\nLima said in its weekly report.`
    expect(layoutOf(text)).toMatchObject({ wrapped: true, bodyIndent: 0, firstLineIndent: true })
  })

  test('wrapped copy under many short lines (a dpa notebook): the lines a paragraph breaks are near the width', () => {
    const paragraphs = Array.from({ length: 4 }, () => wrapped(66, 3)).join('\n\n')
    const notebook = ['# dpa NOTEBOOK', '', '## Note to editors', '- adds graf 2', '', '* * * *', 'Not for you', '']
    const shortLines = ['HEADER 1', 'Keywords/', '1ST LEAD', 'Headline here', 'By Jane Doe, dpa =', '']
    const text = [...shortLines, paragraphs, '', ...notebook, ...notebook, 'dpa jd', '141205 GMT Mar 14'].join('\n')
    expect(layoutOf(text)).toMatchObject({ wrapped: true, wrapWidth: 66 })
    // Five broken lines near the width are too few to tell.
    expect(layoutOf([...shortLines, wrapped(66, 6), '', ...notebook, ...notebook].join('\n')).wrapped).toBe(false)
  })

  test.each([
    ['one paragraph per line, as copied off a web page', `${'A long paragraph of prose. '.repeat(8)}\n\n`.repeat(6)],
    ['short lines of very different lengths', 'Home\nNews\nSport\nWeather and the long forecast for the week\nA'],
    ['fewer than three lines', 'Headline\n\nOne line of body.'],
  ])('not wrapped: %s', (_, text) => {
    expect(layoutOf(text).wrapped).toBe(false)
  })

  test('the commonest indent, the least of those tied', () => {
    expect(layoutOf('  a\n  b\n    c\n    d').bodyIndent).toBe(2)
    expect(layoutOf('  d\n\n\ta\n\tb\n\tc').bodyIndent).toBe(4)
    expect(layoutOf('').bodyIndent).toBe(0)
  })

  test('where indented lines are followed by less indented ones, the indent of those', () => {
    expect(layoutOf('    First line\nrest of it\n    Next one\nrest').bodyIndent).toBe(0)
    expect(layoutOf('      First line\n  rest of it\n  and more\n      Next one').bodyIndent).toBe(2)
  })
})
