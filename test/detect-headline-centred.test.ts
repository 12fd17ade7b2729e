import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

// A plain-text memo in 72 columns: fields set left and right, then the title, then the text.
const memo = (title: string) =>
  [
    'Harbour Board Memo                                        J. Roe',
    'Number: 2025-04                                     Marrow Harbour',
    'Category: Works                                       March 2025',
    '',
    title,
    '',
    'Abstract',
    '',
    '   This memo sets out the plan to close the seafront road for six weeks',
    '   while engineers rebuild the supports of the Victorian pier, and the',
    '   diversions the harbour board asks drivers and bus companies to use.',
    '',
  ].join('\n')

describe('headline-centred: a title centred between the margins of a plain-text document', () => {
  test.each([
    ['                         Seafront Road Closure', 'Seafront Road Closure'],
    ['                      Pier repairs and diversions', 'Pier repairs and diversions'],
  ])('%j', (line, headline) => {
    expect(parseArticle(memo(line)).headline).toBe(headline)
  })
  test.each([
    // Set at the right margin: a field.
    ['                                                   Seafront Road'],
    // Set at the left margin: no centred line, the first block leads.
    ['Seafront Road Closure'],
    // A date centred is no title.
    ['                           March 4, 2025'],
  ])('%j is no centred title', (line) => {
    expect(parseArticle(memo(line)).headline).not.toBe(line.trim())
  })
})
