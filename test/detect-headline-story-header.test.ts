import { describe, expect, test } from 'vitest'
import { opensStory as opensStoryAt } from '../src/detect/headline-story.js'
import { pageAnalysis } from '../src/detect/page-residue.js'
import { PageTop } from '../src/detect/page-top.js'
import { parseArticle } from '../src/index.js'
import { storyContext, storySpans } from '../src/parse/parse-article.js'
import { STEPS } from '../src/parse/steps.js'
import { toVFile } from '../src/source/to-vfile.js'

const MENU = ['Home', 'News', 'Sport', 'Weather', 'Culture', 'Sign in']
const HEADLINE = 'Pier repairs to close seafront road'
const STORY = [
  'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
  'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
  'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
]
const FOOTER = ['Share this story', 'Most read', 'Privacy policy', 'Contact us']

/** Whether the headline heads a story (opensStory) with `under` between it and the story. */
function opensStory(under: string[]): boolean {
  const file = toVFile([...MENU, HEADLINE, ...under, ...STORY, ...FOOTER].join('\n'))
  const ctx = storyContext(file, storySpans(file)[0]!)
  for (const step of STEPS) {
    if (step.name === 'headline') break
    step.run(ctx)
  }
  const page = new PageTop(ctx, pageAnalysis(ctx).region![0])
  return opensStoryAt(
    page,
    ctx.blocks.findIndex((b) => b.text === HEADLINE),
  )
}

describe('opensStory: a byline or date under the line, prose under those', () => {
  test.each([
    [['By Hannah Colby']],
    [['Hannah Colby', 'March 4, 2025']],
    [['By Hannah Colby', 'Coast reporter', 'March 4, 2025']],
    // A newsroom's name over a reviewer is no other story.
    [['By Hannah Colby', 'Gazette Health News', 'Reviewed by Dr Jane Roe']],
  ])('%j: a story header', (under) => {
    expect(opensStory(under)).toBe(true)
  })
  test.each([
    // No byline or date: a dek, or nothing, under it.
    [[]],
    [['Six weeks of work on the Victorian pier begin on Monday']],
    // Its date, then another teaser: a list of stories.
    [['March 4, 2025', 'Ferry fares frozen for a year after council vote', 'March 3, 2025']],
  ])('%j: not a story header', (under) => {
    expect(opensStory(under)).toBe(false)
  })
})

describe('detectHeadline: a story header far above the text found', () => {
  test('its byline and first paragraph, then a list longer than the window, then promos taken for the text', () => {
    const list = Array.from({ length: 45 }, (_, i) => `Related video number ${i + 1} from the coast`)
    const text = [
      ...MENU,
      HEADLINE,
      'By Hannah Colby',
      STORY[0],
      ...list,
      'Sign up for our newsletter and get the best of the coast in your inbox every morning, with offers from our partners and news of events near you.',
      'Our journalism is paid for by readers like you: become a member today and support local reporting on the council, the courts and the harbour.',
      'Read our community guidelines before you comment, and remember that comments are moderated by our team during office hours on weekdays.',
      'Privacy policy',
      'Contact us',
    ].join('\n')
    expect(parseArticle(text).headline).toBe(HEADLINE)
  })
})
