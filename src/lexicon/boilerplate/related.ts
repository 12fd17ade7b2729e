import { anyOf } from '../pattern-parts.js'
import type { BoilerplatePattern } from './boilerplate-pattern.js'

// Links to other stories, lists of them and their headers, tags.

const LINK_LABELS = [
  'read more',
  'related(?: (?:articles?|stories|coverage|content|news|topics?))?',
  'also read',
  'read also',
  'see also',
  'more on this(?: story)?',
  'recommended',
  'most read',
  'more from',
  'watch',
  'listen',
]

/** A link's label before a bar, colon or arrow: "Read more: …" — not "Read more books, he said." */
export const RELATED_LINK: BoilerplatePattern = {
  rule: 'related-link',
  description: 'a link\'s label before a bar, colon or arrow ("Read more: …")',
  kind: 'related',
  maxLength: 240,
  pattern: new RegExp(String.raw`^${anyOf(LINK_LABELS)}\s*(?:[:|»›>\-–—]|$)`, 'i'),
  examples: {
    match: [
      'Read more: Pier repairs to close seafront road',
      'READ MORE',
      'Related: the pier',
      'Related stories',
      'Also read | Ferry to run for ten more years',
      'See also:',
      'More on this story',
      'Recommended',
      'Most read',
      'Watch: the storm hits the coast',
      'Listen -',
    ],
    noMatch: ['Read more books, he said.', 'Watch out for the ice on the roads.'],
  },
}

const TAG_LABELS = [
  'tags?',
  'tagged(?: with)?',
  'filed (?:under|in)',
  'topics?',
  'categories',
  'category',
  'more on',
  'more in',
  'more from',
  'related roundup',
]

/** A list of tags after its label: "Tags: Minnesota Wild", "Filed under: Khawarij |", "Topics: Hardware". */
export const RELATED_TAGS: BoilerplatePattern = {
  rule: 'related-tags',
  description: 'a list of tags after its label ("Tags: Minnesota Wild")',
  kind: 'related',
  maxLength: 200,
  pattern: new RegExp(String.raw`^${anyOf(TAG_LABELS)}\s*:`, 'i'),
  examples: {
    match: [
      'Tags: Minnesota Wild',
      'Tagged with: soup',
      'Filed under: Khawarij |',
      'Topics: Hardware',
      'Categories: News',
      'More in: Sport',
      'Related roundup:',
    ],
    noMatch: ['Tags were found on the birds.', 'Topics discussed included the pier.'],
  },
}

const LIST_HEADERS = [
  'recommended stories',
  'related posts?:.*',
  'most (?:popular|read|viewed|shared|commented)',
  'top (?:local )?stories',
  'trending(?: now)?',
  'you may (?:also )?like(?: these posts)?',
  'you might (?:also )?like',
  'recommended(?: for you)?',
  'latest (?:news|stories)',
  'more (?:stories|news)',
  'next up in .+',
  "editor'?s picks",
  'popular (?:now|posts|stories)',
  'related (?:posts?|links?)',
  'sponsored links',
  'more in .+',
]

/** A list's header: "MOST POPULAR", "You may also like", "Trending:". */
export const RELATED_HEADER: BoilerplatePattern = {
  rule: 'related-header',
  description: 'a list\'s header ("MOST POPULAR", "You may also like")',
  kind: 'related',
  maxLength: 60,
  pattern: new RegExp(String.raw`^${anyOf(LIST_HEADERS)}\s*:?$`, 'i'),
  examples: {
    match: [
      'Recommended stories',
      'Related posts: more',
      'MOST POPULAR',
      'Top Local Stories',
      'Trending:',
      'You may also like',
      'YOU MAY LIKE THESE POSTS',
      'You might like',
      'Recommended for you',
      'Latest news',
      'More stories',
      'Next Up In Science & Health',
      "Editor's picks",
      'Popular now',
      'Related links',
      'Sponsored links',
      'More in Sport',
    ],
    noMatch: ['Most popular with tourists is the pier.', 'Trending downwards, prices fell.'],
  },
}
