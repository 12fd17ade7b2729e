import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

const PROSE = [
  'So you have started to test your garden irrigation timers? Good. The more timers you test, the fewer dry beds you find in August, and the less water you waste.',
  'A timer that runs at the wrong hour waters the lawn in the midday sun, when most of the water is lost before it reaches the roots.',
]
const story = (head: string[]) => [...head, '', ...PROSE.flatMap((p) => [p, ''])].join('\n')

describe('headline-under-intro: a title under a first line that ends a sentence', () => {
  test.each([
    [
      ['Hi, I am Jane.', 'I grow things. I fix things.', 'Test your garden irrigation timers'],
      'Test your garden irrigation timers',
    ],
    [['Notes from a small allotment.', 'How to test garden irrigation timers'], 'How to test garden irrigation timers'],
  ])('%j', (head, headline) => {
    expect(parseArticle(story(head)).headline).toBe(headline)
  })
  test.each([
    // The first line ends no sentence: it is the headline.
    [['Garden notes', 'Test your garden irrigation timers'], 'Garden notes'],
    // The line under it shares no words with the prose: a motto and a tagline, not a title.
    [['Hi, I am Jane.', 'Photographs from the coast road'], 'Hi, I am Jane.'],
    // A sentence under the first line is no title.
    [['Hi, I am Jane.', 'Test your garden irrigation timers.'], 'Hi, I am Jane.'],
  ])('%j keeps the first line', (head, headline) => {
    expect(parseArticle(story(head)).headline).toBe(headline)
  })
})
