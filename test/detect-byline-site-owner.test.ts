import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

// A personal site titled with its owner's name, its footer claiming the copyright in that name.
const post = (title: string, story: string[], footer: string) =>
  [
    title,
    'About',
    'Subscribe',
    '14 August 2023',
    'Keeping a sourdough starter alive while on holiday',
    ...story,
    'Share this post',
    footer,
  ].join('\n')

const FIRST_PERSON = [
  'Every summer my sourdough starter dies while I am away, and every autumn I spend a fortnight growing a new one from a spoonful of flour and some patience.',
  'This year I tried something different: I dried a thin layer of the starter on baking paper, broke it into flakes and kept them in a jar at the back of the cupboard.',
  'When I came home, the flakes woke up in two days, which is far quicker than starting again from nothing.',
]
const NEWS = [
  'The town bakery that has supplied the harbour cafés for sixty years will close at the end of the month, its owners said on Tuesday.',
  'The owners, who took the business over from their parents, said rising flour and energy prices had made the ovens too costly to run.',
  '“We kept the same starter going for forty years,” one of the owners said at the shop on Tuesday morning.',
]

describe("the byline of a personal site's post", () => {
  test.each([
    ['Tomas Lind', '© Tomas Lind 2017-2023'],
    ['Jane Roe', '© 2024 Jane Roe'],
    ['Jane Roe', 'Copyright 2019-2024 Jane Roe.'],
  ])('%s over %s', (title, footer) => {
    expect(parseArticle(post(title, FIRST_PERSON, footer)).byline?.authors).toEqual([title])
  })

  test.each([
    // A paper's name over its own copyright: its stories are not in the first person.
    ['Marrow Gazette', NEWS, '© 2025 Marrow Gazette'],
    // The copyright in another name than the title's.
    ['Jane Roe', FIRST_PERSON, '© 2024 John Doe'],
    // No copyright line.
    ['Jane Roe', FIRST_PERSON, 'Powered by a static site generator'],
  ])('not a byline: %s', (title, story, footer) => {
    expect(parseArticle(post(title, story, footer)).byline).toBeNull()
  })
})
