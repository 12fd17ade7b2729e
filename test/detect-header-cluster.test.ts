import { describe, expect, test } from 'vitest'
import type { LabelledBlock } from '../src/detect/context.js'
import { pageAnalysis } from '../src/detect/page-residue.js'
import { PageTop } from '../src/detect/page-top.js'
import { isPhotographerCredit } from '../src/detect/photographer-credit.js'
import { parseArticle } from '../src/index.js'
import { storyContext, storySpans } from '../src/parse/parse-article.js'
import { STEPS } from '../src/parse/steps.js'
import { toVFile } from '../src/source/to-vfile.js'

// A page in the style of the sites we read: a menu, the header cluster, the story, a footer.
const MENU = ['Home', 'News', 'Sport', 'Weather', 'Culture', 'Sign in']
const STORY = [
  'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
  'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
  'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
]
const FOOTER = ['Share this story', 'Most read', 'Privacy policy', 'Contact us']
const page = (cluster: string[]) =>
  [...MENU, 'Pier repairs to close seafront road', ...cluster, ...STORY, ...FOOTER].join('\n')

describe('the byline in the header cluster', () => {
  test.each([
    [['By', 'Hannah Colby', 'March 4, 2025'], 'By Hannah Colby', ['Hannah Colby']],
    [['Author:', 'Hannah Colby', 'Updated:', 'March 4, 2025'], 'Author: Hannah Colby', ['Hannah Colby']],
    [['Hannah Colby', '1:39 PM ET'], 'Hannah Colby', ['Hannah Colby']],
    [['Marrow Gazette', 'Hannah Colby 2 hours ago', 'Share'], 'Hannah Colby', ['Hannah Colby']],
    [['Share', 'By Hannah Colby March 4, 2025'], 'By Hannah Colby', ['Hannah Colby']],
    [['Von Hannah Colby', '12. März 2025, 18:40 Uhr'], 'Von Hannah Colby', ['Hannah Colby']],
    // A name over its newsroom job.
    [['Hannah Colby', 'Local democracy reporter'], 'Hannah Colby', ['Hannah Colby']],
    [['Hannah Colby', 'Senior correspondent'], 'Hannah Colby', ['Hannah Colby']],
    // A stamp opening the name's line; a list of names over a date; a button between a name and its date.
    [['04/03/2025 | Hannah Colby'], 'Hannah Colby', ['Hannah Colby']],
    [
      ['Hannah Colby and Tom Reyes', 'Tue 4 Mar 2025 15.26 GMT'],
      'Hannah Colby and Tom Reyes',
      ['Hannah Colby', 'Tom Reyes'],
    ],
    [['Hannah Colby', 'Follow', 'Mar 4, 2025 · 4 min read'], 'Hannah Colby', ['Hannah Colby']],
    // A byline with its agency, which the media step reads as a photo's credit, opened by a lead.
    [
      ['By: Hannah Colby, Tom Reyes, The Associated Press', 'March 4, 2025'],
      'By: Hannah Colby, Tom Reyes, The Associated Press',
      ['Hannah Colby', 'Tom Reyes'],
    ],
    // A name under a comment count, a control under it.
    [['36', 'Hannah Colby', 'ProfileFollowUnfollow'], 'Hannah Colby', ['Hannah Colby']],
    [['214', 'Hannah Colby', 'Share'], 'Hannah Colby', ['Hannah Colby']],
    // A user name after a lead, beside a date; a job alone beside a date, the site's byline for its staff.
    [['By Hannah colby', 'March 4, 2025'], 'By Hannah colby', ['Hannah colby']],
    [['Editor', 'March 4, 2025'], 'Editor', []],
    // A name and its date in cells of one row.
    [['Hannah Colby\t2 hours ago'], 'Hannah Colby', ['Hannah Colby']],
    // A byline running on into its author's description: the byline's text is the names.
    [['By Hannah Colby, a senior reporter who has covered the coast since 2015.'], 'By Hannah Colby', ['Hannah Colby']],
  ])('%j', (cluster, text, authors) => {
    const article = parseArticle(page(cluster))
    expect(article.headline).toBe('Pier repairs to close seafront road')
    expect(article.byline?.text).toBe(text)
    expect(article.byline?.authors).toEqual(authors)
    expect(article.body[0]?.text).toBe(STORY[0])
  })

  test.each([
    // A name with no date or label beside it is not told from a teaser's or a section's name.
    [['Hannah Colby', 'Share']],
    // A date alone is no byline.
    [['March 4, 2025']],
    // A name over a line that is no job: a teaser's subject.
    [['Hannah Colby', 'Local democracy in crisis']],
    // A name under a line that is no count; a count over a line that is no name.
    [['Share', 'Hannah Colby', 'ProfileFollowUnfollow']],
    [['36', 'Local democracy in crisis', 'Share']],
    // Two words joined by "and" are no list of names; a line of words is no button.
    [['Salt and Pepper', 'March 4, 2025']],
    [['Hannah Colby', 'Ferry fares to rise', 'March 4, 2025']],
    // A section's number is no date.
    [['5.3.1 Hannah Colby']],
    // A user name with no date beside it; a job with no date beside it.
    [['By Hannah colby', 'Share']],
    [['Editor', 'Share']],
    // An info box's rows of label and value, one of them a date: no row is a name.
    [['Founded\tJune 2, 1998', 'Founder\tAcme Holdings Corporation', 'Products\tFerry tickets']],
  ])('no byline: %j', (cluster) => {
    expect(parseArticle(page(cluster)).byline).toBeNull()
  })
})

describe('a name beside a date above the headline', () => {
  const text = (top: string[]) =>
    [...MENU, ...top, 'Pier repairs to close seafront road', ...STORY, ...FOOTER].join('\n')
  test.each([[['Hannah Colby', 'Coast', '2025.03.04']], [['Hannah Colby', '2025.03.04']]])('%j', (top) => {
    const article = parseArticle(text(top))
    expect(article.headline).toBe('Pier repairs to close seafront road')
    expect(article.byline).toMatchObject({ text: 'Hannah Colby', authors: ['Hannah Colby'] })
  })
  test.each([
    // A section and a day are no name; a name with no date beside it is a teaser's or a menu's.
    [['Business Monday', '2025.03.04']],
    [['Hannah Colby', 'Coast']],
  ])('not: %j', (top) => {
    expect(parseArticle(text(top)).byline).toBeNull()
  })
})

describe('a name alone between the headline and the story', () => {
  const LEAD =
    'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, which was damaged in storms last winter, the council said on Friday.'
  const text = (cluster: string[], lead = LEAD) =>
    [...MENU, 'Pier repairs to close seafront road', ...cluster, lead, ...STORY.slice(1), ...FOOTER].join('\n')
  test('is the byline', () => {
    const article = parseArticle(text(['Hannah Colby']))
    expect(article.byline).toMatchObject({ text: 'Hannah Colby', authors: ['Hannah Colby'] })
    expect(article.body[0]?.text).toBe(LEAD)
  })
  test.each([
    ['a short line under the name is no story', ['Hannah Colby'], 'Ferry fares to rise.'],
    ['a paragraph without a full stop is no story', ['Hannah Colby'], LEAD.replace(/\.$/, '')],
    ['a name under a label under the headline', ['Seafront', 'Hannah Colby'], LEAD],
    ['words that are no name', ['Pier repairs begin'], LEAD],
  ])('not: %s', (_, cluster, lead) => {
    expect(parseArticle(text(cluster, lead)).byline).toBeNull()
  })
})

describe('the dek over the byline', () => {
  const DEK = 'Engineers will rebuild the Victorian supports before the summer season.'
  test('a sentence between the headline and the byline is the standfirst, full stop or not', () => {
    const article = parseArticle(page([DEK, 'By Hannah Colby', 'March 4, 2025']))
    expect(article.standfirst).toBe(DEK)
    expect(article.body[0]?.text).toBe(STORY[0])
  })
  test('the first paragraph under the byline is no standfirst', () => {
    const article = parseArticle(page(['By Hannah Colby', 'March 4, 2025']))
    expect(article.standfirst).toBeNull()
    expect(article.body[0]?.text).toBe(STORY[0])
  })
})

describe('where the story starts', () => {
  test('the first paragraph under the byline, cut off from the rest by a video player', () => {
    const text = [
      ...MENU,
      'Pier repairs to close seafront road',
      'By',
      'Hannah Colby',
      '3/4/25 9:14AM',
      STORY[0],
      'Watch',
      'Now playing',
      'Storm damage in pictures',
      '00:50',
      'Now playing',
      'Lifeboat crew rescue two walkers',
      '01:40',
      ...STORY.slice(1),
      ...FOOTER,
    ].join('\n')
    const article = parseArticle(text)
    expect(article.byline?.text).toBe('By Hannah Colby')
    expect(article.body[0]?.text).toBe(STORY[0])
  })
  test('a caption and its photographer credit above the first paragraph are an image, not the story', () => {
    const caption = 'Engineers inspect the pier supports at low tide on Friday.'
    const article = parseArticle(page(['By Hannah Colby', 'March 4, 2025', caption, 'Jane Doe/Marrow Gazette']))
    expect(article.images).toMatchObject([{ caption, credit: 'Jane Doe/Marrow Gazette' }])
    expect(article.body[0]?.text).toBe(STORY[0])
  })
})

const block = (text: string): LabelledBlock => ({ text }) as LabelledBlock
const CAPTION = block('The mayor speaks during a ceremony at the harbour, May 3, 2024.')

describe('isPhotographerCredit: a name over an outlet under a caption', () => {
  test.each([
    'Evan Marsh/AP Photo',
    'Scott Rand / Cityblog',
    'Tom Greer/Digital Vision/Getty Images',
    '(Jane Doe/Reuters)',
  ])('credit: %s', (text) => {
    expect(isPhotographerCredit(block(text), CAPTION)).toBe(true)
  })
  // (A breadcrumb of two capitalised words, "World News/Europe", has the shape too: only a caption over it tells.)
  test.each(['Home/News', 'Either/or', 'Jane Doe wrote this/that', 'News/Europe/Politics'])('not: %s', (text) => {
    expect(isPhotographerCredit(block(text), CAPTION)).toBe(false)
  })
  test('not under a menu item', () => {
    expect(isPhotographerCredit(block('Evan Marsh/AP Photo'), block('Politics'))).toBe(false)
  })
})

describe('where the story ends: a list under a header the lexicon knows', () => {
  test.each([['Related stories'], ['MOST POPULAR'], ['Most read']])('%s over link titles', (header) => {
    const text = [
      ...MENU,
      'Pier repairs to close seafront road',
      'By Hannah Colby',
      ...STORY,
      header,
      'Ferry fares to rise',
      'Beach huts for sale',
    ].join('\n')
    const article = parseArticle(text)
    expect(article.body.map((b) => b.text)).toEqual(STORY)
  })
  test('a header followed by prose: the story goes on', () => {
    const more =
      'The council said the promenade would stay open to walkers throughout the works, and that the cafe would open at weekends.'
    const text = [
      ...MENU,
      'Pier repairs to close seafront road',
      'By Hannah Colby',
      ...STORY,
      'Related stories',
      more,
      'Ferry fares to rise',
    ].join('\n')
    expect(parseArticle(text).body.map((b) => b.text)).toContain(more)
  })
})

describe('a page dumped at 72–80 columns by a text browser', () => {
  const wrapped = [
    '   [1]Home [2]News [3]Sport [4]Weather',
    '',
    'Pier repairs to close seafront road',
    '',
    'By Hannah Colby',
    '',
    'The seafront road at Marrow Bay will close to traffic for six weeks from',
    'Monday while engineers rebuild the supports of the Victorian pier, the',
    'council said.',
    '',
    'Work on the pier, which was damaged in storms last winter, was due to',
    'start in the autumn but was brought forward after an inspection found',
    'cracks in two of its iron legs.',
    '',
    'Buses will be diverted along Station Road, and the council has asked',
    'drivers heading for the harbour car park to use the ring road instead.',
    '',
    '   [5]Previous story [6]Next story',
  ]
  test('parses like the page unwrapped', () => {
    const article = parseArticle(wrapped.join('\n'))
    expect(article.headline).toBe('Pier repairs to close seafront road')
    expect(article.body.map((b) => b.text)).toEqual(STORY)
  })
  test("wrapped copy without a page's furniture is left as it is", () => {
    const article = parseArticle(wrapped.slice(2, -2).join('\n'))
    expect(article.headline).toBe('Pier repairs to close seafront road')
    expect(article.body.map((b) => b.text)).toEqual(STORY)
  })
})

describe('PageTop.metaAbove: a date over a line tops its cluster only when no headline sits over its byline', () => {
  /** The page's blocks as the headline step finds them, and the search's view of them. */
  const top = (lines: string[]) => {
    const file = toVFile(lines.join('\n'))
    const ctx = storyContext(file, storySpans(file)[0]!)
    for (const step of STEPS) {
      if (step.name === 'headline') break
      step.run(ctx)
    }
    const page = new PageTop(ctx, pageAnalysis(ctx).region![0])
    return (text: string) => page.metaAbove(ctx.blocks.find((b) => b.text === text)!)
  }
  const TEASER = 'Ferry fares to rise again as the council meets'
  test.each([
    [['Business', 'March 4, 2025 7:00 AM', TEASER], true],
    [['Pier repairs to close seafront road', 'By Hannah Colby', '1 day ago', TEASER], false],
    [['Pier repairs to close seafront road', 'March 4, 2025 7:00 AM', TEASER], false],
  ])('%j: %s', (cluster, expected) => {
    expect(top([...MENU, ...cluster, ...STORY, ...FOOTER])(TEASER)).toBe(expected)
  })
})

describe('a photo credit under the headline with no lead stays a credit', () => {
  test.each([['Hannah Colby, The Associated Press'], ['Hannah Colby/AP']])('%s', (credit) => {
    const article = parseArticle(page([credit, 'March 4, 2025']))
    expect(article.byline).toBeNull()
  })
})
