import { describe, expect, test } from 'vitest'
import type { LabelledBlock } from '../src/detect/context.js'
import { isShortTitle } from '../src/detect/headline-lines.js'
import { parseArticle } from '../src/index.js'

// A headline too short for couldBeHeadline (two words, or three in under 15 characters: "All at sea") is still the
// page's headline with its byline or date right under it. Invented pages.

const block = (text: string): LabelledBlock =>
  ({ text, lines: [text], index: 0, role: null }) as unknown as LabelledBlock

describe('isShortTitle: a short title of two or three words', () => {
  test.each(['About bugs', 'All at sea', 'Pier to shut', 'Who pays?', 'Wer zahlt?', 'Enfin la paix'])(
    'title: %s',
    (t) => {
      expect(isShortTitle(block(t))).toBe(true)
    },
  )
  test.each(['Tim Galloway', 'TOP STORIES', 'NEWS & SPORT', 'Marrow', 'Home › News', 'By Jane Roe'])(
    'no title: %s',
    (t) => {
      expect(isShortTitle(block(t))).toBe(false)
    },
  )
})

const STORY = [
  'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
  'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
  'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
]
const page = (head: string[]): string =>
  ['Home', 'News', 'Sport', 'Weather', 'Sign in', ...head, ...STORY, 'Privacy policy', 'Contact us'].join('\n')

describe('detectHeadline: a three-word headline over its byline', () => {
  test.each([
    [['OPINION', 'All at sea', 'Hannah Colby', 'March 4, 2025']],
    [['MEINUNG', 'Alles im Eimer', 'Von Hanna Kolbe', '04.03.2025']],
    [['Pier to shut', 'By Hannah Colby']],
  ])('%j', (head) => {
    expect(parseArticle(page(head)).headline).toBe(head.find((t) => /\p{Ll}/u.test(t)))
  })
  test('a three-word line with no byline or date under it is no headline', () => {
    expect(
      parseArticle(page(['OPINION', 'All at sea', 'Pier repairs to close seafront road', 'By Hannah Colby'])).headline,
    ).toBe('Pier repairs to close seafront road')
  })
})
