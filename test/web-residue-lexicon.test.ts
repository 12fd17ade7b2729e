import { describe, expect, test } from 'vitest'
import { boilerplateKind } from '../src/detect/boilerplate.js'

// Residue lines added to lexicon/boilerplate.ts for web pages: each matched, and a line of prose like it left alone.
describe('web residue lexicon: comment boxes, sign-up notices, sponsored labels, author boxes', () => {
  test.each([
    ['Please log in using one of these methods to post your comment:', 'comments-form'],
    ['You are commenting using your WordPress.com account. ( Log Out / Change )', 'comments-form'],
    ['Comments are closed.', 'comments-form'],
    ['Top Rated Comments', 'comments-form'],
    ['Get Harbour Weekly delivered to your inbox', 'newsletter-form'],
    ['You have successfully subscribed. Thank you!', 'newsletter-form'],
    ['Privacy Overview', 'newsletter-form'],
    ['facebook twitter print email', 'social-buttons'],
    ['Apps We Like | Sponsored', 'advert-sponsored'],
    ['| SPONSORED', 'advert-sponsored'],
    ['Über den Autor', 'author-box'],
    ['Über Anna Schmidt', 'author-box'],
  ])('%s → %s', (text, rule) => {
    expect(boilerplateKind(text)?.rule).toBe(rule)
  })
  test.each([
    'Comments are closed to the public until the inquiry reports, the council said.',
    'Sponsored by the harbour trust, the regatta returns on Sunday.',
    'About bugs',
    'Über die Brücke fahren wieder Busse',
    'Get ready for a cold week in your garden',
    'Print editions will resume on Monday.',
  ])('not residue: %s', (text) => {
    expect(boilerplateKind(text)).toBeNull()
  })
})
