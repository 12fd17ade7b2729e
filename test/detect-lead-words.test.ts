import { describe, expect, test } from 'vitest'
import { contentKeys, leadOverlap } from '../src/detect/lead-words.js'

const LEAD = new Set(
  contentKeys(
    'Riverton has promoted its offensive coordinator Dana Holt to head coach of the school team, officials said on Friday. 港の修理は来月から始まり海沿いの道路は閉鎖される',
  ),
)

describe('leadOverlap: how much a line is about the opening of the story', () => {
  test.each([
    ['Breaking: Riverton hires Dana Holt as head coach', 0.5],
    ['港の修理と道路の閉鎖', 0.5],
  ])('about it: %s', (line, atLeast) => {
    expect(leadOverlap(line, LEAD)).toBeGreaterThanOrEqual(atLeast)
  })
  test.each([
    'One Month for Only $1',
    'Do Not Sell My Personal Information',
    // One word in common is no evidence.
    'Riverton weather: rain all weekend',
  ])('not about it: %s', (line) => {
    expect(leadOverlap(line, LEAD)).toBeLessThan(0.25)
  })
})

test('contentKeys leaves out stopwords and short words, keeps numbers, pairs CJK characters', () => {
  expect(contentKeys('The coach of the year, 2016')).toEqual(['coach', 'year', '2016'])
  expect(contentKeys('日本語')).toEqual(['日本', '本語'])
  expect(contentKeys('Shelters and sheltered')).toEqual(['shelt', 'shelt'])
})
