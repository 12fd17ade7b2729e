import { describe, expect, test } from 'vitest'
import { isCountLine, isLeadAlone, isPageMetaText, isReadingTime } from '../src/detect/meta-line.js'

// The lines of a header cluster, by shape, in any language.
describe('isPageMetaText', () => {
  test.each([
    'By Jane Roe',
    'ByJane Roe Dec 9, 2016',
    'Jane Roe 1 day ago',
    'Publié le 13 mars 2017',
    'Aktualisiert am 12.03.2020 09:14',
    'há 2 horas',
    '公開日 2019年2月13日',
    '5 min read',
    'Lesedauer ca. 10 Minuten',
    'Tempo de leitura: 3 minutos',
    'Author:',
    'Updated:',
    'By',
    'Von',
    'Autor:',
    'Jane Roe | jroe@example.com',
    'News reporter @JaneRoe',
  ])('meta: %s', (text) => {
    expect(isPageMetaText(text)).toBe(true)
  })
  test.each([
    'Pier repairs to close seafront road',
    'Was heißt Gerechtigkeit für Sie?',
    'Breaking: Riverton hires new head coach',
    'Read the 5 minutes the judge took to explain her ruling',
    'Jane Roe',
    'Politics',
  ])('not: %s', (text) => {
    expect(isPageMetaText(text)).toBe(false)
  })
})

describe('reading times, counts, a lead alone', () => {
  test.each(['5 min read', 'Temps de lecture : 4 min', 'Время чтения 5 минут', '読了時間：約3分'])(
    'reading time: %s',
    (t) => {
      expect(isReadingTime(t)).toBe(true)
    },
  )
  test.each(['Read the 5 minutes the judge took to explain her ruling', 'Reading 3-1 Chelsea'])(
    'no reading time: %s',
    (t) => {
      expect(isReadingTime(t)).toBe(false)
    },
  )
  test.each(['884', '6,762', '19 Comments', '36'])('count: %s', (t) => {
    expect(isCountLine(t)).toBe(true)
  })
  test.each(['2019 election', '19 dead in floods', 'Comments'])('no count: %s', (t) => {
    expect(isCountLine(t)).toBe(false)
  })
  test.each(['By', 'by', 'Von', 'Par', 'Author:', 'Autor', 'Text:'])('lead alone: %s', (t) => {
    expect(isLeadAlone(t)).toBe(true)
  })
  test.each(['By Jane Roe', 'Bye', 'Authors wanted'])('no lead alone: %s', (t) => {
    expect(isLeadAlone(t)).toBe(false)
  })
})
