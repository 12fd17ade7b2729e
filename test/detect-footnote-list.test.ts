import { describe, expect, test } from 'vitest'
import { isFootnote, markFootnoteRuns } from '../src/detect/footnote-list.js'
import type { ParagraphClass } from '../src/detect/paragraph-score.js'
import { parseArticle } from '../src/index.js'

// An encyclopedia article's notes, a caret first on each line (footnote-list.ts): the article's text, not residue.

describe('isFootnote: a wiki footnote line', () => {
  test.each([
    '^ Roe 2003, p. 41.',
    '^ a b "Harbour seals of Marrow Bay". Marrow Bay Gazette. 3 May 2010. Retrieved 4 May 2010.',
    '^ a b c Penhale, Ruth (2009). Seals and Sandbanks. Marrow: Quay Press. ISBN 0-000-00000-0.',
    '^ There is no official count of the seals before 1960.',
  ])('footnote: %s', (text) => {
    expect(isFootnote(text)).toBe(true)
  })
  test.each(['^', '^^ top', 'Back to top ^', '↑ Top', 'A caret ^ in the middle', '^Top'])('not: %s', (text) => {
    expect(isFootnote(text)).toBe(false)
  })
})

describe('markFootnoteRuns: three footnotes in a row or more', () => {
  const NOTE = '^ Roe 2003, p. 41.'
  test.each([
    [
      [NOTE, NOTE, NOTE],
      ['good', 'good', 'good'],
    ],
    [
      ['References', NOTE, NOTE, NOTE, 'External links'],
      ['bad', 'good', 'good', 'good', 'bad'],
    ],
    // Two are no run; nor are three split by another line.
    [
      [NOTE, NOTE, 'External links'],
      ['bad', 'bad', 'bad'],
    ],
    [
      [NOTE, 'Home', NOTE, NOTE],
      ['bad', 'bad', 'bad', 'bad'],
    ],
  ] as [string[], ParagraphClass[]][])('%j', (texts, classes) => {
    const own = texts.map((): ParagraphClass => 'bad')
    markFootnoteRuns(texts, own)
    expect(own).toEqual(classes)
  })
})

describe('an encyclopedia page: its notes are body, its navigation box is not', () => {
  const PROSE = [
    'The harbour seal is the most common seal of Marrow Bay, where some four hundred of them haul out on the sandbanks at low tide.[1] They are counted every August, when the pups have been weaned and the adults are moulting.[2]',
    'Seals were hunted in the bay until 1960, when the council made the sandbanks a reserve; the colony has grown every decade since, and it is now one of the largest on the coast.[3]',
    'Visitors may watch the seals from the harbour wall, but boats must keep a hundred metres from the banks between June and September, when the pups are born.[4]',
  ]
  const NOTES = [
    '^ Roe, Jane (2003). Seals of the Bay. Marrow: Quay Press. p. 41.',
    '^ a b "August seal count". Marrow Bay Gazette. 3 September 2019. Retrieved 4 May 2020.',
    '^ Penhale, Ruth (2009). "The sandbanks reserve". Coastal Review. 12 (3): 7–19.',
    '^ "Boating on the bay". Marrow Harbour Authority. Retrieved 4 May 2020.',
  ]
  const NAV = ['Marrow Bay', 'Wildlife', 'Seals', 'Terns', 'Oystercatchers', 'Places', 'Harbour', 'Sandbanks', 'Quay']
  test('every note is in the body; the box of links under it is not', () => {
    const a = parseArticle(
      ['Main page', 'Contents', 'Random article', 'Harbour seal', ...PROSE, 'References', ...NOTES, ...NAV].join('\n'),
    )
    const body = a.body.flatMap((b) => (b.type === 'list' ? [...b.items] : [b.text]))
    for (const line of [...PROSE.slice(1), ...NOTES]) expect(body).toContain(line)
    for (const line of NAV.slice(1)) expect(body).not.toContain(line)
  })
})
