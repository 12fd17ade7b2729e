import { describe, expect, test } from 'vitest'
import { repeatedCredits, splitBracketedName } from '../src/detect/repeated-credit.js'
import { parseArticle } from '../src/index.js'

// Captions credited to their photographer in brackets, the same name under every picture (repeated-credit.ts).

describe('splitBracketedName: a short line ending in a name in brackets', () => {
  test.each([
    ['Dig a hole by the fence. (Jane Roe)', 'Dig a hole by the fence.', 'Jane Roe'],
    ['Seedlings in a tray (Ann-Marie O’Neill)', 'Seedlings in a tray', 'Ann-Marie O’Neill'],
    ['The finished shelf (Tom J. Greer).', 'The finished shelf', 'Tom J. Greer'],
  ])('%j', (text, caption, name) => {
    expect(splitBracketedName(text)).toEqual({ caption, name })
  })
  test.each([
    // One word in the bracket, lower case, or no bracket at the end.
    'Dig a hole by the fence. (Roe)',
    'Dig a hole by the fence (see below)',
    'Dig a hole by the fence, as Jane Roe showed us.',
    // A paragraph, not a caption.
    `${'The council said the pier would reopen in the summer, after the repairs to its legs. '.repeat(2)}(Jane Roe)`,
  ])('not: %j', (text) => {
    expect(splitBracketedName(text)).toBeNull()
  })
})

describe('repeatedCredits: the names that end two lines or more and that the page names elsewhere', () => {
  test.each([
    [['By Jane Roe', 'Dig a hole. (Jane Roe)', 'Fill the hole. (Jane Roe)'], ['Jane Roe']],
    // Once only: a name in brackets, no credit.
    [['By Jane Roe', 'Dig a hole. (Jane Roe)', 'Fill the hole.'], []],
    // Twice, but named nowhere else: a product's "(Latest Model)", a film's star.
    [['Pocket radio (Latest Model)', 'Desk radio (Latest Model)', 'Both are on sale.'], []],
  ])('%j', (texts, names) => {
    expect([...repeatedCredits(texts)]).toEqual(names)
  })
})

describe('a how-to page whose pictures are credited to its author', () => {
  const STEPS = [
    'Choose a spot for the shelf where the wall is solid, and mark the height you want with a pencil.',
    'Drill two holes along the line, push in the wall plugs and screw the brackets to the wall.',
    'Lay the board on the brackets, check it with a spirit level and fix it from below with short screws.',
  ]
  const text = [
    'How to hang a shelf',
    '',
    'By Jane Roe',
    '',
    STEPS[0],
    '',
    'Marking the wall (Jane Roe)',
    '',
    STEPS[1],
    '',
    'The brackets in place. (Jane Roe)',
    '',
    STEPS[2],
  ].join('\n')
  test('the captions are images credited to her, the steps are the body', () => {
    const article = parseArticle(text)
    expect(article.images.map((i) => [i.caption, i.credit])).toEqual([
      ['Marking the wall', 'Jane Roe'],
      ['The brackets in place.', 'Jane Roe'],
    ])
    expect(article.body.map((b) => b.text)).toEqual(STEPS)
  })
})
