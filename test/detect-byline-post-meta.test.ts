import { describe, expect, test } from 'vitest'
import { postMetaByline } from '../src/detect/byline-post-meta.js'
import { parseArticle } from '../src/index.js'

describe('postMetaByline', () => {
  test.each([
    ['Jane Roe — 2022-11-03 — in Gardening — Comments — Tags', ['Jane Roe']],
    ['Jane Roe — 2022-11-03— in Gardening — Comments', ['Jane Roe']],
    ['Hanna Berger | 12.03.2025 | in Reisen', ['Hanna Berger']],
    ['Posted by Jane Roe on March 4, 2025 in Travel', ['Jane Roe']],
    ['Posted by Jane Roe on March 4, 2025', ['Jane Roe']],
    ['Publié par Léa Martin le 4 mars 2025 dans Voyages', ['Léa Martin']],
    ['Veröffentlicht von Jana Rohr am 4. März 2025', ['Jana Rohr']],
  ])('%s', (line, authors) => {
    expect(postMetaByline(line)?.authors).toEqual(authors)
  })

  test.each([
    // A name and a date with no category: a teaser list prints them too.
    'Jane Roe — 2022-11-03',
    // A category and a date with no name first.
    'Travel — 2022-11-03 — in Gardening',
    'Posted by Jane Roe',
    'Posted on March 4, 2025 in Travel',
    'Posted letters reach island on March 4, 2025',
    'Home — About — in Gardening',
  ])('not a byline: %s', (line) => {
    expect(postMetaByline(line)).toBeNull()
  })
})

// A personal blog: the meta line after the post names its writer, as it does over the post on other themes.
const BLOG = [
  "Hi, I'm Jane.",
  'I write about code and gardens.',
  'Testing the garden sprinkler with a microcontroller',
  'Last spring I wired a cheap microcontroller to the garden sprinkler so that it would water the beds only when the soil was dry, and it has run every morning since then without a single failure, through a dry summer, a wet autumn and the two weeks in August when nobody was at home to look after the beds.',
  'The sensor is a pair of nails pushed into the soil, and the board reads the resistance between them once an hour; when it climbs past a threshold, a relay opens the valve for ten minutes.',
  'Next year I would like to add a rain gauge, so that a wet night skips the morning run altogether.',
]

describe('the byline of a blog post from its meta line', () => {
  test.each([
    ['Jane Roe — 2024-05-02 — in Hardware — Comments', ['Jane Roe']],
    ['Posted by Jane Roe on May 2, 2024 in Hardware', ['Jane Roe']],
  ])('%s', (meta, authors) => {
    const article = parseArticle([...BLOG, meta, 'Older posts', 'Home', 'Archive'].join('\n'))
    expect(article.byline?.authors).toEqual(authors)
  })

  test('a teaser line with a name and a date only is no byline', () => {
    const article = parseArticle([...BLOG, 'Jane Roe — 2024-04-18', 'Older posts', 'Home'].join('\n'))
    expect(article.byline).toBeNull()
  })
})
