import { describe, expect, test } from 'vitest'
import { namedInOpening, oneWordOpensProse } from '../src/detect/headline-in-lead.js'
import { parseArticle } from '../src/index.js'
import { comparableText } from '../src/source/block.js'

const OPENING = comparableText(
  'In zoology, the harbour seal (Phoca vitulina), also known as the common seal, is a true seal found along the coasts of the Marrow Gazette region.',
)

describe('namedInOpening: a title the text opening names whole', () => {
  test.each(['Harbour seal', 'Common seal', 'Harbour seal (Phoca vitulina)'])('named: %s', (t) => {
    expect(namedInOpening(t, OPENING)).toBe(true)
  })
  test.each([
    // One word is a site name as often as a title.
    'Zoology',
    // Its words, but not together.
    'Seal harbour',
    // A sentence.
    'The harbour seal is a true seal.',
    // Part of a word only.
    'Arbour seal',
    // Not in the opening.
    'Grey seal colonies',
  ])('not named: %s', (t) => {
    expect(namedInOpening(t, OPENING)).toBe(false)
  })
})

describe("namedInOpening 'first': a title as the opening's first words", () => {
  const opening = comparableText('Marrow Bay (Welsh: Bae Marrow) is a seaside town on the west coast.')
  test.each([
    ['Marrow Bay', true],
    ['Seaside Town', false],
    ['Bay Marrow', false],
  ])('%s: %s', (t, expected) => {
    expect(namedInOpening(t, opening, 'first')).toBe(expected)
  })
})

// A reference page: its title, furniture, a contents list longer than the headline's window, then the text.
const CONTENTS = Array.from({ length: 20 }, (_, i) => `${i + 1} Section number ${i + 1}`)
const reference = (title: string) =>
  [
    title,
    'From the Marrow Field Guide',
    'Skip to the contents',
    ...CONTENTS,
    'In zoology, the harbour seal (Phoca vitulina), also known as the common seal, is a true seal found along the temperate and Arctic coasts of the Northern Hemisphere.',
    'Harbour seals are brown, silvery white, tan, or grey, with distinctive V-shaped nostrils, and an adult can reach a length of 1.85 metres.',
    'They prefer to rest on familiar sites such as rocky areas, sandy beaches and tidal flats.',
    'See also',
    'References',
  ].join('\n')

describe('detectHeadline: a page title the text opening names', () => {
  test('the first line, named in the opening, over a long contents list', () => {
    expect(parseArticle(reference('Harbour seal')).headline).toBe('Harbour seal')
  })
  test('a name alone that opens the text is its title', () => {
    const text = reference('Phoca Vitulina').replace('In zoology, the harbour seal (Phoca vitulina)', 'Phoca vitulina')
    expect(parseArticle(text).headline).toBe('Phoca Vitulina')
  })
  test('a name alone at the top, named later in the opening, is a byline or a tag, not the title', () => {
    expect(parseArticle(reference('Phoca Vitulina')).headline).not.toBe('Phoca Vitulina')
  })
})

describe('oneWordOpensProse: a title of one word the first prose opens with', () => {
  const prose = comparableText('Marrow is a seaside town on the west coast, known for its Victorian pier.')
  test.each([
    ['Marrow', true],
    // In capitals: a label.
    ['MARROW', false],
    // Named later, not first.
    ['Seaside', false],
    ['Pier', false],
    // Two words, or a number.
    ['Marrow is', false],
    ['2025', false],
  ])('%s: %s', (t, expected) => {
    expect(oneWordOpensProse(t, prose)).toBe(expected)
  })
})

// A wiki's page: its one-word title in the title bar and as its heading, an info box, the first paragraph, a numbered
// contents list longer than the headline's window, then the text the page's scoring finds.
const wiki = (heading: string) =>
  [
    'Marrow',
    'From the Marrow Field Guide',
    heading,
    'Founded\tMarch 4, 1998',
    'Marrow is a seaside town on the west coast, known for its Victorian pier and the harbour seals that rest on its sandbanks in winter.',
    'Contents',
    ...Array.from({ length: 6 }, (_, i) => [
      `${i + 1} Section ${i + 1}`,
      `${i + 1}.1 First part of section ${i + 1}`,
      `${i + 1}.2 Second part of section ${i + 1}`,
    ]).flat(),
    'History',
    'The town grew around a fishing harbour in the twelfth century, and the pier was built in 1869 to bring steamers from the city.',
    'Its population doubled between the wars, when the railway brought day trippers every summer weekend.',
    'Since the 1990s the harbour has been home to a colony of seals, watched by thousands of visitors a year.',
    'See also',
    'References',
  ].join('\n')

describe('detectHeadline: a one-word title set twice, the first prose opening with it', () => {
  test('the title over its info box, not a contents entry', () => {
    expect(parseArticle(wiki('Marrow')).headline).toBe('Marrow')
  })
  test('set once, it is no title', () => {
    expect(parseArticle(wiki('Town guide')).headline).not.toBe('Marrow')
  })
})
