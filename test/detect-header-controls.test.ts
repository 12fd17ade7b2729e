import { describe, expect, test } from 'vitest'
import { isAuthorBio } from '../src/detect/header-controls.js'
import { explainStories, parseArticle } from '../src/index.js'

// A page in the style of the sites we read: a menu, the headline, its byline and date, what a test puts under
// them, the story.
const STORY = [
  'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
  'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
  'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
]
const page = (under: string[]) =>
  [
    'Home',
    'News',
    'Sport',
    'Pier repairs to close seafront road',
    'By Hannah Colby',
    'March 4, 2025',
    ...under,
    ...STORY,
    'Share this story',
  ].join('\n')

describe('isAuthorBio: a block opening with a byline author full name, a sentence about them', () => {
  test.each([
    ['Hannah Colby is a senior reporter covering the coast for the Marrow Gazette.', ['Hannah Colby']],
    ['Tom Reyes covers the harbour and the council.', ['Hannah Colby', 'Tom Reyes']],
  ])('bio: %s', (text, authors) => {
    expect(isAuthorBio(text, authors)).toBe(true)
  })
  test.each([
    // The story itself, a name's possessive, another name, a name of one word, the name alone.
    [STORY[0]!, ['Hannah Colby']],
    ["Hannah Colby's ferry was the last to leave the harbour on Monday.", ['Hannah Colby']],
    ['Hannah Colby Jones is a reporter.', ['Hannah Colby']],
    ['Hannah said the road would close.', ['Hannah']],
    ['Hannah Colby', ['Hannah Colby']],
  ])('no bio: %s', (text, authors) => {
    expect(isAuthorBio(text, authors)).toBe(false)
  })
})

describe('detectHeaderControls: the story starts past controls and the author bio', () => {
  test.each([
    [['Save this story for later.']],
    [['Continue reading the main story']],
    [['Give this article', 'Save this story for later.']],
    [
      [
        'Hannah Colby is a senior reporter who has covered the coast and the harbour for the Marrow Gazette since 2015.',
      ],
    ],
  ])('%j', (under) => {
    const article = parseArticle(page(under))
    expect(article.body[0]?.text).toBe(STORY[0])
    expect(article.boilerplate.map((b) => b.text)).toEqual(expect.arrayContaining(under))
  })
  test.each([
    // A first paragraph that names the author in passing, or another person first, is the story.
    [
      'Jane Roe is the harbour master, and she says the pier should have closed in the autumn, when the cracks were found.',
    ],
    ['Save lives: the council says drivers heading for the harbour must slow down on the seafront road from Monday.'],
  ])('%s: the story', (first) => {
    expect(parseArticle(page([first])).body[0]?.text).toBe(first)
  })
})

describe('detectHeaderControls: a stamp, names or a file name under the headline are the header, not the story', () => {
  // A page with its site's menu and footer, so the parser reads it as a web page.
  const webPage = (under: string[]) =>
    [
      ...['Home', 'News', 'Sport', 'Weather', 'Culture', 'Travel', 'Sign in', 'Search'],
      'Pier repairs to close seafront road',
      'By Hannah Colby',
      ...under,
      ...STORY,
      ...['Share this story', 'Most read', 'Privacy policy', 'Contact us'],
    ].join('\n')
  test.each([
    [['5 min read', 'Updated March 12, 2025 at 10:00 a.m.'], 'header-stamp'],
    [['March 4, 2025', 'Tom J. Reyes and Ana Cole Marrow Bay Gazette'], 'header-meta'],
    [['Hannah Colby @hcolby / 2 days'], 'header-meta'],
    [['pier supports after the storm.jpg'], 'header-meta'],
  ])('%j: %s', (under, rule) => {
    const text = webPage(under)
    const article = parseArticle(text)
    expect(article.standfirst).toBeNull()
    expect(article.body[0]?.text).toBe(STORY[0])
    const line = explainStories(text)[0]!.lines.find((l) => l.text === under.at(-1))
    expect(line).toMatchObject({ role: 'boilerplate', rule: `boilerplate/${rule}` })
  })
  test.each([
    // A dateline alone on its line opens the story; a sentence is the story.
    ['MARROW BAY, March 4, 2025 /PRNewswire/ --'],
    ['Tom Reyes and Ana Cole of the Marrow Bay Gazette spent a week on the pier.'],
  ])('%s: not the header', (text) => {
    const line = explainStories(webPage([text]))[0]!.lines.find((l) => l.text === text)
    expect(line?.rule).not.toMatch(/^boilerplate\/header-/)
  })
})
