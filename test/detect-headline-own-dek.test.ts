import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

// A headline has one dek. When the pick has a dek of its own under it (a sentence right over the byline or date),
// the line above the pick is its kicker, not its headline (headlineOverDek, hasOwnDek): German and Dutch pages set a
// kicker line (Dachzeile) of several words over the headline. Invented pages.

const DE = [
  'Die Uferstraße in Marrow wird ab Montag für sechs Wochen gesperrt, weil die Stützen der alten Seebrücke erneuert werden müssen, teilte die Stadt am Dienstag mit.',
  'Die Arbeiten an der Brücke, die im vergangenen Winter bei Stürmen beschädigt worden war, sollten eigentlich erst im Herbst beginnen, wurden aber vorgezogen.',
  'Busse werden über die Bahnhofstraße umgeleitet, und Autofahrer sollen den Parkplatz am Hafen über die Ringstraße ansteuern.',
]
const EN = [
  'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
  'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
  'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
]
const headlineOf = (menu: string[], head: string[], story: string[]): string | null =>
  parseArticle([...menu, ...head, ...story, 'Impressum', 'Datenschutz'].join('\n')).headline

const DE_MENU = ['Startseite', 'Politik', 'Wirtschaft', 'Panorama', 'Anmelden']
const EN_MENU = ['Home', 'News', 'Sport', 'Weather', 'Sign in']

describe('a kicker over a headline that has its own dek', () => {
  test.each([
    [
      DE_MENU,
      [
        'Schäden an der alten Seebrücke',
        'Uferstraße in Marrow wird für sechs Wochen gesperrt',
        'Die Stadt zieht die Reparatur der Seebrücke vor. Autofahrer müssen Umwege in Kauf nehmen.',
        'Von Hanna Kolbe',
        '04.03.2025, 10.12 Uhr',
      ],
      DE,
    ],
    [
      EN_MENU,
      [
        'Storm damage at the old pier',
        'Pier repairs to close the seafront road for six weeks',
        'The council has brought the work forward. Drivers face long detours.',
        'March 4, 2025',
      ],
      EN,
    ],
  ])('%#: the middle line is the headline', (menu, head, story) => {
    expect(headlineOf(menu, head, story)).toBe(head[1])
  })

  test.each([
    // A headline over its dek, no sentence under the dek: the dek hands the pick to the headline.
    [
      EN_MENU,
      [
        'Pier repairs to close seafront road',
        'Council brings works forward after cracks found in the pier',
        'By Hannah Colby',
        'March 4, 2025',
      ],
      EN,
    ],
  ])('%#: the headline over its dek', (menu, head, story) => {
    expect(headlineOf(menu, head, story)).toBe(head[0])
  })
})
