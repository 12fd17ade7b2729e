import { describe, expect, test } from 'vitest'
import { opensLabelledBox } from '../src/detect/author-box.js'
import { parseArticle } from '../src/index.js'
import { WINTER_STORY } from './helpers/winter-pier.js'

// An author box under its label, "About Jane Roe" over her biography, found with no byline on the page.

const BIO =
  'Mother of two and a keen sailor, Jane Roe has covered the harbour and its ferries for the Gazette since 2015.'

describe('opensLabelledBox: a label naming the person the line under it names', () => {
  test.each([
    ['About Jane Roe', BIO],
    ['Sobre Ana Lima', 'Mãe de dois filhos, Ana Lima escreve sobre educação desde 2012.'],
    ['Über Jana Rohr', 'Jana Rohr schreibt seit 2016 über Häfen und Fähren.'],
    ['À propos de Jeanne Roux', 'Jeanne Roux couvre le port depuis dix ans.'],
  ])('%j over %j', (label, next) => {
    expect(opensLabelledBox(label, next)).toBe(true)
  })
  test.each([
    // The line under it does not name the person.
    ['About Jane Roe', 'The council said the pier would reopen in the summer.'],
    // A place's name over a line that does not repeat it.
    ['About Marrow Bay', 'The town sits at the mouth of the river.'],
    // No name after the label, or no line under it.
    ['About the author', BIO],
    ['About Jane Roe', undefined],
    // A sentence that opens with "About".
    ['About Jane Roe and her work, the council said nothing', BIO],
  ])('not: %j over %j', (label, next) => {
    expect(opensLabelledBox(label, next)).toBe(false)
  })
})

describe('a page with an author box under its story and no byline found', () => {
  test('the box and what follows it are not the body', () => {
    const page = [
      'Home',
      'News',
      'Harbour',
      'Council closes the pier for winter',
      ...WINTER_STORY,
      'About Jane Roe',
      BIO,
      'About us',
      'Jobs',
      'Advertise',
    ]
    const body = parseArticle(page.join('\n\n')).body.map((b) => b.text)
    expect(body).toEqual(WINTER_STORY)
  })
})
