import { describe, expect, test } from 'vitest'
import type { LabelledBlock } from '../src/detect/context.js'
import { couldBeHeadline, isRowShaped } from '../src/detect/headline-lines.js'

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
