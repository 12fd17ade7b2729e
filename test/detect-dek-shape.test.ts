import { describe, expect, test } from 'vitest'
import { isCreditAlone, isMostlyCapitalised, notDekLine } from '../src/detect/dek-shape.js'
import { parseArticle } from '../src/index.js'

describe('notDekLine: header lines a dek is never', () => {
  test.each([
    ['pier at dawn after the storm.jpg', 'en', 'image-file'],
    ['Harbour crane lifts the last section.PNG', 'en', 'image-file'],
    ['Ana Lima 14/06/2024 Comente! Educação, Música', 'pt', 'figure-date'],
    ['发稿时间：2024-11-05 14:20:00 来源：海滨日报', null, 'figure-date'],
    ['2025年03月12日 08:42 来源：海滨日报 作者：李明', null, 'figure-date'],
    ['Aktualisiert 12.03.2025 um 09:14 von Jana Petersen', 'de', 'figure-date'],
    ['الثلاثاء 12 مارس 2025 - 06:00', 'ar', 'figure-date'],
    ['Madrid - 12 mar 2025 - 10:30 CET', 'es', 'figure-date'],
    ['Published 9:41 AM EST Mar 4, 2025 by the Marrow Bay desk', 'en', 'figure-date'],
    ['Tue 12 Mar 2025 06.00 GMT, last modified on Wednesday', 'en', 'figure-date'],
    ['Protesters outside the harbour offices on Monday evening © Jane Roe', 'en', 'credit'],
    ['Manifestantes frente a la sede del puerto el lunes (Jane Roe/Gaceta)', 'es', 'credit'],
    ['Por Sam Ortiz y Ana Cole, enviados especiales a Marrow Bay', 'es', 'byline'],
    ['By Staff Writer', 'en', 'byline'],
    ['Kate Lin @katelin / 2 days', 'en', 'handle'],
    ['Lisa Roe and Tom J. Poe Marrow Bay Courier', 'en', 'names'],
    ['Mara Olsen, Peter Hale und Jonas Berg Nordsee Zeitung', 'de', 'names'],
  ])('%s (%s): %s', (text, language, why) => {
    expect(notDekLine(text, language)).toBe(why)
  })
  test.each([
    ['Six weeks of work will start after the summer season ends', 'en'],
    ['Die Stadt will den Hafen bis 2030 klimaneutral machen', 'de'],
    // A title case dek keeps its function words: "Before", "They".
    ['Spot Problems Before They Turn Into Disasters', 'en'],
    ['The index rose 2.5 per cent to 3,512.40 on Tuesday', 'en'],
    ['Write to jane@example.com with your questions about the pier', 'en'],
    ['专家认为，新规将推动行业整合，小型平台面临更大压力', null],
    ['Version 10.3.1 fixes the bug that drained batteries overnight', 'en'],
    // "By" before a date or a figure; a bracket without a slash.
    ['By March the pier will have been closed for a whole year', 'en'],
    ['By 2030 the port wants to run on wind power alone', 'en'],
    ['The council (and the harbour trust) approved the sale on Monday', 'en'],
    // A price and a year, a score and a year: no clock.
    ['A plan to cut the cost of panels from $0.31/W to $0.12/W by 2035', 'en'],
    ['The 2024 champions lost 1.25 points of their lead in the final race', 'en'],
  ])('may be a dek: %s (%s)', (text, language) => {
    expect(notDekLine(text, language)).toBeNull()
  })
})

describe('isMostlyCapitalised: names and labels, not prose', () => {
  test.each([
    ['Lisa Roe and Tom J. Poe Marrow Bay Courier', true],
    ['SPORTS MINNESOTA WILD HOCKEY', true],
    ['Six weeks of work will start', false],
    ['Die neue Brücke über den breitesten Fluss der Region', false],
    // Too few words in a cased script to weigh.
    ['Jane Roe, Reuters', false],
    ['ローカル線、存続へ正念場', false],
  ])('%s: %s', (text, expected) => {
    expect(isMostlyCapitalised(text)).toBe(expected)
  })
})

describe('isCreditAlone: a picture credit on its own line', () => {
  test.each([
    ['Juan Ruiz/Reuters', true],
    ['Photo: Jane Roe/AP', true],
    ['Firefighters battle the blaze near the village', false],
    ['By Luis Ortega', false],
  ])('%s: %s', (text, expected) => {
    expect(isCreditAlone(text)).toBe(expected)
  })
})

// A page under a menu: the headline, what a test puts under it, the story.
const MENU = ['Home', 'News', 'World', 'Business', 'Sport', 'Culture', 'Weather', 'Sign in']
const HEADLINE = 'Wildfire forces hundreds to leave homes near Valencia'
const STORY = [
  'Firefighters were still working on Wednesday to control a wildfire that has forced hundreds of people to leave their homes near Valencia.',
  'The fire started on Monday afternoon in dry scrubland and spread quickly in strong winds, regional authorities said.',
  'Some residents were allowed to return home on Wednesday evening, and schools in two villages will stay closed.',
]
const FOOTER = ['Share this story', 'Most read', 'Privacy policy', 'Contact us']
const page = (under: string[]) => [...MENU, HEADLINE, ...under, ...STORY, ...FOOTER].join('\n\n')

describe('detectStandfirst: lines under the headline with no full stop that are no dek', () => {
  test.each([
    // A caption over its photographer's credit.
    [['Firefighters battle the blaze near the village of Bétera on Tuesday', 'Juan Ruiz/Reuters', 'By Luis Ortega']],
    // The first of a list of teasers, and of a box's key points.
    [
      [
        'Trade talks between the two sides are going well, president says',
        'Regulators fine three banks over reporting failures',
        'Airline warns staff over protest posts',
      ],
    ],
    [
      [
        'Key points:',
        'The fire has burned 2,000 hectares of scrub and pine',
        'About 800 people were told to leave their homes',
        'No one has been hurt, officials say',
      ],
    ],
    // The headline again, as a gallery's title under its picture.
    [['By Luis Ortega', 'Firefighters near Bétera on Tuesday.\nPhoto: Juan Ruiz/Reuters', 'Image 1 of 8', HEADLINE]],
    // Names, a handle, a file name.
    [['Luis Ortega and Marta J. Gil Levante Diario Digital', 'March 12, 2025']],
    [['Luis Ortega @luisortega / 2 days']],
    [['fire near the village of Betera on tuesday.jpg']],
  ])('%j', (under) => {
    const article = parseArticle(page(under))
    expect(article.headline).toBe(HEADLINE)
    expect(article.standfirst).toBeNull()
    expect(article.body[0]?.text).toBe(STORY[0])
  })

  test.each([
    [['Hundreds of people have left their homes as strong winds spread the flames', 'By Luis Ortega']],
    [['Hundreds of people have left their homes as strong winds spread the flames', 'March 12, 2025']],
    // A dek over its picture's caption and credit.
    [
      [
        'Hundreds of people have left their homes as strong winds spread the flames',
        'Firefighters near Bétera on Tuesday.',
        'Photo: Juan Ruiz/Reuters',
        'By Luis Ortega',
      ],
    ],
  ])('the dek: %j', (under) => {
    expect(parseArticle(page(under)).standfirst).toBe(under[0])
  })
})

describe('detectStandfirst: a lead in Chinese or Japanese closes its sentence, a dek does not', () => {
  const cjk = (under: string) =>
    [
      '宇航员在太空中能喝酒吗',
      under,
      '不幸的是，对于希望能喝上一杯的太空探险者，航天机构普遍禁止他们饮用含酒精的饮料。',
      '事实上，历史上酒与太空探险有一种复杂的关系。让我们来看看会发生什么。',
    ].join('\n\n')
  test.each([
    '翱翔于距地球数千公里的太空中，进入广袤漆黑的未知领域，是一项艰苦卓绝的工作。那么，为什么不能来一杯放松一下？',
    '地球から数千キロ離れた宇宙を飛ぶのは、過酷な仕事だ。',
  ])('no dek: %s', (lead) => {
    expect(parseArticle(cjk(lead)).standfirst).toBeNull()
  })
  test('a dek without its closing stop', () => {
    const dek = '专家认为，宇航员在太空中饮酒的风险比人们想象的更大'
    expect(parseArticle(cjk(dek)).standfirst).toBe(dek)
  })
})
