import { describe, expect, test } from 'vitest'
import { SECTION_LABEL } from '../src/lexicon/boilerplate.js'
import { parseArticle } from '../src/index.js'
import { couldBeHeadline } from '../src/detect/headline.js'
import type { LabelledBlock } from '../src/parse/context.js'

describe('SECTION_LABEL: kickers and breadcrumbs above a headline', () => {
  test.each(['NEWS', 'SPORTSMINNESOTA WILD', 'U.S. news', 'Home › World News', 'BLOG > Nutrition > Meal Plans', 'Home News Science & Astronomy'])('label: %s', (t) => {
    expect(SECTION_LABEL.test(t)).toBe(true)
  })
  test.each(['Chelsea sack Mutu', 'Zach Parise heating up, scores twice as Wild beat Sabres 4-1', 'Home secretary quits over visa row', 'Wales win Grand Slam'])('headline: %s', (t) => {
    expect(SECTION_LABEL.test(t)).toBe(false)
  })
})

const page = (head: string[]): string =>
  [
    ...head,
    'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
    'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks.',
    'Share this story',
  ].join('\n')

describe('detectHeadline on web copy', () => {
  test('past the menu, the line with a byline and date under it', () => {
    const text = page(['Home', 'News', 'Sport', 'Weather', 'Lifeboat crew rescue two walkers', 'Pier repairs to close seafront road', 'By Hannah Colby', 'Published 7:12 am GMT, March 4, 2025'])
    expect(parseArticle(text).headline).toBe('Pier repairs to close seafront road')
  })
  test('a headline repeated in a breadcrumb wins over a teaser above it', () => {
    const text = page(['Home', 'News', 'Sport', 'Weather', 'School run parking fines to double', 'Home News Pier repairs to close seafront road', 'Pier repairs to close seafront road', 'Photo gallery'])
    expect(parseArticle(text).headline).toBe('Pier repairs to close seafront road')
  })
  test('an all-caps kicker and a date over a clean story are skipped', () => {
    const text = ['NEWS', '', 'Pier repairs to close seafront road', '', 'The seafront road will close to traffic for six weeks from Monday, the council said.', ''].join('\n')
    expect(parseArticle(text).headline).toBe('Pier repairs to close seafront road')
  })
  test('a wire headline in capitals over its lead is kept (not a kicker)', () => {
    const text = ['BAHIA COCOA REVIEW', '', 'Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought.', ''].join('\n')
    expect(parseArticle(text).headline).toBe('BAHIA COCOA REVIEW')
  })
  test('a headline run into its dek with a semicolon', () => {
    const text = ['Netanyahu and Obama: A tortured relationship; ', 'Divided by ideology, their history is one of mistrust.', '', 'When the prime minister arrived at the White House on Monday, both men had reasons to put the past behind them.', ''].join('\n')
    expect(parseArticle(text).headline).toBe('Netanyahu and Obama: A tortured relationship;')
  })
})

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

describe('couldBeHeadline: byline, credit and time lines are never headline candidates', () => {
  test.each([
    ['a name with a newsroom job', 'Robert Burns, AP National Security Writer'],
    ['a "posted by" line', 'Posted by Marsh Wren Gardens'],
    ['a credit wholly in brackets', '(Jacquelyn Martin / Associated Press)'],
    ['a date with a clock time and region', 'Wednesday 20 November 2019 11:42, UK'],
  ])('%s', (_, text) => {
    expect(couldBeHeadline(line(text))).toBe(false)
  })
  test.each([
    'Award-winning sports writer retires after 40 years',
    'Posted letters reach island after 40 years',
    'Council approves pier repairs (again) after storm',
    'Bus timetable changes from 6:30 on Monday',
  ])('still a candidate: %s', (text) => {
    expect(couldBeHeadline(line(text))).toBe(true)
  })
})
