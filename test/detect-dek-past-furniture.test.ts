import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

// A page whose header sets furniture (kicker, date, buttons, the title again) between the headline and the dek,
// the byline right under the dek: the dek is the standfirst, the name under it the byline.
const MENU = ['Home', 'News', 'Sport', 'Weather', 'Culture', 'Sign in']
const HEADLINE = 'Pier repairs to close seafront road'
const DEK = 'Six weeks of work on the Victorian pier start on Monday. Buses will take the ring road.'
const STORY = [
  'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
  'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
  'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
]
const FOOTER = ['Share this story', 'Most read', 'Privacy policy', 'Contact us']
const page = (cluster: string[]) => [...MENU, HEADLINE, ...cluster, ...STORY, ...FOOTER].join('\n')

describe('a dek past the header furniture, the byline under it', () => {
  test.each([
    [['Analysis', '04.03.2025', 'Print', 'Share', DEK, 'Hannah Colby']],
    [['Coast', '5 min read', 'Pier repairs: the seafront road will close', DEK, 'Hannah Colby']],
    [['Listen to this article, sign in first.', 'Analysis', DEK, 'Hannah Colby']],
  ])('%j', (cluster) => {
    const article = parseArticle(page(cluster))
    expect(article.headline).toBe(HEADLINE)
    expect(article.standfirst).toBe(DEK)
    expect(article.byline).toMatchObject({ text: 'Hannah Colby', authors: ['Hannah Colby'] })
  })

  test.each([
    // A pull quote over its speaker's name is no dek, and the name no byline.
    [['Analysis', `"${DEK}"`, 'Hannah Colby']],
    // Prose under a line that ends a sentence: the search stops there.
    [['Analysis', 'The council has published the plans online.', DEK, 'Hannah Colby']],
    // A dek of five words is too short; a dek that ends no sentence is a label, passed over.
    [['Analysis', 'The pier will close soon.', 'Hannah Colby']],
    [['Analysis', 'Six weeks of work on the Victorian pier', 'Hannah Colby']],
  ])('no dek, no byline: %j', (cluster) => {
    const article = parseArticle(page(cluster))
    expect(article.standfirst).toBeNull()
    expect(article.byline).toBeNull()
  })

  test.each([
    // The headline again, in other case and punctuation, is no dek.
    [['Analysis', 'PIER REPAIRS TO CLOSE SEAFRONT ROAD!', 'March 4, 2025']],
    // Prose with no byline or date under it is the story's lead, no dek.
    [['Analysis', DEK, 'Share this']],
  ])('no dek: %j', (cluster) => {
    expect(parseArticle(page(cluster)).standfirst).toBeNull()
  })

  test.each([
    // A picture's caption over its credit line, share links with a screen reader's hint, a notice about the page.
    [['The pier seen from the beach.', 'Photo: Marrow Daily', 'Analysis', DEK, 'March 4, 2025']],
    [['Partagez via Facebook (Fenêtre modale)', 'Partagez via Courriel (Fenêtre modale)', DEK, 'March 4, 2025']],
    [['Share on Facebook (new window)', 'Note that this article is from 2017.', DEK, 'March 4, 2025']],
    // An author's label, a capital after it, even with more than names after it.
    [['Analysis', 'Print', DEK, "Un texte de Léa Martin d'Enquête"]],
    [['Analysis', 'Print', DEK, 'Written by Hannah Colby for the Gazette']],
  ])('a dek past a caption, links or a notice, or over a labelled line: %j', (cluster) => {
    expect(parseArticle(page(cluster)).standfirst).toBe(DEK)
  })

  test.each([
    // A label with no capital after it is no author's line.
    [['Analysis', 'Print', DEK, 'Un texte de loi adopté hier']],
    // A sentence under the headline with no credit under it stops the search.
    [['The pier seen from the beach.', 'Analysis', DEK, 'March 4, 2025']],
  ])('no dek: %j', (cluster) => {
    expect(parseArticle(page(cluster)).standfirst).toBeNull()
  })

  test('a picture caption over its credit line, blocks apart, is passed over', () => {
    const cluster = [
      'The council engineers inspect the pier.',
      'Photo : Marrow Daily',
      'Analysis',
      DEK,
      'March 4, 2025',
    ]
    const text = [...MENU, HEADLINE, ...cluster, ...STORY, ...FOOTER].join('\n\n')
    expect(parseArticle(text).standfirst).toBe(DEK)
  })

  test('a date under the dek makes it one too, with no name', () => {
    const article = parseArticle(page(['Analysis', 'Print', DEK, 'March 4, 2025']))
    expect(article.standfirst).toBe(DEK)
  })
})

// A dek without its full stop among the furniture: the first such line, alone, with the byline or date under it.
// The page opens with its title bar, so that the headline is known apart from the line over the byline.
describe('a dek without its full stop past the header furniture', () => {
  const UNSTOPPED = 'Six weeks of work on the Victorian pier start on Monday'
  const titled = (cluster: string[]) => [`${HEADLINE} | Marrow Gazette`, page(cluster)].join('\n')
  test.each([
    // Under a kicker and a button, which the rules for the line right under the headline stop at.
    [['Analysis', 'Print', UNSTOPPED, 'March 4, 2025'], UNSTOPPED],
    [['Seafront', UNSTOPPED, 'By Hannah Colby'], UNSTOPPED],
    // Longer than furniture: the first prose, without its full stop.
    [['Analysis', 'Print', `${UNSTOPPED}, and buses will take the ring road`, 'March 4, 2025'], null],
  ])('the dek: %j', (cluster, dek) => {
    const article = parseArticle(titled(cluster))
    expect(article.headline).toBe(HEADLINE)
    expect(article.standfirst).toBe(dek ?? cluster[2])
  })
  test.each([
    // No byline or date under it: a label or a teaser.
    [['Seafront', UNSTOPPED, 'Share this']],
    // An item of a list, over the next items.
    [
      [
        'Seafront',
        UNSTOPPED,
        'Buses will take the ring road for six weeks',
        'The harbour car park stays open',
        'Hannah Colby',
      ],
    ],
  ])('no dek: %j', (cluster) => {
    expect(parseArticle(titled(cluster)).standfirst).toBeNull()
  })
})
