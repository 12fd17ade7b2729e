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
      'f l BC-LT--Argentina-CancerB 11-13 1049',
      { priority: 'f', category: 'l', keyword: 'BC-LT--Argentina-CancerB', version: null, wordCount: 1049 },
    ],
    [
      'r d BC-US--GiantLobsterDeath 1stLd-Writethru 08-29 0590',
      { priority: 'r', category: 'd', keyword: 'BC-US--GiantLobsterDeath', version: '1stLd-Writethru', wordCount: 590 },
    ],
    [
      'b a BC-US--APNewsAlert    06-29 0358',
      { priority: 'b', category: 'a', keyword: 'BC-US--APNewsAlert', version: null, wordCount: 358 },
    ],
    [
      'u i AM-Quake Take2 Adv 12-09 0180',
      { priority: 'u', category: 'i', keyword: 'AM-Quake', version: 'Take2 Adv', wordCount: 180 },
    ],
  ])('%s', (line, fields) => {
    expect(parseAnpaHeader(line)).toMatchObject(fields)
  })

  test.each([
    'Lobster found dead in Maine',
    'r d BC-US--GiantLobsterDeath',
    'rd BC-US--GiantLobsterDeath 08-29 0590',
    'R D BC-US--GiantLobsterDeath 08-29 0590',
    'r d BC-US--Giant 2024-08-29 0590',
    'a b 12-12 1234',
  ])('not a header: %s', (line) => {
    expect(parseAnpaHeader(line)).toBeNull()
  })
})

describe('parseAnpaSlug: the slug line at the top of ANPA text', () => {
  test.each([
    ['BC-LT--Argentina-Cancer Beauty,466', 'Argentina-Cancer Beauty', null, 466],
    ['BC-US--Giant Lobster Death, 1st Ld-Writethru,127', 'Giant Lobster Death', '1st Ld-Writethru', 127],
    ['*9006< ^AP-Top-Entertainment-Headlines,0176', 'Top-Entertainment-Headlines', null, 176],
    ['BC-10 Things to Know-Today,364', '10 Things to Know-Today', null, 364],
    ['BC-JPN--Court-Ruling', 'Court-Ruling', null, null],
  ])('%s → %s', (line, slug, version, wordCount) => {
    expect(parseAnpaSlug(line)).toEqual({ slug, version, wordCount })
  })

  test.each(['For Argentine chemo patients, mirrors can hurt', 'BC Hydro raises rates, 466', 'Eds: With AP Photos.'])(
    'not a slug line: %s',
    (line) => {
      expect(parseAnpaSlug(line)).toBeNull()
    },
  )

  test('the header keyword loses its cycle and desk code', () => {
    expect(slugOfKeyword('BC-LT--Argentina-CancerB')).toBe('Argentina-CancerB')
    expect(slugOfKeyword('Argentina-CancerB')).toBe('Argentina-CancerB')
  })
})

describe('parseIptcHeader: the IPTC 7901 header line', () => {
  test.each([
    [
      'eca062 4 i 211 ccccb   dpa 061',
      { source: 'eca', sequence: '062', priority: '4', category: 'i', wordCount: 211 },
    ],
    ['bsf025 3 ec 121   etf 967', { source: 'bsf', sequence: '025', priority: '3', category: 'ec', wordCount: 121 }],
    [
      'ecp0007 4 s 850  dpa-tns 0908',
      { source: 'ecp', sequence: '0007', priority: '4', category: 's', wordCount: 850 },
    ],
  ])('%s', (line, fields) => {
    expect(parseIptcHeader(line)).toEqual(fields)
  })

  test.each([
    'covid19 3 new cases',
    'eca062 4 i',
    'Merkel 4 i 211 dpa',
    'eca062 9 i 211',
    'eca062 4 econ 211',
    'ZCZC AAP',
    'ZCZC AFP0123 4 POL /AFP-PM13',
  ])('not a header: %s', (line) => {
    expect(parseIptcHeader(line)).toBeNull()
  })
})

describe('AAP tags and tagged feeds', () => {
  test.each([
    ['%A', '%', 'A'],
    ['#Legal: Causevic_BC6', '#', 'Legal: Causevic_BC6'],
    ['$GPS device to come off Vic teen $', '$', 'GPS device to come off Vic teen'],
    [':(MELBOURNE)', ':', '(MELBOURNE)'],
    [':', ':', ''],
  ])('aapTag(%s)', (line, tag, value) => {
    expect(aapTag(line)).toEqual({ tag, value })
  })

  test.each(['GPS device to come off Vic teen', '(MELBOURNE)', '- a bullet'])('no AAP tag: %s', (line) => {
    expect(aapTag(line)).toBeNull()
  })

  test.each([
    ['KY#ACNB Comnews UGL.AX', 'KY', 'ACNB Comnews UGL.AX'],
    ['TX#', 'TX', ''],
    ['TI#UGL continues project delay negotiation', 'TI', 'UGL continues project delay negotiation'],
  ])('fieldTag(%s)', (line, tag, value) => {
    expect(fieldTag(line)).toEqual({ tag, value })
  })

  test.each(['C# is a language', '#hashtag', 'ky#lower case', 'ABC#three letters'])('no field tag: %s', (line) => {
    expect(FIELD_TAG.test(line)).toBe(false)
  })
})
