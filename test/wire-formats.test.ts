import { describe, expect, test } from 'vitest'
import { aapTag, fieldTag } from '../src/detect/wire-aap.js'
import { parseAnpaHeader, parseAnpaSlug, slugOfKeyword } from '../src/detect/wire-anpa.js'
import { parseIptcHeader } from '../src/detect/wire-iptc.js'
import { FIELD_TAG } from '../src/lexicon/wire-formats.js'

// The header readers of the wire formats, with lines they read and lines they must not. The
// lexicon's patterns carry their own examples (test/lexicon-examples.test.ts runs them).

describe('parseAnpaHeader: the ANPA-1312 header line', () => {
  test.each([
    [
      'f l BC-LT--Bolivia-MiningStr 11-14 0987',
      { priority: 'f', category: 'l', keyword: 'BC-LT--Bolivia-MiningStr', version: null, wordCount: 987 },
    ],
    [
      'r d BC-US--RescuedPonyHome 1stLd-Writethru 06-17 0634',
      { priority: 'r', category: 'd', keyword: 'BC-US--RescuedPonyHome', version: '1stLd-Writethru', wordCount: 634 },
    ],
    [
      'b a BC-US--APNewsAlert    03-14 0412',
      { priority: 'b', category: 'a', keyword: 'BC-US--APNewsAlert', version: null, wordCount: 412 },
    ],
    [
      'u i AM-Quake Take2 Adv 12-09 0180',
      { priority: 'u', category: 'i', keyword: 'AM-Quake', version: 'Take2 Adv', wordCount: 180 },
    ],
  ])('%s', (line, fields) => {
    expect(parseAnpaHeader(line)).toMatchObject(fields)
  })

  test.each([
    'Pony found safe in Vermont',
    'r d BC-US--RescuedPonyHome',
    'rd BC-US--RescuedPonyHome 06-17 0634',
    'R D BC-US--RescuedPonyHome 06-17 0634',
    'r d BC-US--Giant 2024-06-17 0634',
    'a b 12-12 1234',
  ])('not a header: %s', (line) => {
    expect(parseAnpaHeader(line)).toBeNull()
  })
})

describe('parseAnpaSlug: the slug line at the top of ANPA text', () => {
  test.each([
    ['BC-LT--Bolivia-Mining Strike,512', 'Bolivia-Mining Strike', null, 512],
    ['BC-US--Rescued Pony Home, 1st Ld-Writethru,127', 'Rescued Pony Home', '1st Ld-Writethru', 127],
    ['*7315< ^AP-Top-Farm-Headlines,0152', 'Top-Farm-Headlines', null, 152],
    ['BC-10 Things to Know-Friday,291', '10 Things to Know-Friday', null, 291],
    ['BC-JPN--Court-Ruling', 'Court-Ruling', null, null],
  ])('%s → %s', (line, slug, version, wordCount) => {
    expect(parseAnpaSlug(line)).toEqual({ slug, version, wordCount })
  })

  test.each(['For Bolivian miners, the night shift never ends', 'BC Hydro raises rates, 512', 'Eds: With AP Photos.'])(
    'not a slug line: %s',
    (line) => {
      expect(parseAnpaSlug(line)).toBeNull()
    },
  )

  test('the header keyword loses its cycle and desk code', () => {
    expect(slugOfKeyword('BC-LT--Bolivia-MiningStr')).toBe('Bolivia-MiningStr')
    expect(slugOfKeyword('Bolivia-MiningStr')).toBe('Bolivia-MiningStr')
  })
})

describe('parseIptcHeader: the IPTC 7901 header line', () => {
  test.each([
    [
      'eca047 4 i 186 ccccb   dpa 073',
      { source: 'eca', sequence: '047', priority: '4', category: 'i', wordCount: 186 },
    ],
    ['bsg031 3 ec 143   etf 512', { source: 'bsg', sequence: '031', priority: '3', category: 'ec', wordCount: 143 }],
    [
      'ecq0012 4 s 760  dpa-tns 0415',
      { source: 'ecq', sequence: '0012', priority: '4', category: 's', wordCount: 760 },
    ],
  ])('%s', (line, fields) => {
    expect(parseIptcHeader(line)).toEqual(fields)
  })

  test.each([
    'covid19 3 new cases',
    'eca047 4 i',
    'Merkel 4 i 186 dpa',
    'eca047 9 i 186',
    'eca047 4 econ 186',
    'ZCZC AAP',
    'ZCZC AFP0123 4 POL /AFP-PM13',
  ])('not a header: %s', (line) => {
    expect(parseIptcHeader(line)).toBeNull()
  })
})

describe('AAP tags and tagged feeds', () => {
  test.each([
    ['%A', '%', 'A'],
    ['#Court: Marlow_BC2', '#', 'Court: Marlow_BC2'],
    ['$Bail curfew lifted for Qld teen $', '$', 'Bail curfew lifted for Qld teen'],
    [':(MELBOURNE)', ':', '(MELBOURNE)'],
    [':', ':', ''],
  ])('aapTag(%s)', (line, tag, value) => {
    expect(aapTag(line)).toEqual({ tag, value })
  })

  test.each(['Bail curfew lifted for Qld teen', '(MELBOURNE)', '- a bullet'])('no AAP tag: %s', (line) => {
    expect(aapTag(line)).toBeNull()
  })

  test.each([
    ['KY#ACNB Comnews BRN.AX', 'KY', 'ACNB Comnews BRN.AX'],
    ['TX#', 'TX', ''],
    ['TI#BRN resumes port contract talks', 'TI', 'BRN resumes port contract talks'],
  ])('fieldTag(%s)', (line, tag, value) => {
    expect(fieldTag(line)).toEqual({ tag, value })
  })

  test.each(['C# is a language', '#hashtag', 'ky#lower case', 'ABC#three letters'])('no field tag: %s', (line) => {
    expect(FIELD_TAG.test(line)).toBe(false)
  })
})
