import { describe, expect, test } from 'vitest'
import { isDateLine, leadingStampEnd, trailingStampAt } from '../src/detect/page-date.js'

describe('isDateLine: a date or time stamp and nothing else, in any of our languages', () => {
  test.each([
    'Updated 1:39 am EST, Wednesday, November 20, 2019',
    'PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm',
    '20 Nov, 2019 05:47',
    '11/18/19 11:04 PM EST',
    'Nov. 20, 2019, 9:28 AM UTC',
    'Yesterday 1:55PM',
    '3 hours ago',
    'Posted 4 mins ago',
    '2019-11-18T20:51:19Z',
    'Publié le 13 mars 2017',
    'Publié le 07 mai 2019 à 13h59 - Mis à jour le 08 mai 2019 à 09h03',
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
    'Nov 19, 2019 at 9:08 GMT1 day ago',
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
    '谢若含2017-03-01 14:27:02',
    'Tech Insider',
    // A clock alone is as often a video's length.
    '00:50',
    '1:22:03',
    `Updated 1:39 am EST, ${'Wednesday, '.repeat(10)}November 20, 2019`,
  ])('not: %s', (text) => {
    expect(isDateLine(text)).toBe(false)
  })
})

describe('stamps at the ends of a line', () => {
  test.each([
    ['By Laura E. Adkins December 28, 2016', 'By Laura E. Adkins '],
    ['Alex Perry 1 day ago', 'Alex Perry '],
    ['Associated PressDecember 2, 2016', 'Associated Press'],
    ['By Grant Brisbee Dec 6, 2016, 4:08pm EST', 'By Grant Brisbee '],
  ])('trailing: %s', (text, before) => {
    expect(text.slice(0, trailingStampAt(text))).toBe(before)
  })
  test.each(['By Laura E. Adkins', 'December 28, 2016', 'Storm hits coast on Monday'])(
    'no trailing stamp: %s',
    (text) => {
      expect(trailingStampAt(text)).toBe(-1)
    },
  )
  test.each([
    ['December 19, 2016 by Maggie Winterfeldt', 'December 19, 2016'],
    ['12/19/16 Jane Roe', '12/19/16'],
  ])('leading: %s', (text, stamp) => {
    expect(text.slice(0, leadingStampEnd(text))).toBe(stamp)
  })
  test.each(['By Maggie Winterfeldt', '2016 election results'])('no leading stamp: %s', (text) => {
    expect(leadingStampEnd(text)).toBe(-1)
  })
})
