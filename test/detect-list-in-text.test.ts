import { describe, expect, test } from 'vitest'
import { listBeforeProse, settleListsInText } from '../src/detect/introduced-list.js'
import type { ParagraphClass } from '../src/detect/paragraph-score.js'
import { parseArticle } from '../src/index.js'

// A list inside the main text whose introducing line has no prose right above it: a how-to's "What you'll need:"
// under a caption or a box of links the page set into the story (introduced-list.ts, settleListsInText).

const AFTER = 'Soak the block of foam in a bowl of water until it sinks, then cut it to fit the bottom of the jar.'
const ITEMS = ['A glass jar with a lid', 'Floral foam', 'Small plants (ferns or moss)']
const prose = (texts: string[]) => texts.map((t) => t === AFTER)

describe('listBeforeProse: a list a line ending in a colon introduces, prose after it', () => {
  test.each([
    [["What you'll need:", ...ITEMS, AFTER], 3],
    // A step's heading under the list is its last item, before the step's prose.
    [["What you'll need:", ...ITEMS, 'Step 1', AFTER], 4],
    // A label heading the next part, as a recipe's steps follow its ingredients, is the list's last line.
    [['Zutaten für ein Blech:', '500 g Mehl', '250 g Butter', '4 Eier', 'Zubereitung:', AFTER], 4],
    [['Ingrédients pour six personnes :', '500 g de farine', '4 œufs', 'Préparation :', AFTER], 3],
    [['Before you start, gather:', 'A saw', 'Four planks', AFTER], 2],
    // A table copied a cell a line: its figures are items, capitals and all.
    [
      ['Here are the fares this year:', 'Zone', 'Adult', 'Child', 'Zone 1', '$4.50', '$2.25 (-50%)', '2.4 MB', AFTER],
      7,
    ],
  ] as [string[], number][])('a list: %j', (texts, last) => {
    expect(listBeforeProse(texts, prose(texts), 0)).toBe(last)
  })
  test.each([
    [['Follow us:', 'Facebook page', 'Twitter account', AFTER]],
    [['MORE FROM OUR PARTNERS:', ...ITEMS, AFTER]],
    [["What you'll need:", ITEMS[0]!, AFTER]],
    [["What you'll need:", ...ITEMS, 'About us', 'Contact']],
    // A label with no prose under it, or a line too long for a label.
    [['Zutaten für ein Blech:', '500 g Mehl', '250 g Butter', 'Zubereitung:', 'Impressum']],
    [["What you'll need:", ...ITEMS, 'Here is what our readers said about this craft project:', AFTER]],
    [["What you'll need:", 'https://example.org/a', 'https://example.org/b', AFTER]],
    // Not figures: a row of links, a time stamp, a count of comments.
    [['Here are the fares this year:', 'Zone 1 | Zone 2 | Zone 3', '12:06 PM', AFTER]],
    [['Here are the fares this year:', 'Zone', '(12) 34-56', '>> 3', AFTER]],
  ] as [string[]][])('not: %j', (texts) => {
    expect(listBeforeProse(texts, prose(texts), 0)).toBe(-1)
  })
})

describe('settleListsInText: only inside the main text', () => {
  const TEXTS = ['Glass jar (Photo: Ann Lee)', "What you'll need:", ...ITEMS, AFTER, AFTER]
  const own = (): ParagraphClass[] => ['short', 'short', 'short', 'bad', 'short', 'good', 'good']
  test.each([
    [[0, 6] as const, ['bad', 'good', 'good', 'good', 'good', 'good', 'good']],
    // The list's line lies above the main text: left as it was.
    [[5, 6] as const, ['bad', 'bad', 'bad', 'bad', 'bad', 'good', 'good']],
  ])('main text %j', (found, classes) => {
    const settled: ParagraphClass[] = ['bad', 'bad', 'bad', 'bad', 'bad', 'good', 'good']
    settleListsInText(TEXTS, own(), settled, found)
    expect(settled).toEqual(classes)
  })
})

describe('a how-to page: the tools it lists under a box of links are body', () => {
  const page = (lines: string[]) => lines.join('\n')
  const INTRO =
    'A closed glass jar makes a small garden that waters itself: the plants breathe out moisture, it runs down the glass, and the soil takes it back up again. ' +
    'Such a garden is easy to care for, since it keeps most of its own water and stays warm, and you will not have to water it unless the glass stops misting up. ' +
    'Small plants that need little light do best in it, such as ferns, mosses and even some orchids.'
  const STEPS = [
    AFTER,
    'Step 2',
    'Press the plants into the foam, the tallest in the middle, and cover the foam around them with moss.',
    'Step 3',
    'Put the lid on and set the jar where it gets light but no direct sun; it should mist up by the evening.',
  ]
  test('the list, its line and the first step are in the body; the links are not', () => {
    const a = parseArticle(
      page([
        'Home',
        'Crafts',
        'Garden',
        'How to Make a Jar Garden',
        INTRO,
        'Glass jar garden (Photo: Ann Lee)',
        'Other People Are Reading',
        'Jar Garden Ideas',
        'How to Grow Moss Indoors',
        "What You'll Need:",
        ...ITEMS,
        'Step 1',
        ...STEPS,
        'Related Searches',
        'More Like This',
        'How to Grow Ferns in a Bottle',
        'About Us',
        'Contact',
        'Privacy Policy',
      ]),
    )
    const body = a.body.flatMap((b) => (b.type === 'list' ? [...b.items] : [b.text]))
    for (const line of [INTRO, "What You'll Need:", ...ITEMS, 'Step 1', ...STEPS]) expect(body).toContain(line)
    for (const line of ['Jar Garden Ideas', 'How to Grow Moss Indoors', 'Contact']) expect(body).not.toContain(line)
  })
})

describe('a recipe: its ingredients between the lead and the steps are the story’s', () => {
  test('the headline, the lead, the ingredients, the label and the steps', () => {
    const lead =
      'Ein Apfelkuchen vom Blech ist schnell gemacht und reicht für eine ganze Familie. Wir zeigen, wie der Teig locker bleibt und die Äpfel nicht matschig werden.'
    const list = ['Zutaten für ein Blech:', '500 g Mehl', '250 g Butter', '200 g Zucker', '4 Eier', '1 kg Äpfel']
    const steps = [
      'Zubereitung:',
      'Die Butter mit dem Zucker schaumig rühren, dann die Eier nach und nach unterrühren.',
      'Mehl und Backpulver mischen und unter den Teig heben. Den Teig auf einem gefetteten Blech verstreichen.',
      'Die Äpfel schälen, in Spalten schneiden und auf dem Teig verteilen. Bei 180 Grad etwa 40 Minuten backen.',
    ]
    const top = ['Startseite', 'Rezepte', 'Backen', 'Kochen', 'Apfelkuchen vom Blech: So gelingt er garantiert']
    const tail = ['Rezept bewerten', 'Drucken', 'Teilen', 'Mehr Rezepte', 'Käsekuchen ohne Boden', 'Impressum']
    const a = parseArticle([...top, lead, ...list, ...steps, ...tail].join('\n\n'))
    expect(a.headline).toBe(top[4])
    expect(a.body.map((b) => ('text' in b ? b.text : ''))).toEqual([lead, ...list, ...steps])
  })
})
