import { describe, expect, test } from 'vitest'
import { storyStartAfter } from '../src/detect/header-cluster.js'
import { isHeaderMeta, isLabelWithStamp, isUnderDate } from '../src/detect/header-meta.js'
import { pierPage } from './helpers/pier-page.js'

describe('isLabelWithStamp: a short label glued to a time stamp', () => {
  test.each([
    'Politics 2 hours ago',
    'Sports | 12.03.2020 09:14',
    '王小明2025-03-04 14:27:02',
    'Harbour desk · March 4, 2025',
  ])('label and stamp: %s', (t) => {
    expect(isLabelWithStamp(t)).toBe(true)
  })
  test.each([
    'The vote was held on March 3, 2025',
    'Prices rose sharply. March 3, 2025',
    '— Marrow Ferries (@marrowferry) June 7, 2024',
    'Harbour ferry fares to rise in 2025',
    'March 4, 2025',
  ])('not a label and stamp: %s', (t) => {
    expect(isLabelWithStamp(t)).toBe(false)
  })
})

describe('isHeaderMeta: the lines of a header cluster', () => {
  test.each(['By Hannah Colby', 'March 4, 2025', '5 min read', 'Politics 2 hours ago'])('cluster: %s', (t) => {
    expect(isHeaderMeta(t)).toBe(true)
  })
  test.each(['Pier repairs to close seafront road', '36', 'Share this story'])('not cluster: %s', (t) => {
    expect(isHeaderMeta(t)).toBe(false)
  })
})

/** Where the byline/date cluster under the headline starts (PageTop.metaBelow), with `cluster` under it. */
function metaBelow(cluster: string[]): number {
  const { ctx, page, headline } = pierPage(cluster)
  return page.metaBelow(ctx.blocks[headline]!)
}

describe('PageTop.metaBelow: the cluster under a headline, by shape', () => {
  test.each([
    [['Hannah Colby 2 hours ago'], 0],
    [['Coast desk · March 4, 2025'], 0],
    // A count over a name: comments, then the writer.
    [['36', 'Hannah Colby', 'Follow'], 1],
    [['Hannah Colby', 'March 4, 2025'], 0],
  ])('%j: %s', (cluster, expected) => {
    expect(metaBelow(cluster)).toBe(expected)
  })
  test.each([
    // Share counts under a tag line, no name: no cluster.
    [['Filed to: pier', '158', '52']],
    [['Hannah Colby', 'Follow']],
    [['— Marrow Ferries (@marrowferry) June 7, 2024']],
  ])('%j: none', (cluster) => {
    expect(metaBelow(cluster)).toBe(-1)
  })
})

describe('isUnderDate: a date right over the headline, or over a short label over it', () => {
  const underDate = (over: string[]) => {
    const { ctx, headline } = pierPage([], over)
    return isUnderDate(ctx.blocks, headline)
  }
  test.each([
    [['March 4, 2025']],
    [['21 September 2020', 'Harbour']],
    [['04.03.2025', 'Local News']],
    [['Coast 2 hours ago']],
  ])('%j over it: under its date', (over) => {
    expect(underDate(over)).toBe(true)
  })
  test.each([
    [[]],
    // A byline is no date.
    [['By Hannah Colby']],
    // More than a label between, or a label that ends a sentence.
    [['March 4, 2025', 'Share this story with your friends']],
    [['March 4, 2025', 'Coast', 'Harbour']],
    [['March 4, 2025', 'Read more.']],
  ])('%j over it: not under its date', (over) => {
    expect(underDate(over)).toBe(false)
  })
})

describe('storyStartAfter: a date over the headline is its cluster', () => {
  test.each([
    [['March 4, 2025'], true],
    [['21 September 2020', 'Harbour'], true],
    // No byline or date over or under it: the prose right under the headline may be its dek.
    [['Harbour'], false],
    [[], false],
  ])('%j over the headline: the story starts right under it: %s', (over, expected) => {
    const { ctx, headline } = pierPage([], over)
    const start = storyStartAfter(ctx, headline, () => true)
    expect(start === headline + 1).toBe(expected)
  })
})
