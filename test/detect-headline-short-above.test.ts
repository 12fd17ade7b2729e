import { describe, expect, test } from 'vitest'
import type { LabelledBlock } from '../src/detect/context.js'
import { inCapitals } from '../src/detect/headline-lines.js'
import { isShortHeadline } from '../src/detect/headline-short.js'
import { parseArticle } from '../src/index.js'

// A web page whose headline is too short for any other rule ("Pier shut", "桟橋閉鎖へ") sets it right above its text,
// past its byline and date (headline-short.ts). Invented pages.

const block = (text: string): LabelledBlock =>
  ({ text, lines: [text], index: 0, role: null }) as unknown as LabelledBlock

describe('inCapitals: a line all in capitals, in a script with cases', () => {
  test.each(['NEWS', 'TOP STORIES', 'GÜNDEM', 'ΕΛΛΑΔΑ'])('capitals: %s', (t) => {
    expect(inCapitals(t)).toBe(true)
  })
  test.each(['Pier shut', '桟橋閉鎖へ', '马罗码头封闭', '2025', 'News'])('not capitals: %s', (t) => {
    expect(inCapitals(t)).toBe(false)
  })
})

describe('isShortHeadline: a short headline by its shape', () => {
  test.each(['Pier shut', 'All at sea', 'Shut!', 'Wer zahlt?', '桟橋閉鎖へ', '马罗码头封闭'])('headline: %s', (t) => {
    expect(isShortHeadline(block(t))).toBe(true)
  })
  test.each(['NEWS', 'Hannah Colby', 'Marrow', 'Pier shut.', 'Read more:', 'Home › News', 'March 4, 2025'])(
    'no headline: %s',
    (t) => {
      expect(isShortHeadline(block(t))).toBe(false)
    },
  )
})

const EN = [
  'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
  'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
  'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
]
const ZH = [
  '马罗市政府周二宣布，为重建旧码头的支柱，海滨路将从下周一起封闭交通六周。',
  '这项工程原定于秋季开工，但一次检查发现两根铸铁支柱出现裂缝后，工期被提前。工程期间，公交车将改道车站路行驶，市政府请司机绕行环城路前往港口停车场。',
  '市政府表示，工程结束后码头将重新向游客开放，并将增设新的照明设施和休息长椅。',
]
const MENU = ['Home', 'News', 'Sport', 'Weather', 'Sign in']
const FOOT = ['Privacy policy', 'Contact us']

describe('detectHeadline: a short headline right above the text', () => {
  test.each([[['NEWS', 'Pier shut']], [['OPINION', 'All at sea']], [['Shut!']]])('%j under the menu', (head) => {
    expect(parseArticle([...MENU, ...head, ...EN, ...FOOT].join('\n')).headline).toBe(head.at(-1))
  })
  test('echoed in the title bar', () => {
    const head = ['Pier shut | Marrow Gazette', ...MENU, 'Pier shut']
    expect(parseArticle([...head, ...EN, ...FOOT].join('\n')).headline).toBe('Pier shut')
  })
  test('a Chinese page: a headline of six characters over its date', () => {
    const text = [
      '首页',
      '新闻',
      '财经',
      '体育',
      '娱乐',
      '马罗码头封闭',
      '2025-03-04 10:12',
      ...ZH,
      '关于我们',
      '联系我们',
    ]
    expect(parseArticle(text.join('\n')).headline).toBe('马罗码头封闭')
  })
  test.each([
    // A kicker in capitals right above the text is no headline.
    [['NEWS']],
    // Nor a name alone.
    [['Hannah Colby']],
  ])('%j: no headline right above the text', (head) => {
    expect(parseArticle([...MENU, ...head, ...EN, ...FOOT].join('\n')).headline).not.toBe(head[0])
  })
})
