import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

const MENU = ['Tidewatch', 'Oceans', 'Climate', 'Wildlife', 'Home']
const HEAD = 'Harbour seals learn to lift the lids of lobster pots'
const STORY = [
  'Fishermen on the north coast say a group of harbour seals has worked out how to lift the lids of their lobster pots and take the bait without being caught.',
  'A marine biologist who set up cameras on six pots over the summer recorded the seals opening them on more than forty occasions.',
  'The fishermen are now testing a heavier lid with a simple latch.',
]
const page = (cluster: string[], tail: string[]) => [...MENU, HEAD, ...cluster, ...STORY, ...tail].join('\n')

describe('a name in the header cluster that the author box names', () => {
  test.each([
    [['Ruth', 'May 9, 2023', 'Facebook'], ['About the author', 'Ruth', 'More stories'], 'Ruth'],
    [['Ines', '9. Mai 2023'], ['Über den Autor', 'Ines', 'Mehr zum Thema'], 'Ines'],
    [['Marta', '9 de mayo de 2023'], ['Sobre la autora', 'Marta', 'Relacionados'], 'Marta'],
  ])('%j', (cluster, tail, name) => {
    expect(parseArticle(page(cluster, tail)).byline?.authors).toEqual([name])
  })

  test.each([
    // No author box: a one-word line over the date is not told from a section's label.
    [['Ruth', 'May 9, 2023'], ['More stories']],
    // The author box names someone the cluster does not.
    [
      ['Wildlife', 'May 9, 2023'],
      ['About the author', 'Ruth', 'More stories'],
    ],
    // A label that is no author box's.
    [
      ['Ruth', 'May 9, 2023'],
      ['About us', 'Ruth', 'Related Posts'],
    ],
  ])('not a byline: %j', (cluster, tail) => {
    expect(parseArticle(page(cluster, tail)).byline).toBeNull()
  })
})
