import { describe, expect, test } from 'vitest'
import { classifyByShape, isOtherScript, proseLength } from '../src/detect/prose-shape.js'

// Prose told from residue without a stopword list: by length (a CJK character
// counted twice) and sentence punctuation.
describe('classifyByShape', () => {
  test.each([
    [
      '港の修理は来月から始まり海沿いの道路は閉鎖されるツールとして、二つのスキャナーが有名です。研究者にも攻撃者にも幅広く利用されています。',
      'good',
    ],
    [
      'Правительство объявило в понедельник, что переговоры о новом соглашении будут продолжены на следующей неделе в Москве.',
      'good',
    ],
    [
      'Η κυβέρνηση ανακοίνωσε τη Δευτέρα ότι οι συνομιλίες για τη νέα συμφωνία θα συνεχιστούν την επόμενη εβδομάδα στην Αθήνα.',
      'good',
    ],
    ['이 연구는 서울에서 진행되었으며 연구진은 결과를 다음 달에 발표할 예정이다.', 'near-good'],
    ['先に観測結果のサマリを示しておきます。', 'near-good'],
  ])('prose: %s', (text, expected) => {
    expect(classifyByShape(text)).toBe(expected)
  })
  test.each([
    ['ホーム > 地域ニュース > 記事', 'short'],
    ['ニュース', 'short'],
    ['Главная', 'short'],
    ['Новости | Спорт | Погода | Культура', 'bad'],
    ['Лучшие материалы недели о путешествиях по России и миру без виз и очередей', 'bad'],
  ])('residue: %s', (text, expected) => {
    expect(classifyByShape(text)).toBe(expected)
  })
})

describe('isOtherScript: a script our stopword lists do not cover', () => {
  test.each(['ニュース速報', 'Новости дня', 'Ειδήσεις', '新闻 2019'])('other: %s', (t) => {
    expect(isOtherScript(t)).toBe(true)
  })
  test.each(['Nachrichten', 'Notícias do dia', 'iPhone 15 ニュース and more news', '2019'])('not: %s', (t) => {
    expect(isOtherScript(t)).toBe(false)
  })
})

test('proseLength counts a CJK character twice', () => {
  expect(proseLength('abc')).toBe(3)
  expect(proseLength('日本語')).toBe(6)
  expect(proseLength('Rust と Go')).toBe(10)
})
