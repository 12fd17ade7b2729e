import { describe, expect, test } from 'vitest'
import { endsAsTextLine } from '../src/detect/headline-lines.js'
import { endsAsTeaser } from '../src/detect/headline-score.js'

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
