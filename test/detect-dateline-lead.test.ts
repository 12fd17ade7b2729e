import { describe, expect, test } from 'vitest'
import { isDatelineLead, markDatelineLeads, startAtDatelineLead } from '../src/detect/dateline-lead.js'
import type { ParagraphClass } from '../src/detect/paragraph-score.js'
import { parseArticle } from '../src/index.js'

// A story's first paragraph opening with its dateline, however few function words it has (dateline-lead.ts).

const LEAD =
  'DOVER, N.H. — Hours before Tuesday’s vote, Mayor Jane Roe, Councilman Tom Poole and Harbour Master Ann Lee backed the pier repairs.'

describe('isDatelineLead: a paragraph that opens with a dateline', () => {
  test.each([
    LEAD,
    'ATLANTA (AP) — Firefighters in Marrow County battled three brush fires along Interstate 75 on Sunday, officials said.',
    'LONDON, March 3 (Reuters) - Shares in Marrow Ferries rose 4% on Tuesday after the operator reported record summer traffic.',
  ])('lead: %s', (text) => {
    expect(isDatelineLead(text)).toBe(true)
  })
  test.each([
    // A teaser's line: too short to be a lead.
    'DOVER, N.H. — Pier repairs approved.',
    // No dateline: a place in lower case, a dash inside the sentence.
    'The mayor said the repairs — long delayed, and costly — would start in March, and the pier would reopen by the summer season.',
    // A dateline that ends no sentence: a link title.
    'DOVER, N.H. — Hours before Tuesday’s vote, Mayor Jane Roe, Councilman Tom Poole and Harbour Master Ann Lee backed the pier',
  ])('not: %s', (text) => {
    expect(isDatelineLead(text)).toBe(false)
  })
})

describe('markDatelineLeads and startAtDatelineLead', () => {
  test('a lead read as residue becomes prose', () => {
    const own: ParagraphClass[] = ['bad', 'bad', 'good']
    markDatelineLeads(['Home', LEAD, 'More prose.'], own)
    expect(own).toEqual(['bad', 'good', 'good'])
  })
  test.each([
    // Teasers carried in above the lead: the text starts at the lead.
    [
      ['Ferry fares to rise', 'Lifeboat crew rescue two walkers', LEAD, 'prose'],
      ['near-good', 'short', 'good', 'good'],
      [2, 3],
    ],
    // Prose of its own above the lead: the text keeps it.
    [
      ['A whole paragraph of the story.', LEAD, 'prose'],
      ['good', 'good', 'good'],
      [0, 2],
    ],
    // No lead: as found.
    [
      ['Ferry fares to rise', 'prose', 'prose'],
      ['near-good', 'good', 'good'],
      [0, 2],
    ],
  ] as [string[], ParagraphClass[], [number, number]][])('%j', (texts, own, start) => {
    expect(startAtDatelineLead(texts, own, [0, texts.length - 1])).toEqual(start)
  })
})

describe('a page whose story opens with a dateline, under a list of teasers', () => {
  const STORY = [
    'The council approved the spending by seven votes to two, and work on the pier is due to begin in March, the harbour office said.',
    'Traders on the seafront said they feared losing visitors during the works, but the mayor said the repairs could not wait any longer.',
    'The pier was badly damaged in the winter storms, when two of its supports gave way and part of the deck fell into the sea.',
  ]
  test('the lead is body, the teasers above it are not', () => {
    const text = [
      'Home',
      'News',
      'Sport',
      'Weather',
      'Council approves pier repairs',
      'Ferry fares to rise in spring',
      'Lifeboat crew rescue two walkers near the cliffs',
      'Harbour dues climb again. A map of the moorings hit hardest.',
      'Seal pup found on the beach',
      LEAD,
      ...STORY,
      'Share this story',
    ].join('\n')
    const body = parseArticle(text).body.map((b) => b.text)
    expect(body.join('\n')).toContain('Hours before Tuesday’s vote')
    for (const line of STORY) expect(body).toContain(line)
    for (const line of ['Seal pup found on the beach', 'Harbour dues climb again. A map of the moorings hit hardest.'])
      expect(body).not.toContain(line)
  })
})

describe('isDatelineLead: places in capitals of more than one word', () => {
  test.each([
    'A CORUÑA — Fishermen in the port said on Monday that the new quotas would halve their catch of hake this year.',
    'ST. LOUIS (AP) — The city council voted on Tuesday to rebuild the riverside pier that the spring floods carried away.',
    "N'DJAMENA, Chad (Reuters) — The government said on Sunday that the border crossing would reopen to traders next week.",
  ])('lead: %s', (text) => {
    expect(isDatelineLead(text)).toBe(true)
  })
})

describe('startAtDatelineLead: a lead deep in the text, under a stream of teaser snippets', () => {
  // A teaser stream: a title (residue) over one snippet (prose), again and again; then the story's header and its
  // run of paragraphs, the first opening with a dateline.
  const STREAM_TEXTS = ['Ferry fares to rise', 'snippet', 'Lifeboat crew rescue two', 'snippet', 'Pier repairs', LEAD]
  const STREAM_OWN: ParagraphClass[] = ['short', 'good', 'bad', 'good', 'bad', 'good', 'good', 'good']
  test.each([
    // Snippets one by one above; a run of three from the lead: the text starts at the lead.
    [[...STREAM_TEXTS, 'prose', 'prose'], STREAM_OWN, [5, 7]],
    // A run above as long as the lead's (a story's own first paragraphs, a later dateline in a round-up): as found.
    [
      ['prose', 'prose', 'prose', 'Also in the news', LEAD, 'prose', 'prose'],
      ['good', 'good', 'good', 'short', 'good', 'good', 'good'],
      [0, 6],
    ],
    // The lead opens a run of two: too short for a story, as found.
    [[...STREAM_TEXTS, 'prose'], STREAM_OWN.slice(0, 7), [0, 6]],
    // Prose right above the lead: the lead is inside a run, as found.
    [
      ['Ferry fares to rise', 'snippet', 'prose', LEAD, 'prose', 'prose'],
      ['short', 'good', 'good', 'good', 'good', 'good'],
      [0, 5],
    ],
  ] as [string[], ParagraphClass[], [number, number]][])('%j', (texts, own, found) => {
    expect(startAtDatelineLead(texts, own, [0, texts.length - 1])).toEqual(found)
  })
})
