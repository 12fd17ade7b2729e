import { describe, expect, test } from 'vitest'
import { inDatedList } from '../src/detect/headline-story.js'
import { pageAnalysis } from '../src/detect/page-residue.js'
import { PageTop } from '../src/detect/page-top.js'
import { parseArticle } from '../src/index.js'
import { storyContext, storySpans } from '../src/parse/parse-article.js'
import { STEPS } from '../src/parse/steps.js'
import { toVFile } from '../src/source/to-vfile.js'

const STORY = [
  'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
  'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
  'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
]
const TEASERS = [
  ['COAST', 'Ferry fares frozen for a year after council vote', 'January 12, 2025'],
  ['TRANSPORT', 'New cycle lane opens on Harbour Street next month', 'February 2, 2025'],
  ['COAST', 'Lifeboat crew rescue two walkers cut off by the tide', 'February 20, 2025'],
  ['SPONSORED', 'Five reasons to spend a winter weekend by the sea', 'March 1, 2025'],
].flat()

/** The search's view of a page whose header is `head` and whose teasers are `list`, over the story. */
function top(head: string[], list: string[]) {
  const file = toVFile(['Home', 'News', ...head, ...list, ...STORY, 'Privacy policy'].join('\n'))
  const ctx = storyContext(file, storySpans(file)[0]!)
  for (const step of STEPS) {
    if (step.name === 'headline') break
    step.run(ctx)
  }
  const page = new PageTop(ctx, pageAnalysis(ctx).region![0])
  return (text: string) =>
    inDatedList(
      page,
      ctx.blocks.findIndex((b) => b.text === text),
    )
}

describe('inDatedList: an item of a list of three dated teasers or more', () => {
  test.each([
    'Ferry fares frozen for a year after council vote',
    'Lifeboat crew rescue two walkers cut off by the tide',
    'Five reasons to spend a winter weekend by the sea',
  ])('in the list: %s', (title) => {
    expect(top(['Pier repairs to close seafront road', 'By Hannah Colby'], TEASERS)(title)).toBe(true)
  })
  test.each([
    // The story's own header, over its byline, above the list.
    [['Pier repairs to close seafront road', 'By Hannah Colby', 'March 4, 2025'], TEASERS],
    // Two dated teasers are no list.
    [['Pier repairs to close seafront road', 'March 4, 2025'], TEASERS.slice(0, 3)],
  ])('%j: the headline is no item', (head, list) => {
    expect(top(head, list)('Pier repairs to close seafront road')).toBe(false)
  })
})

describe('detectHeadline: the copy opens with its headline over a list of dated teasers', () => {
  test('the first line with its byline wins over the list item nearest the text', () => {
    const list = Array.from({ length: 12 }, (_, i) => [
      i % 2 ? 'COAST' : 'TRANSPORT',
      `Harbour story number ${i + 1} of the winter season`,
      `January ${i + 1}, 2025`,
    ]).flat()
    const text = [
      'Pier repairs to close seafront road',
      'Hannah Colby',
      'March 4, 2025 10:12',
      'Cars will be diverted for six weeks while the Victorian pier is rebuilt',
      ...Array.from({ length: 30 }, (_, i) => `Make ${i + 1}`),
      ...list,
      ...STORY,
      'Privacy policy',
    ].join('\n')
    expect(parseArticle(text).headline).toBe('Pier repairs to close seafront road')
  })
})
