import { describe, expect, test } from 'vitest'
import type { LabelledBlock } from '../src/detect/context.js'
import { couldBeHeadline, isContentsEntry, isRowShaped } from '../src/detect/headline-lines.js'
import { pierPage } from './helpers/pier-page.js'

describe('isRowShaped: a table row, link bar, breadcrumb, list item or code line is no title', () => {
  test.each([
    'harbour │ 2025-03-04 09:00 │ 12 │ closed',
    'Ferries | Buses | Trains | Parking',
    'Home >> Local news >> Transport >> Story',
    'Start › Region › Coast › Pier works',
    '[Map] [PDF] [Timetable] [Contact]',
    '• Pier closed to the public',
    'closeRoad("seafront"); // six weeks',
    'function closeRoad(name) {',
  ])('row: %s', (t) => {
    expect(isRowShaped(t)).toBe(true)
  })
  test.each([
    'Pier repairs to close seafront road',
    'Mayor and council: A long rivalry;',
    'Pier repairs | Marrow Gazette',
    'Why the pier (and the road) must close',
    'Ferries, buses > trains? The commuter survey',
    '[Updated] Pier repairs to close seafront road',
  ])('title: %s', (t) => {
    expect(isRowShaped(t)).toBe(false)
  })
})

describe('couldBeHeadline: a row is never a headline candidate', () => {
  const line = (text: string): LabelledBlock => ({
    index: 0,
    text,
    start: 0,
    end: text.length,
    lines: [{ start: 0, end: text.length, text, indent: 0, blank: false }],
    indent: 0,
    afterBlank: true,
    role: null,
  })
  test.each(['harbour │ 2025-03-04 09:00 │ 12 │ closed', 'Home >> Local news >> Transport >> Story'])('%s', (t) => {
    expect(couldBeHeadline(line(t))).toBe(false)
  })
  test('a title of the same words is one', () => {
    expect(couldBeHeadline(line('Harbour closed on March 4 as ferries stop'))).toBe(true)
  })
})

describe('isContentsEntry: a numbered entry beside another, one a subsection, is a contents line', () => {
  test.each([
    ['5.3 Conferences and events', ['5.2 Local groups', '5.3.1 Harbour festival']],
    ['3.7.1 Tide tables', ['3.7 Data', undefined]],
    ['4 Other activities', ['3.6.2 Surveys', '4.1 Volunteering']],
    ['2. Methods', [undefined, '2.1 Sampling the seals']],
  ])('entry: %s', (t, neighbours) => {
    expect(isContentsEntry(t, neighbours)).toBe(true)
  })
  test.each([
    // Alone, a number opens a headline.
    ['3.5 million homes lose power in storm', ['Pier repairs to close seafront road', 'By Hannah Colby']],
    // Two numbered lines of one level: teasers as often as contents.
    ['3 dead as storm hits coast', ['2 ferries cancelled', '5 things to know']],
    // No number at its start.
    ['Conferences and events', ['5.2 Local groups', '5.3.1 Harbour festival']],
    // A number that is a date or a score, not a section's.
    ['2025 budget: what changes', ['4.1 Volunteering', undefined]],
  ])('not an entry: %s', (t, neighbours) => {
    expect(isContentsEntry(t, neighbours)).toBe(false)
  })
})

describe('PageTop.couldBeHeadline: a contents entry above the text is no candidate', () => {
  const candidate = (over: string[], line: string) => {
    const { ctx, page } = pierPage([], over)
    return page.couldBeHeadline(ctx.blocks.findIndex((b) => b.text === line))
  }
  test('an entry between its neighbours', () => {
    const entry = '5.3 Conferences and events in town'
    expect(candidate(['5.2 Harbour history and trade', entry, '5.3.1 Harbour festival'], entry)).toBe(false)
  })
  test('a numbered headline alone', () => {
    const title = '3.5 million homes lose power in storm'
    expect(candidate(['March 4, 2025', title], title)).toBe(true)
  })
})
