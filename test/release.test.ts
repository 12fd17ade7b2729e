import { describe, expect, test } from 'vitest'
import { hasContactDetails } from '../src/detect/wire-notebook.js'
import { parseArticle } from '../src/index.js'

// Press releases as PR wires send them, end to end (the lexicon's patterns carry their own
// examples: test/lexicon-examples.test.ts runs them).

describe('hasContactDetails', () => {
  test.each([
    ['(E) ptan@larkspurbio.example', true],
    ['- Tel: +49 30 5550 12345; <english@agency.example>', true],
    ['Kate Dorsey, Director Media & Community Affairs, 0491 570 156', true],
    ['Kate Dorsey, Director Media & Community Affairs', false],
    ['Debtors rose by 1,870 in the quarter.', false],
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
