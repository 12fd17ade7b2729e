import { describe, expect, test } from 'vitest'
import { introduces } from '../src/quotes/extract-quotes.js'

// A paragraph that ends in a colon introduces the quote of the next one: `Mr. Smith said:`.
describe('introduces', () => {
  test.each<[string, string, boolean]>([
    ['a cue and a colon', 'Marta Ellison told the board:', true],
    ['spaces after the colon', 'Here is what she said: \t', true],
    ['a no-break space after the colon', 'The statement read:\u00a0', true],
    ['a colon inside the paragraph', 'The plan: fares double next year.', false],
    ['no colon', 'The board met on Tuesday.', false],
    ['a colon then a word', 'She said: no', false],
    ['empty', '', false],
  ])('%s', (_name, text, want) => {
    expect(introduces(text)).toBe(want)
  })
})
