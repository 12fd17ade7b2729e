import { describe, expect, test } from 'vitest'
import { endsAsTextLine } from '../src/detect/headline-lines.js'
import { endsAsTeaser } from '../src/detect/headline-score.js'
import { parseArticle } from '../src/index.js'

describe('endsAsTextLine: a line inside the text that ends as its prose does is no headline', () => {
  test.each([
    'Work on the pier begins on Monday, the council said.',
    'Lovato asked: "Is that how it should look?"',
    'Is the seafront road safe?',
    'And then the lights went out…',
    'Here is what we know so far:',
    'Buses will be diverted; drivers should use the ring road;',
  ])('ends as prose: %s', (t) => {
    expect(endsAsTextLine(t)).toBe(true)
  })
  test.each([
    'Ferry fares frozen for a year!',
    'Rovers do it again!!!',
    'Pier repairs to close seafront road',
    '"Cancel the order!"',
    'Marrow Bay 2, Rovers 1',
  ])('may be a headline: %s', (t) => {
    expect(endsAsTextLine(t)).toBe(false)
  })
})

describe('endsAsTeaser: a candidate closing as a teaser or a paragraph scores less', () => {
  test.each([
    'Six weeks of work on the Victorian pier begin on Monday.',
    'Here is what we know so far:',
    'The council said: "We had no choice."',
    'Fares rise; islanders protest;',
  ])('teaser: %s', (t) => {
    expect(endsAsTeaser(t)).toBe(true)
  })
  test.each([
    'Ferry fares frozen for a year!',
    "Mayor's gold chain -- STOLEN!!!",
    'Is the seafront road safe?',
    'Pier repairs to close seafront road',
    '"Cancel the order!"',
  ])('headline: %s', (t) => {
    expect(endsAsTeaser(t)).toBe(false)
  })
})

// A tabloid page whose text the page scoring takes to start at a teaser above the headline: the headline, set again
// on two lines (a name, then the rest), sits among the text's first blocks.
const tabloid = (between: string[]) =>
  [
    'Gazette',
    'Celebs',
    'Videos',
    'Photos',
    'Sign In',
    'Register',
    "Singer's Tour Bus Breaks Down ... Fans Push It",
    'Actor Buys Island -- Renames It After Dog',
    'Pop Star -- When I Was 17 ...',
    'Home',
    "Mayor's $40K Gold Chain -- STOLEN!!!",
    ...between,
    '$40K Gold Chain ... STOLEN!!!!',
    '3/4/2025 7:11 AM PST BY GAZETTE STAFF',
    'EXCLUSIVE',
    '',
    "The mayor's gold chain of office -- worth some $40,000 -- was stolen from the town hall on Monday night ... the Gazette has learned.",
    '',
    'Police sources tell the Gazette the chain was taken from a locked cabinet in the council chamber, and that there was no sign of a break-in.',
    '',
    "We're told staff noticed it was missing on Tuesday morning when they came in to set up for a meeting of the full council.",
    '',
    'See also',
    'Town hall clock stopped for a week',
  ].join('\n')

describe('detectHeadline: among the text first blocks, a headline with a line between it and its byline', () => {
  test.each([
    [['Mayor Jane Roe'], "Mayor's $40K Gold Chain -- STOLEN!!!"],
    // Two lines between: too far from its date, the line under them heads the story.
    [['Mayor Jane Roe', 'Photo gallery'], '$40K Gold Chain ... STOLEN!!!!'],
  ])('%j between', (between, headline) => {
    expect(parseArticle(tabloid(between)).headline).toBe(headline)
  })
})
