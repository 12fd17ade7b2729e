import { describe, expect, test } from 'vitest'
import { boilerplateKind } from '../src/detect/boilerplate.js'
import { BOILERPLATE_PATTERNS } from '../src/lexicon/boilerplate.js'

// Each pattern's own examples, through the detector: a line it claims gets its rule (no pattern before it
// takes the line), and a line like them that it leaves alone is no boilerplate at all.
describe("boilerplateKind on the lexicon's examples", () => {
  const entries = BOILERPLATE_PATTERNS.map((p) => [p.rule, p] as const)
  test.each(entries)('%s: its lines get its rule', (rule, p) => {
    for (const line of p.examples.match) expect(boilerplateKind(line), line).toEqual({ rule, kind: p.kind })
  })
  test.each(entries)('%s: the lines like them stay content', (_, p) => {
    for (const line of p.examples.noMatch) expect(boilerplateKind(line), line).toBeNull()
  })
})

describe('boilerplateKind: page residue the lexicon knows', () => {
  test.each([
    ['Pinterest', 'social-buttons', 'social'],
    ['858 SHARES', 'social-buttons', 'social'],
    ['Share All sharing options for: Pier repairs to close road', 'social-buttons', 'social'],
    ['FacebookTwitterPinterestEmail', 'social-buttons', 'social'],
    ['Teilen', 'social-buttons', 'social'],
    ['2 comments', 'comments-control', 'other'],
    ['Leave a Comment', 'comments-control', 'other'],
    ['[ 167 comments ]', 'comments-control', 'other'],
    ['This site uses Akismet to reduce spam.', 'comments-form', 'other'],
    ['Previous Post: Ten easy autumn soups', 'navigation-control', 'navigation'],
    ['Image 1 of 23', 'navigation-control', 'navigation'],
    ['Skip to main content', 'navigation-control', 'navigation'],
    ['Tags: preserves, autumn', 'related-tags', 'related'],
    ['MOST POPULAR', 'related-header', 'related'],
    ['You may also like', 'related-header', 'related'],
    ['Breaking News Emails', 'newsletter-form', 'newsletter'],
    ['Privacy Policy', 'newsletter-form', 'newsletter'],
    ['We use cookies to improve your experience on our site.', 'cookie-notice', 'other'],
    ['These are external links and will open in a new window', 'page-notice', 'other'],
    ['Anzeige', 'advert-label', 'advert'],
  ])('%s → %s', (text, rule, kind) => {
    expect(boilerplateKind(text)).toEqual({ rule, kind })
  })

  // Sentences of a story that share words with the patterns.
  test.each([
    'Share prices fell 3% on Monday.',
    'He declined to comment.',
    'Next year the company will grow.',
    'Comments made by the minister were later withdrawn.',
    'Privacy campaigners said the policy went too far.',
    'Tags on the birds showed they had flown 3,000 miles.',
    'Most popular among voters was the plan to cut fares.',
  ])('content: %s', (text) => {
    expect(boilerplateKind(text)).toBeNull()
  })
})
