import { describe, expect, test } from 'vitest'
import type { ParagraphClass } from '../src/detect/paragraph-score.js'
import { isHeaderRow, markTablesInProse } from '../src/detect/table-in-prose.js'
import { parseArticle } from '../src/index.js'

// A table copied off a page between a story's paragraphs: a header row with tabs between its cells, then its cells a
// line each (table-in-prose.ts).

describe('isHeaderRow: cells apart by tabs, none a sentence', () => {
  test.each(['Zone\tAdult\tChild', '\tRoute\tFirst boat\tLast boat', 'Symptom\tCause'])('header: %j', (line) => {
    expect(isHeaderRow(line)).toBe(true)
  })
  test.each([
    'Zone  Adult  Child',
    'Home | News | Sport',
    'The ferry sails at six.\tIt returns at nine.',
    'Zone',
    `A cell far too long to be a table's, ${'and it goes on '.repeat(3)}\tB`,
  ])('not: %j', (line) => {
    expect(isHeaderRow(line)).toBe(false)
  })
})

describe('markTablesInProse: between prose only', () => {
  const P: ParagraphClass = 'good'
  const B: ParagraphClass = 'bad'
  const HEAD = 'Symptom\tCause'
  test.each([
    // prose, header, cells, prose
    [
      ['prose', HEAD, 'Slow pages', 'A full disk', 'prose'],
      [P, B, B, B, P],
      [P, P, P, P, P],
    ],
    // a title over the header row
    [
      ['prose', 'Table 1. Causes', HEAD, 'Slow pages', 'prose'],
      [P, B, B, B, P],
      [P, P, P, P, P],
    ],
  ] as [string[], ParagraphClass[], ParagraphClass[]][])('table: %j', (lines, own, classes) => {
    markTablesInProse(lines, own)
    expect(own).toEqual(classes)
  })
  test.each([
    // no prose above: a row of tabs in a page's header
    [
      ['Home', 'Menu', HEAD, 'Slow pages', 'prose'],
      [B, B, B, B, P],
    ],
    // no prose under it: the page's end
    [
      ['prose', HEAD, 'Slow pages', 'A full disk'],
      [P, B, B, B],
    ],
    // a header row with no cells under it
    [
      ['prose', HEAD, 'prose'],
      [P, B, P],
    ],
  ] as [string[], ParagraphClass[]][])('not: %j', (lines, own) => {
    const before = own.slice()
    markTablesInProse(lines, own)
    expect(own).toEqual(before)
  })
})

describe('a table between the paragraphs of a page', () => {
  const BEFORE =
    'Most of the complaints the harbour office gets in a season come down to a handful of causes, and the office has learnt to tell them apart from what the caller says.'
  const CELLS = [
    'The ferry left without me',
    'The timetable online was a week old',
    'My ticket was refused',
    'The card reader had lost its signal',
  ]
  const AFTER =
    'Telling the symptom from its cause is what lets the office fix the right thing first, and most causes take less than an hour to put right once they are known.'
  test('the header row and every cell are in the body, between the two paragraphs', () => {
    const text = [
      'Home',
      'News',
      'Ferries',
      'Contact',
      'Why the ferry leaves without you',
      '',
      BEFORE,
      '',
      'Table 1. Complaints and their causes',
      'Complaint\tCause',
      '',
      ...CELLS.flatMap((cell) => [cell, '']),
      AFTER,
      '',
      'Share this story',
      'Related stories',
      'Ferry fares to rise in spring',
    ].join('\n')
    const body = parseArticle(text).body.flatMap((b) =>
      b.type === 'table' ? b.rows.map((r) => r.join(' ')) : [b.text],
    )
    for (const line of [BEFORE, ...CELLS, AFTER]) expect(body).toContain(line)
  })
})
