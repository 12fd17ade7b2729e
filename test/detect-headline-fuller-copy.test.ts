import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

const STORY = [
  'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
  'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
]
const page = (head: string[]) =>
  [
    'Home',
    'News',
    'Sport',
    'Ferry fares frozen for a year',
    'Lifeboat crew rescue two walkers',
    ...head,
    ...STORY,
  ].join('\n')

describe('detectHeadline: of two copies of the headline side by side, the one with its punctuation', () => {
  test.each([
    [['Pier repairs -- seafront road to close!', 'Pier repairs seafront road to close!', 'March 4, 2025 11:00 AM']],
    [['Pier repairs seafront road to close!', 'Pier repairs -- seafront road to close!', 'March 4, 2025 11:00 AM']],
  ])('%j', (head) => {
    expect(parseArticle(page(head)).headline).toBe('Pier repairs -- seafront road to close!')
  })
  test('a different headline beside it is left alone', () => {
    const head = [
      'Pier repairs -- and a road closed!',
      'Pier repairs seafront road to close!',
      'March 4, 2025 11:00 AM',
    ]
    expect(parseArticle(page(head)).headline).toBe('Pier repairs seafront road to close!')
  })
})
