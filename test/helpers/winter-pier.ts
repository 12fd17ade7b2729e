import { parseArticle } from '../../src/index.js'

// A web page in the style of the sites we read (invented text): a menu, the headline, what a test sets there
// (the story's paragraphs with something between them), a footer; paragraphs apart by blank lines.

export const WINTER_STORY = [
  'The council voted on Tuesday to close the Marrow pier for the winter while its timbers are replaced.',
  'Engineers found rot in a third of the piles last month, and the council said it could not wait for spring.',
  'Shop owners on the promenade said the closure would cost them the few visitors the winter brings.',
  'The work is due to finish in April, in time for the ferry season, the council said in a statement.',
]

/** The body's texts of the page with `lines` under its headline. */
export function winterPierBody(lines: string[]): string[] {
  const page = [
    'Home',
    'News',
    'Harbour',
    'Council closes the pier for winter',
    ...lines,
    'About us',
    'Jobs',
    'Advertise',
  ]
  return parseArticle(page.join('\n\n')).body.map((b) => b.text)
}
