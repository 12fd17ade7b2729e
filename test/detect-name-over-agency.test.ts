import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

// A portal's wire story: the reporter's name over the agency's line with its date.
const MENU = ['Home', 'News', 'Sport', 'Weather', 'Culture', 'Sign in']
const HEADLINE = 'Pier repairs to close seafront road'
const STORY = [
  'MARROW BAY (AP) — The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
  'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
  'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
]
const FOOTER = ['Share this story', 'Most read', 'Privacy policy', 'Contact us']
const page = (cluster: string[]) => [...MENU, HEADLINE, ...cluster, ...STORY, ...FOOTER].join('\n')

describe('a name over the agency line', () => {
  test.each([
    [['HANNAH COLBY', 'Associated PressMarch 4, 2025'], 'HANNAH COLBY', 'Associated Press'],
    [['Hannah Colby', 'Agence France-Presse 2 hours ago'], 'Hannah Colby', 'Agence France-Presse'],
    [['Hannah Colby', 'Canadian Press · March 4, 2025'], 'Hannah Colby', 'Canadian Press'],
  ])('%j', (cluster, name, agency) => {
    const article = parseArticle(page(cluster))
    expect(article.byline).toMatchObject({ text: name, authors: [name], agency })
  })

  test.each([
    // An agency alone beside its date: the agency's byline, no name.
    [['Share', 'Associated PressMarch 4, 2025'], 'Associated Press', null],
    // A name over a name: the one beside the date.
    [['Marrow Gazette', 'Hannah Colby 2 hours ago'], 'Hannah Colby', null],
  ])('not over an agency: %j', (cluster, text, agency) => {
    const article = parseArticle(page(cluster))
    expect(article.byline?.text).toBe(text)
    expect(article.byline?.agency ?? null).toBe(agency)
  })
})
