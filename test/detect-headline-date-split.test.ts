import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

// Hard-wrapped copy (a page dump, an e-mail): a title and the line under it are joined into one block when the
// title runs past the wrap's short-line limit, as a wrapped paragraph's lines are.
const BODY = [
  'The harbour ferry between Marrow Bay and Kettle Point will keep running',
  'through the winter for the first time in twenty years, the island council',
  'said on Tuesday, after a trial last spring carried more passengers than',
  'the summer boats did in their busiest month.',
  '',
  'Councillors voted eleven to two to pay for the extra crossings out of the',
  'harbour fund, which was set up in the nineteen-sixties to keep the quay in',
  'repair and which has not been drawn on for the ferry before now, they said.',
  '',
  'Passengers who use the ferry to reach the hospital on the mainland had',
  'asked for the winter service for years, and a petition last autumn was',
  'signed by more than four thousand people, nearly half the island.',
]
const TITLE = 'Harbour ferry to run through the winter months'
const NAV = ['Home', 'News', 'Sport', 'Weather', 'Contact us', '']
const TAIL = ['', 'Most read', 'Lifeboat crew rescue two walkers', 'Ferry fares frozen']
const page = (under: string, framed: boolean): string =>
  (framed ? [...NAV, TITLE, under, '', ...BODY, ...TAIL] : [TITLE, under, '', ...BODY]).join('\n')

describe('detectHeadline: a date stamp wrapped into the headline block is cut off it', () => {
  test.each([
    ['2024/11/03', true],
    ['Nov. 3, 2024', true],
    ['3 hours ago', true],
    ['Publié le 3 novembre 2024', true],
    ['2024/11/03', false],
    ['Updated 14:05, 3 November 2024', false],
  ])('%j under the title (on a page with menus: %s)', (stamp, framed) => {
    const article = parseArticle(page(stamp, framed))
    expect(article.headline).toBe(TITLE)
    // The stamp's line still lies in one element of the article.
    expect(JSON.stringify([article.body, article.boilerplate])).toContain(JSON.stringify(stamp))
  })

  test.each([
    // A title wrapped onto a second line of words: the headline keeps both.
    ['for the first time in twenty years', `${TITLE} for the first time in twenty years`],
    // Words after the date are no stamp: "3 November 2024 and beyond".
    ['3 November 2024 and beyond', `${TITLE} 3 November 2024 and beyond`],
  ])('%j under the title stays in the headline', (under, headline) => {
    expect(parseArticle(page(under, false)).headline).toBe(headline)
  })

  test('a date that ends a sentence is the last line of a wrapped paragraph, not a stamp', () => {
    const article = parseArticle(page('March 9.', false))
    expect(article.headline).not.toBe(TITLE)
    expect(article.headline).toContain('March 9.')
  })
})
