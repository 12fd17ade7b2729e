import { describe, expect, test } from 'vitest'
import { opensAuthorBox } from '../src/detect/author-box.js'
import { isCaptionShaped } from '../src/detect/caption-shape.js'
import { isCodeLine } from '../src/detect/code-line.js'
import { introducedListEnd, listBetweenProse, numberedListEnd } from '../src/detect/introduced-list.js'
import { listAfterText } from '../src/detect/list-after-text.js'
import { isTeaserList } from '../src/detect/teaser-list.js'
import { parseArticle } from '../src/index.js'
import { WINTER_STORY, winterPierBody } from './helpers/winter-pier.js'

// Where the story's main text starts and ends on pages from sites we never tuned on (issue 17): pages written here
// in the shape of the real thing.

const page = (lines: string[]) => lines.join('\n\n')

describe('a page in a script no stopword list reads, whatever language its Latin lines point to', () => {
  // Japanese prose, menus above it and a related list below it, and a footer in French long enough to name the
  // page's language: the Japanese blocks are still read by their shape, not by French stopwords.
  const STORY = [
    '港湾局は十日、老朽化した北側の桟橋を来月から全面的に改修すると発表した。工事は約六週間続き、その間は沿岸道路の一部が通行止めとなる。',
    '桟橋は昨年冬の嵐で大きな被害を受けており、点検の結果、早急な補修が必要と判断された。局によると、総工費はおよそ三億円に上る見込みだという。',
    '地元の商店街からは観光客の減少を心配する声も出ているが、局の担当者は「安全のために避けられない工事だ」と理解を求めている。',
  ]
  const PAGE = page([
    'ホーム',
    'ニュース',
    '地域',
    '経済',
    'スポーツ',
    '北側桟橋、来月から改修へ',
    ...STORY,
    '関連記事',
    '沿岸道路の渋滞対策を検討',
    '港の花火大会、今年も開催',
    '新しい観光船が就航',
    "Ce site utilise des cookies pour améliorer votre expérience et mesurer l'audience de nos pages, et vous pouvez les refuser à tout moment dans les paramètres de votre navigateur.",
  ])

  test('the body starts with the story; the menus and the related list are not body', () => {
    const body = parseArticle(PAGE).body.map((b) => b.text)
    expect(body.slice(0, STORY.length)).toEqual(STORY)
    for (const line of ['ホーム', 'ニュース', '関連記事', '新しい観光船が就航']) expect(body).not.toContain(line)
  })
  test('without the footer the page reads the same', () => {
    const a = parseArticle(PAGE.slice(0, PAGE.lastIndexOf('\n\nCe site')))
    expect(a.body.map((b) => b.text)).toEqual(STORY)
  })
})

describe('listAfterText: a run of residue lines under the main text', () => {
  type C = 'good' | 'near-good' | 'short' | 'bad'
  test.each([
    [['good', 'good', 'bad', 'bad', 'bad'], true],
    [['good', 'good', 'short', 'bad', 'bad', 'bad', 'short'], true],
  ] as [C[], boolean][])('a list: %j', (own, yes) => {
    expect(listAfterText(own, [0, 1])).toBe(yes)
  })
  test.each([
    [['good', 'good', 'bad', 'bad'], false],
    [['good', 'good', 'bad', 'short', 'bad', 'bad'], false],
    [['bad', 'bad', 'bad', 'good', 'good'], false],
  ] as [C[], boolean][])('no list: %j', (own, yes) => {
    expect(listAfterText(own, own[0] === 'bad' ? [3, 4] : [0, 1])).toBe(yes)
  })
})

describe('an article container in a script the lexicon has no words for', () => {
  const STORY = [
    'Городской совет в понедельник утвердил план ремонта северного причала, который сильно пострадал во время зимних штормов.',
    'Работы начнутся в следующем месяце и продлятся около шести недель, на это время часть прибрежной дороги будет закрыта.',
    'Местные торговцы опасаются, что туристов станет меньше, но в совете говорят, что откладывать ремонт больше нельзя.',
  ]
  const TAIL = ['Материалы по теме', 'Новый паром выйдет на линию летом', 'Теги', 'ремонт', 'причал']

  test('a list of links and tags under the story is boilerplate', () => {
    const a = parseArticle(page(['Северный причал закроют на ремонт', ...STORY, ...TAIL]))
    expect(a.body.map((b) => b.text)).toEqual(STORY)
    expect(a.boilerplate.map((b) => b.text)).toEqual(TAIL)
  })
  test('without such a list the story is left whole', () => {
    // Two short lines, not a header the lexicon knows ("Теги" is one: related.ts).
    const a = parseArticle(page(['Северный причал закроют на ремонт', ...STORY, 'Причал', 'ремонт']))
    expect(a.body.map((b) => b.text)).toEqual([...STORY, 'Причал', 'ремонт'])
    expect(a.boilerplate).toEqual([])
  })
})

describe('isCaptionShaped: a photo caption by how it is written', () => {
  test.each([
    'In this Oct. 3, 2019, file photo, the harbour master inspects the damaged pier at Marrow. (Marrow Bay Gazette via AP, File)',
    'Council leader Ann Lee, left, and harbour master Tom Baines walk along the pier in Marrow, Tuesday, March 4, 2025.',
    'Cranes lift the first section of the new pier into place on Monday. (Ruth Penhale/Marrow Bay Gazette)',
  ])('caption: %s', (text) => {
    expect(isCaptionShaped(text)).toBe(true)
  })
  test.each([
    'The council said on Tuesday that work on the pier would begin in March and last about six weeks.',
    '“It was something different, right, and we had to act,” the council leader, Ann Lee, said on Tuesday.',
    'Deliveries were estimated at 21.9 million tonnes for 1985/86 (August/July).',
    `In this town the pier has stood for a century. ${'It has seen storms and ferries come and go. '.repeat(10)}(Ann Lee/Reuters)`,
  ])('not: %s', (text) => {
    expect(isCaptionShaped(text)).toBe(false)
  })
})

describe('a caption above the story on a page is not its first paragraph', () => {
  const STORY = [
    'The council voted on Tuesday to close the seafront road for six weeks while the storm-damaged pier is repaired.',
    'Work is due to begin in March, and buses will be diverted along Castle Street, the council said in a statement.',
    'Traders on the seafront said they feared losing visitors, but the council leader said the repairs could not wait.',
  ]
  const CAPTION =
    'Council leader Ann Lee, left, and harbour master Tom Baines walk along the pier in Marrow, Tuesday, March 4, 2025.'
  test('the caption is an image, the story starts with its first paragraph', () => {
    const a = parseArticle(page(['Pier repairs to close seafront road', CAPTION, ...STORY]))
    expect(a.body.map((b) => b.text)).toEqual(STORY)
    expect(a.images.map((i) => i.caption)).toEqual([CAPTION])
  })
  test('a credit in brackets goes to the credit', () => {
    const a = parseArticle(
      page(['Pier repairs to close seafront road', `${CAPTION} (Ruth Penhale/Marrow Bay Gazette)`, ...STORY]),
    )
    expect(a.images).toEqual([expect.objectContaining({ caption: CAPTION, credit: 'Ruth Penhale/Marrow Bay Gazette' })])
  })
})

describe('isCodeLine: a line of a code listing', () => {
  test.each([
    "const rows = await load('/fares.json');",
    '}',
    'function fare(zone) {',
    '// fares.js',
    'fn main() -> () {',
    '#[derive(Debug)]',
    '<script src="fares.js"></script>',
    'rows.map((row) => row.price)',
    '<!DOCTYPE html>',
    '<!-- the fares table -->',
  ])('code: %s', (text) => {
    expect(isCodeLine(text)).toBe(true)
  })
  test.each([
    'Home | News | Sport',
    'Read more (3)',
    'The council said the fares would rise in April.',
    'Most popular',
    '<3 this recipe',
    `Call load() once when the app starts, ${'and keep the table it returns for the rest of the session, '.repeat(2)}the guide says.`,
  ])('not: %s', (text) => {
    expect(isCodeLine(text)).toBe(false)
  })
})

describe('a code listing inside a technical story', () => {
  const BEFORE = [
    'Every timetable app needs the fares for each zone, and most of them load the whole table when they start, which is slow on a bad connection.',
    'A better way is to ask the server for one zone at a time and to keep what came back, so that the second request for a zone costs nothing.',
  ]
  const CODE = [
    '// fares.js',
    'const cache = new Map()',
    'async function load(zone) {',
    "  const response = await fetch('/fares/' + zone + '.json');",
    "  if (!response.ok) throw new Error('no fares for ' + zone);",
    '  return response.json();',
    '}',
    'export async function fare(zone) {',
    '  if (!cache.has(zone)) {',
    '    cache.set(zone, await load(zone));',
    '  }',
    '  return cache.get(zone);',
    '}',
    'fare(3).then((table) => console.log(table.adult));',
  ]
  const AFTER = [
    'The first call for a zone still waits for the network, but every later call returns at once, and the table is never loaded whole.',
    'On a slow line the app now starts in under a second, where loading the whole table took four seconds or more in our tests.',
  ]
  const MENU = ['Home', 'Articles', 'Talks', 'About', 'Contact']
  test('the story runs on through its listing: no paragraph after it is lost', () => {
    const a = parseArticle(page([...MENU, 'Caching fares by zone', ...BEFORE, ...CODE, ...AFTER, ...MENU]))
    const body = a.body.map((b) => b.text)
    for (const p of [...BEFORE, ...AFTER]) expect(body).toContain(p)
    for (const m of MENU) expect(body).not.toContain(m)
  })
})

describe('isTeaserList: prose lines that never stand side by side', () => {
  type C = 'good' | 'near-good' | 'short' | 'bad'
  test.each([
    [['short', 'short', 'good', 'short', 'short', 'good']],
    [['short', 'good', 'bad', 'short', 'near-good', 'bad']],
  ] as [C[]][])('teasers: %j', (own) => {
    expect(isTeaserList(own)).toBe(true)
  })
  test.each([[['short', 'good', 'good', 'short']], [['short', 'short', 'good']], [['short', 'bad', 'short']]] as [
    C[],
  ][])('not: %j', (own) => {
    expect(isTeaserList(own)).toBe(false)
  })
})

describe('teasers under a list header at the end of the story', () => {
  const STORY = [
    'The council voted on Tuesday to close the seafront road for six weeks while the storm-damaged pier is repaired.',
    'Work is due to begin in March, and buses will be diverted along Castle Street, the council said in a statement.',
    'Traders on the seafront said they feared losing visitors, but the council leader said the repairs could not wait.',
  ]
  const teaser = (title: string, snippet: string) => [title, 'March 3, 2025 at 9:12 am', snippet, 'Read More']
  const TEASERS = [
    ...teaser(
      'Ferry fares to rise in spring',
      'Passengers on the harbour ferry will pay more from April, when the operator raises fares for the first time in five years.',
    ),
    ...teaser(
      'Lifeboat crew rescue two walkers',
      'Two walkers cut off by the tide below the cliffs were brought ashore by the lifeboat crew late on Sunday evening.',
    ),
  ]
  test('the teasers are not body', () => {
    const a = parseArticle(
      page(['Home', 'News', 'Sport', 'Pier repairs to close seafront road', ...STORY, 'More in News', ...TEASERS]),
    )
    expect(a.body.map((b) => b.text)).toEqual(STORY)
  })
})

describe('the blurb of a sign-up or share box, between two of its lines', () => {
  const STORY = [
    'The council voted on Tuesday to close the seafront road for six weeks while the storm-damaged pier is repaired.',
    'Work is due to begin in March, and buses will be diverted along Castle Street, the council said in a statement.',
  ]
  const boilerplate = (lines: string[]) => parseArticle(page(lines)).boilerplate.map((b) => b.text)
  test.each([
    [
      'Sign up for our daily newsletter',
      'The harbour news that matters, in your inbox before breakfast.',
      'Subscribe now',
    ],
    ['Newsletter', 'Our pick of the week, every Friday', 'Subscribe'],
  ])('%s / %s / %s: the blurb is the box', (header, blurb, button) => {
    expect(boilerplate([STORY[0]!, header, blurb, button, STORY[1]!])).toContain(blurb)
  })
  test.each([
    // one box line only: the line beside it may be the story's
    [['Sign up for our daily newsletter', 'The harbour news that matters, in your inbox before breakfast.', STORY[1]!]],
    // a paragraph the box interrupts is longer than a blurb
    [['Newsletter', `${STORY[1]!} ${STORY[0]!}`, 'Subscribe now']],
  ])('not a blurb: %j', (lines) => {
    expect(boilerplate([STORY[0]!, ...lines])).not.toContain(lines[1])
  })
})

describe('introducedListEnd: a list a line of the story announces with a colon', () => {
  const DATES = [
    'March 9 -- Harbour Hall, Marrow',
    'March 12 -- Town Arena, Eastby',
    'March 14 -- Pier Pavilion, Westby',
  ]
  test.each([
    [['The band will play these dates in the spring:', ...DATES, 'Home'], 3],
    [['Ferry times from the harbour this winter:', 'Weekdays: 6.10 am', 'Saturdays: 8.00 am', 'Sundays: 9.30 am'], 3],
  ] as [string[], number][])('a list: %j', (texts, last) => {
    expect(introducedListEnd(texts, 0)).toBe(last)
  })
  test.each([
    // a label, not a line of the story
    [['Tour dates:', ...DATES]],
    // too few items
    [['The band will play these dates in the spring:', ...DATES.slice(0, 2)]],
    // items without the first one's separator: a menu
    [['The band will play these dates in the spring:', DATES[0]!, 'News', 'Sport', 'Weather']],
    // no colon: the story's line ends a sentence
    [['The band will play three dates in the spring.', ...DATES]],
  ] as [string[]][])('not: %j', (texts) => {
    expect(introducedListEnd(texts, 0)).toBe(-1)
  })
})

describe('a list the story introduces at its end', () => {
  const STORY = [
    'The Marrow Bay Band will go back on the road in the spring, forty years after its first concert on the pier.',
    'The band said on Tuesday that it would play old songs and new ones, and that tickets would go on sale next week.',
    'The band will play these dates in the spring:',
  ]
  const DATES = [
    'March 9 -- Harbour Hall, Marrow',
    'March 12 -- Town Arena, Eastby',
    'March 14 -- Pier Pavilion, Westby',
    'March 20 -- Castle Theatre, Northby',
  ]
  test('its items are body; the menus after them are not', () => {
    const a = parseArticle(
      page(['Home', 'News', 'Music', 'Band announces spring tour', ...STORY, ...DATES, 'About us', 'Contact', 'Jobs']),
    )
    // a paragraph a line, or a list block holding its items a line each
    expect(a.body.map((b) => b.text).join('\n')).toBe([...STORY, ...DATES].join('\n'))
  })
})

describe('listBetweenProse: a list the story introduces with a colon and then goes on after', () => {
  const ITEMS = [
    'You open a shop in your own corner of town',
    'Neighbours find it the week it opens',
    'People begin to come back',
  ]
  const AFTER = 'The sooner the shop is known in both places, the sooner it pays its rent and its staff.'
  const BEFORE = 'Most of the shop owners said that a shop must be known in town before it can be known anywhere else.'
  const prose = (texts: string[]) => texts.map((t) => t === AFTER || t === BEFORE)
  test.each([
    [['Here is how it works:', ...ITEMS, AFTER], 3],
    // two items will do; a bracket may close one
    [["What you'll need for the frame:", 'A saw', 'Four planks (pine or oak)', AFTER], 2],
    // the list ends at its first sentence
    [['Here is how it works:', ...ITEMS, AFTER, 'Another short line'], 3],
  ] as [string[], number][])('a list: %j', (lines, last) => {
    const texts = [BEFORE, ...lines]
    expect(listBetweenProse(texts, prose(texts), 1)).toBe(last + 1)
  })
  test.each([
    // a label of two words, not a line of the story
    [['Follow us:', 'Facebook page', 'Twitter account', AFTER]],
    // a header in capitals
    [['MORE FROM OUR PARTNERS:', ...ITEMS, AFTER]],
    // items in capitals: buttons
    [['Here is how it works:', 'SUBSCRIBE', 'SHARE', AFTER]],
    // one item only
    [['Here is how it works:', ITEMS[0]!, AFTER]],
    // no prose after the list: a menu or the page's end
    [['Here is how it works:', ...ITEMS, 'About us', 'Contact']],
    [['Here is how it works:', ...ITEMS]],
    // items that are links
    [['Read the documents here:', 'https://example.org/a', 'https://example.org/b', AFTER]],
    // no colon
    [['Here is how it works.', ...ITEMS, AFTER]],
  ] as [string[]][])('not: %j', (lines) => {
    const texts = [BEFORE, ...lines]
    expect(listBetweenProse(texts, prose(texts), 1)).toBe(-1)
  })
  test('not without prose above the introducing line: a menu under its header, over the headline and the dek', () => {
    const texts = ['Europe', 'Our sites around the globe:', 'Site China', 'Site France', 'Gadgets of the year', AFTER]
    expect(listBetweenProse(texts, prose(texts), 1)).toBe(-1)
  })

  test('on a page, its items stay in the body between the paragraphs around them', () => {
    const STORY = [
      'The Marrow Bay shop owners met on Tuesday to talk about the year ahead and the rents that keep on rising.',
      'Most of them said that a shop must be known in town before it can hope to be known anywhere else.',
    ]
    const a = parseArticle(
      page([
        'Home',
        'News',
        'Shops',
        'Contact',
        'Shop owners plan the year',
        ...STORY,
        'Here is how it works:',
        ...ITEMS,
        AFTER,
        'About us',
        'Jobs',
        'Advertise',
      ]),
    )
    expect(a.body.map((b) => b.text).join('\n')).toBe([...STORY, 'Here is how it works:', ...ITEMS, AFTER].join('\n'))
  })
})

describe('opensAuthorBox: the author box under the story names the byline’s author', () => {
  const AUTHORS = ['Jane Roe']
  test.each([
    'Jane Roe',
    'About Jane Roe',
    'More articles from Jane Roe',
    'Jane Roe is a freelance writer living in Marrow, where she covers the harbour and the council.',
  ])('opens one: %j', (text) => {
    expect(opensAuthorBox(text, AUTHORS)).toBe(true)
  })
  test.each([
    // a caption's credit
    'The pier at dusk (Jane Roe)',
    // a credit line under the story: short, the name not last
    'Jane Roe contributed reporting',
    // a paragraph that names her after its first words
    'Her editor told Jane Roe that the council had voted to close the pier for the whole of the winter.',
    // another name, or a given name alone
    'John Doe is a freelance writer living in Marrow.',
    'Jane',
  ])('not: %j', (text) => {
    expect(opensAuthorBox(text, AUTHORS)).toBe(false)
  })
  test('not for a one-word author: a site or a nickname is no name to look for', () => {
    expect(opensAuthorBox('Harbourwatch', ['Harbourwatch'])).toBe(false)
  })

  const STORY = [
    'The council voted on Tuesday to close the Marrow pier for the winter while its timbers are replaced.',
    'Engineers found rot in a third of the piles last month, and the council said it could not wait for spring.',
    'Shop owners on the promenade said the closure would cost them the few visitors the winter brings.',
    'The work is due to finish in April, in time for the ferry season, the council said in a statement.',
  ]
  const BOX = [
    'Jane Roe',
    'Jane Roe is a freelance writer living in Marrow, where she has covered the harbour and the council since 2015.',
    'Keep up to date',
    'Our newsletter brings you the harbour news that matters, every morning before breakfast, for free.',
  ]
  test('on a page, the story ends where the box under it starts', () => {
    const a = parseArticle(
      page([
        'Home',
        'News',
        'Harbour',
        'Council closes the pier for winter',
        'By Jane Roe',
        ...STORY,
        ...BOX,
        'About us',
        'Jobs',
      ]),
    )
    expect(a.byline?.authors).toEqual(['Jane Roe'])
    expect(a.body.map((b) => b.text)).toEqual(STORY)
  })
})

describe('numberedListEnd: a numbered list the story introduces with a colon', () => {
  const INTRO = 'Here are the best offers for collectors this week:'
  const item = (n: number, mark = ')') => `${n}${mark} A model harbour ferry, number ${n} of the series`
  const link = (n: number) => `https://shop.example/item-${n}`
  test.each([
    // an item and a link each; the last item keeps its link
    [[INTRO, item(1), link(1), item(2), link(2), item(3), link(3), 'Tags: ferries, models'], 6],
    // an item a line, numbered with a full stop
    [[INTRO, item(1, '.'), item(2, '.'), item(3, '.'), item(4, '.'), 'About us'], 4],
  ] as [string[], number][])('a list: %j', (texts, last) => {
    expect(numberedListEnd(texts, 0)).toBe(last)
  })
  test.each([
    // not counting from one
    [[INTRO, item(2), item(3), item(4)]],
    // too few items
    [[INTRO, item(1), link(1), item(2), link(2)]],
    // numbers out of sequence
    [[INTRO, item(1), item(3), item(5)]],
    // no introducing line
    [['Most read', item(1), item(2), item(3)]],
    [['The offers were good this week.', item(1), item(2), item(3)]],
  ] as [string[]][])('not: %j', (texts) => {
    expect(numberedListEnd(texts, 0)).toBe(-1)
  })
})

describe('links under a list header the lexicon knows, between the story’s paragraphs', () => {
  const STORY = WINTER_STORY
  const body = winterPierBody
  test('titles under "Related articles" are residue, cut-off titles too; the story goes on after them', () => {
    const titles = ['Ferry fares to rise again in the spring', 'Storm damage: the promenade shops count the co...']
    expect(body([STORY[0]!, STORY[1]!, 'Related articles', ...titles, STORY[2]!, STORY[3]!])).toEqual(STORY)
  })
  test('not a header with a title on its line: the line after it is the story’s', () => {
    const lines = [
      STORY[0]!,
      STORY[1]!,
      'Read more: Ferry fares to rise again in the spring',
      'What the council said',
      STORY[2]!,
      STORY[3]!,
    ]
    expect(body(lines)).toContain('What the council said')
  })
})
