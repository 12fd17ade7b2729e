import { describe, expect, test } from 'vitest'
import { hasContactDetails } from '../src/detect/wire-notebook.js'
import { parseArticle } from '../src/index.js'
import {
  ADDRESS_ONLY,
  CONTACT_OPENER,
  EMAIL_WORD,
  FULL_TEXT_LINE,
  ISSUER_LINE,
  MEDIA_LABEL,
  MEDIA_LINK,
  PHONE,
  RELEASE_LABEL,
  RELEASE_WIRE,
} from '../src/lexicon/releases.js'

// Press releases as PR wires send them: each pattern with lines it matches and lines it must not,
// then releases end to end.

const PATTERNS: Array<[string, RegExp, string[], string[]]> = [
  [
    'ISSUER_LINE',
    ISSUER_LINE,
    ['Source: OnApp', 'SOURCE: Master Builders Australia', 'SOURCE  Neovia Oncology Ltd', 'SOURCE Northwind Robotics'],
    ['Sources said the deal was close.', 'Source: the ministry said it would act.', 'source: lower case'],
  ],
  [
    'RELEASE_LABEL',
    RELEASE_LABEL,
    ['MEDIA RELEASE PR67266', 'PRESS RELEASE', 'Media Release', 'NEWS RELEASE NR2024'],
    ['Media release: Personal insolvencies rise 0.6%', 'The media released the footage.'],
  ],
  [
    'MEDIA_LINK',
    MEDIA_LINK,
    [
      '(Logo: http://photos.prnewswire.com/prnh/20150723/240725LOGO )',
      'Photo - http://mma.prnewswire.com/media/462590/Aguia_de_Ouro.jpg',
      '(Photo 1: http://prw.kyodonews.jp/x.jpg)',
      'Video: https://example.com/v/1',
    ],
    ['Photo sharing grew 20% (http://example.com/report)', 'Photo - taken in 2019', 'http://example.com/a.jpg'],
  ],
  ['MEDIA_LABEL', MEDIA_LABEL, ['(Photo 1:', 'Logo -', 'Photos:'], ['Photo 1 shows the crane', '(Photo: Reuters)']],
  [
    'FULL_TEXT_LINE',
    FULL_TEXT_LINE,
    [
      'For the full text of this release, visit',
      'For the full release, see https://example.com/r',
      'For the complete text of the announcement, please visit www.example.com',
    ],
    ['For the full year, profit rose.', 'For the full story of the club, read on.'],
  ],
  [
    'ADDRESS_ONLY',
    ADDRESS_ONLY,
    ['https://www.youtube.com/watch?v=aaTP43nUMXU&feature=youtu.be', 'www.example.com'],
    ['visit https://example.com', 'https://example.com and more'],
  ],
  [
    'CONTACT_OPENER',
    CONTACT_OPENER,
    [
      'Contact:',
      'Contact: Gerald Su, COO',
      'Media contact: Jane Doe',
      'Contacts:',
      'For more information contact:',
      'For further information, please contact Jane Doe',
      'Press enquiries: +44 20 7946 0000',
    ],
    ['Contact with the virus was rare.', 'For more information about the plan, the council said.'],
  ],
  [
    'EMAIL_WORD',
    EMAIL_WORD,
    ['geraldsu@neoviaoncology.com', '<international@dpa.com>', 'lola.soares@misasi.com.br', '<desk@dpa.example>,'],
    ['@dpa', 'a@b', 'name@', 'not an address'],
  ],
  [
    'PHONE',
    PHONE,
    ['+49 30 2852 31472', '+886.0909.229.018', '0447 775 507', '+55 11 959043004', 'Tel: 555-0100', '(02) 9876 5432'],
    ['2,114 debtors', 'in 2017 and 2018', 'US$330,000 in feathers', 'at 1,944 sites'],
  ],
  [
    'RELEASE_WIRE',
    RELEASE_WIRE,
    ['PRNewswire-AsiaNet', 'Kyodo JBN-AsiaNet', 'Business Wire', 'GLOBE NEWSWIRE'],
    ['Reuters', 'dpa', 'AP'],
  ],
]

describe.each(PATTERNS)('%s', (_, pattern, matches, misses) => {
  test.each(matches)('matches %s', (line) => {
    expect(pattern.test(line)).toBe(true)
  })
  test.each(misses)('not %s', (line) => {
    expect(pattern.test(line)).toBe(false)
  })
})

describe('hasContactDetails', () => {
  test.each([
    ['(E) geraldsu@neoviaoncology.com', true],
    ['- Tel: +49 30 2852 31472; <englishservice@dpa.com>', true],
    ['Ben Carter, Director Media & Public Affairs, 0447 775 507', true],
    ['Ben Carter, Director Media & Public Affairs', false],
    ['Debtors rose by 2,114 in the quarter.', false],
  ])('%s → %s', (line, expected) => {
    expect(hasContactDetails(line)).toBe(expected)
  })
})

const RELEASE = [
  'Source: Quayside Energy',
  'MEDIA RELEASE PR80001',
  'Quayside Energy Starts Tidal Turbine Trial in Orkney',
  '',
  'KIRKWALL, Scotland, April 2, 2024 /PRNewswire/ --',
  '',
  '- Two turbines to feed the island grid for a year',
  '',
  'Quayside Energy today began a year-long trial of two tidal turbines off Orkney, feeding power to the island grid.',
  '',
  '"The tide never takes a day off," said chief executive Ewan Reid.',
  '',
  '(Photo:',
  'http://mma.prnewswire.example/media/800001/turbine.jpg)',
  '',
  'About Quayside Energy',
  'Quayside Energy designs tidal turbines. It was founded in 2012.',
  '',
  'For more information contact:',
  'Ailsa Flett, Communications Manager',
  'ailsa@quayside.example',
  '',
  'SOURCE: Quayside Energy',
].join('\n')

describe('a release end to end', () => {
  const a = parseArticle(RELEASE)

  test('the issuer line and the label are no headline; the dateline alone lies in the bullet standfirst', () => {
    expect(a.headline).toBe('Quayside Energy Starts Tidal Turbine Trial in Orkney')
    expect(a.dateline).toMatchObject({ location: 'KIRKWALL, Scotland', agency: 'PRNewswire' })
    expect(a.standfirst).toBe('Two turbines to feed the island grid for a year')
  })

  test('the About section is body; the photo link and the contacts are not', () => {
    expect(a.body.map((b) => b.text)).toEqual([
      'Quayside Energy today began a year-long trial of two tidal turbines off Orkney, feeding power to the island grid.',
      '"The tide never takes a day off," said chief executive Ewan Reid.',
      'About Quayside Energy',
      'Quayside Energy designs tidal turbines. It was founded in 2012.',
    ])
    expect(a.boilerplate.map((b) => [b.kind, b.text])).toEqual([
      ['trailer', 'Source: Quayside Energy'],
      ['other', 'MEDIA RELEASE PR80001'],
      ['other', '(Photo:'],
      ['other', 'http://mma.prnewswire.example/media/800001/turbine.jpg)'],
      ['contact', 'For more information contact:'],
      ['contact', 'Ailsa Flett, Communications Manager'],
      ['contact', 'ailsa@quayside.example'],
      ['trailer', 'SOURCE: Quayside Energy'],
    ])
  })

  test('a dateline alone over a paragraph (no bullets) lies in that paragraph', () => {
    const b = parseArticle(
      'Acme Opens Plant\n\nOSLO, May 3, 2024 /PRNewswire/ --\n\nAcme today opened a plant in Oslo, its first in Norway.\n\nIt employs 120 people.\n',
    )
    expect(b.dateline?.text).toBe('OSLO, May 3, 2024 /PRNewswire/')
    expect(b.standfirst).toBeNull()
    expect(b.body.map((x) => x.text)).toEqual([
      'Acme today opened a plant in Oslo, its first in Norway.',
      'It employs 120 people.',
    ])
  })

  test('outside a release a web address alone stays where it is', () => {
    const b = parseArticle(
      'Council backs plan\n\nThe council backed the plan on Monday.\n\nwww.example.org/plan\n\nWork starts in June.\n',
    )
    expect(b.body.map((x) => x.text)).toContain('www.example.org/plan')
  })
})
