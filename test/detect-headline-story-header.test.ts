import { describe, expect, test } from 'vitest'
import { opensStory as opensStoryAt, opensStoryUnderDate } from '../src/detect/headline-story.js'
import { parseArticle } from '../src/index.js'
import { HEADLINE, MENU, pierPage, STORY } from './helpers/pier-page.js'

// What a page sets under its story: prose-like boxes (sign-up, membership, comment rules) and footer links.
const PAGE_END = [
  'Sign up for our newsletter and get the best of the coast in your inbox every morning, with offers from our partners and news of events near you.',
  'Our journalism is paid for by readers like you: become a member today and support local reporting on the council, the courts and the harbour.',
  'Read our community guidelines before you comment, and remember that comments are moderated by our team during office hours on weekdays.',
  'Privacy policy',
  'Contact us',
]

/** Whether the headline heads a story (opensStory) with `under` between it and the story. */
function opensStory(under: string[]): boolean {
  const { page, headline } = pierPage(under)
  return opensStoryAt(page, headline)
}

describe('opensStory: a byline or date under the line, prose under those', () => {
  test.each([
    [['By Hannah Colby']],
    [['Hannah Colby', 'March 4, 2025']],
    [['By Hannah Colby', 'Coast reporter', 'March 4, 2025']],
    // A newsroom's name over a reviewer is no other story.
    [['By Hannah Colby', 'Gazette Health News', 'Reviewed by Dr Jane Roe']],
  ])('%j: a story header', (under) => {
    expect(opensStory(under)).toBe(true)
  })
  test.each([
    // No byline or date: a dek, or nothing, under it.
    [[]],
    [['Six weeks of work on the Victorian pier begin on Monday']],
    // Its date, then another teaser: a list of stories.
    [['March 4, 2025', 'Ferry fares frozen for a year after council vote', 'March 3, 2025']],
  ])('%j: not a story header', (under) => {
    expect(opensStory(under)).toBe(false)
  })
})

describe('detectHeadline: a story header far above the text found', () => {
  test('its byline and first paragraph, then a list longer than the window, then promos taken for the text', () => {
    const list = Array.from({ length: 45 }, (_, i) => `Related video number ${i + 1} from the coast`)
    const text = [...MENU, HEADLINE, 'By Hannah Colby', STORY[0], ...list, ...PAGE_END].join('\n')
    expect(parseArticle(text).headline).toBe(HEADLINE)
  })
})

/** Whether the headline heads a story under its date (opensStoryUnderDate), `over` above it and `under` below. */
function opensUnderDate(over: string[], under: string[] = []): boolean {
  const { page, headline } = pierPage(under, over)
  return opensStoryUnderDate(page, headline)
}

describe('opensStoryUnderDate: a date over the line, perhaps a label between, prose right under it or its dek', () => {
  test.each([
    [['March 4, 2025'], []],
    [['21 September 2020', 'Harbour'], []],
    [['Coast 2 hours ago'], []],
    [['04.03.2025', 'Local News'], ['Six weeks of work on the Victorian pier begin on Monday']],
  ])('%j over, %j under: a story header', (over, under) => {
    expect(opensUnderDate(over, under)).toBe(true)
  })
  test.each([
    // Nothing over it, or a byline rather than a date.
    [[], []],
    [['By Hannah Colby'], []],
    // Its own date under it: the date over it is the item's above, in a list of titles each over its date.
    [['March 4, 2025'], ['March 5, 2025']],
    // More than a label between the date and the line.
    [['March 4, 2025', 'Share this story with your friends'], []],
    [['March 4, 2025', 'Coast', 'Harbour'], []],
    // Two lines between it and the prose: no dek and text, a list.
    [['March 4, 2025'], ['Six weeks of work on the pier', 'Buses diverted along Station Road']],
  ])('%j over, %j under: not a story header', (over, under) => {
    expect(opensUnderDate(over, under)).toBe(false)
  })
})

describe('detectHeadline: a story header under its date found far above the text', () => {
  test('date, label, headline, dek and first paragraph, then a list longer than the window, then promos', () => {
    const list = Array.from({ length: 45 }, (_, i) => `Related video number ${i + 1} from the coast`)
    const text = [
      ...MENU,
      'March 4, 2025',
      'Harbour',
      HEADLINE,
      'Six weeks of work on the Victorian pier begin on Monday',
      STORY[0],
      ...list,
      ...PAGE_END,
    ].join('\n')
    expect(parseArticle(text).headline).toBe(HEADLINE)
  })
})
