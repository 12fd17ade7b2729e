import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { edgeMayBeStamp, isDateLine, leadingStampEnd, readWords, trailingStampAt } from '../src/detect/page-date.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

describe('isDateLine: a date or time stamp and nothing else, in any of our languages', () => {
  test.each([
    'Updated 2:41 am EST, Thursday, March 6, 2025',
    'PUBLISHED: March 5, 2025 at 7:48 pm | UPDATED: March 5, 2025 at 9:03 pm',
    '20 Nov, 2019 05:47',
    '03/05/25 10:52 PM EST',
    'Mar. 6, 2025, 8:14 AM UTC',
    'Yesterday 1:55PM',
    '3 hours ago',
    'Posted 4 mins ago',
    '2019-11-18T20:51:19Z',
    'Publié le 13 mars 2017',
    'Publié le 12 juin 2024 à 14h37 - Mis à jour le 13 juin 2024 à 08h05',
    'Il y a 2 heures',
    'Aktualisiert am 12.03.2020 09:14',
    'vor 3 Stunden',
    'Publicado el 4 de marzo de 2020',
    'há 2 horas',
    '2 ore fa',
    'Gepubliceerd op 3 januari 2021',
    '2019.04.19 20:00',
    '公開日 2019年2月13日',
    '1 時間前',
    '2 часа назад',
    'Mar 5, 2025 at 7:16 GMT1 day ago',
    'Updated November 20, 2019',
    'Nov. 3',
    '3 Nov',
    '26. Nov',
    '20/11/2019',
    '2019-11-18 20:51',
    '5:30 PM',
    '10 mins ago',
    'Posted 1 day ago',
    'SEPT 9',
  ])('stamp: %s', (text) => {
    expect(isDateLine(text)).toBe(true)
  })
  test.each([
    'On November 20 the council voted to close the plant.',
    'Monday 5:30PM meeting of the board',
    'The 2019 season',
    'Monday',
    'Updated on Monday',
    'Marching 20 miles',
    'Nov 20 council vote',
    // A programme, not a time before now.
    '60 Minutes',
    // An archive's count, not a day.
    'January (11)',
    'Outubro (217)',
    // A count with a thousands separator.
    '6,762',
    '王小明2024-06-12 10:05:31',
    'Tech Insider',
    // A clock alone is as often a video's length.
    '00:50',
    '1:22:03',
    `Updated 2:41 am EST, ${'Thursday, '.repeat(10)}March 6, 2025`,
  ])('not: %s', (text) => {
    expect(isDateLine(text)).toBe(false)
  })
})

describe('stamps at the ends of a line', () => {
  test.each([
    ['By Nora E. Quillan March 14, 2025', 'By Nora E. Quillan '],
    ['Sam Okafor 1 day ago', 'Sam Okafor '],
    ['Associated PressMarch 3, 2025', 'Associated Press'],
    ['By Glen Bramley Mar 4, 2025, 4:08pm EST', 'By Glen Bramley '],
  ])('trailing: %s', (text, before) => {
    expect(text.slice(0, trailingStampAt(text))).toBe(before)
  })
  test.each(['By Nora E. Quillan', 'March 14, 2025', 'Storm hits coast on Monday'])('no trailing stamp: %s', (text) => {
    expect(trailingStampAt(text)).toBe(-1)
  })
  test.each([
    ['December 11, 2024 by Petra Lindqvist', 'December 11, 2024'],
    ['12/19/16 Jane Roe', '12/19/16'],
  ])('leading: %s', (text, stamp) => {
    expect(text.slice(0, leadingStampEnd(text))).toBe(stamp)
  })
  test.each(['By Petra Lindqvist', '2016 election results'])('no leading stamp: %s', (text) => {
    expect(leadingStampEnd(text)).toBe(-1)
  })
})

// edgeMayBeStamp reads only the words after a line's last space (or before its first) to tell whether its last (first)
// word may be a stamp's; a stamp ends (opens) a line only when it may. It must never say "no" when the whole line's
// reading gives that word a stamp's kind.
describe('edgeMayBeStamp: the word at either end, read alone, as the whole line is read', () => {
  const agrees = (text: string) => {
    const words = readWords(text)
    if (!edgeMayBeStamp(text, 'last')) expect(words.at(-1)?.kind, `last word of ${JSON.stringify(text)}`).toBe('other')
    if (!edgeMayBeStamp(text, 'first')) expect(words[0]?.kind, `first word of ${JSON.stringify(text)}`).toBe('other')
  }

  test.each([
    ['Council voted 5-3 to close the plant.', false, false],
    ['By Nora E. Quillan March 14, 2025', true, false],
    ['December 11, 2024 by Petra Lindqvist', false, true],
    ['Sam Okafor 1 day ago', true, false],
    ['Associated PressMarch 3, 2025', true, false],
    ['Jane Roe (11)', true, false],
    ['2025', true, true],
  ])("%s: last word may be a stamp's %s, first %s", (text, last, first) => {
    expect([edgeMayBeStamp(text, 'last'), edgeMayBeStamp(text, 'first')]).toEqual([last, first])
    agrees(text)
  })

  test('on every line and paragraph of the fixtures', () => {
    expect.hasAssertions()
    for (const line of fixtureLinesAndParagraphs()) {
      agrees(line)
      expect(true).toBe(true)
    }
  })

  // Lines made of stamps' words, names, numbers glued or apart, brackets and separators of every kind.
  const piece = fc.constantFrom(
    'March',
    'mars',
    '14,',
    '2025',
    '(11)',
    '09:14',
    '4:08pm',
    '12.03.2020',
    'Updated',
    'am',
    'Jane',
    'Roe',
    'PressDecember',
    'GMT1',
    'day',
    'ago',
    'há',
    'horas',
    '2019年2月13日',
    '時間前',
    '5h',
    'vote.',
    'x',
    '',
  )
  const separator = fc.constantFrom(
    ' ',
    '  ',
    '\u00a0',
    '\t',
    ',',
    ', ',
    '|',
    ' · ',
    '(',
    ')',
    ':',
    ' — ',
    ';',
    '.',
    '-',
  )
  const line = fc
    .array(fc.tuple(piece, separator), { maxLength: 8 })
    .map((parts) => parts.map(([p, sep]) => p + sep).join(''))

  test('on random lines', () => {
    expect.hasAssertions()
    fc.assert(
      fc.property(fc.tuple(separator, line), ([open, text]) => {
        agrees(open + text)
        agrees(text)
        expect(true).toBe(true)
      }),
      { numRuns: 5_000 },
    )
  })
})
