import { describe, expect, test } from 'vitest'
import { languageOf, stopwordsFor } from '../src/detect/language.js'
import { parseArticle } from '../src/index.js'

describe('languageOf: stopword share names the language', () => {
  test.each([
    ['en', 'The council said on Tuesday that the road would close for six weeks while the pier is repaired.'],
    [
      'de',
      'Der Stadtrat hat am Dienstag beschlossen, dass die Straße für sechs Wochen gesperrt wird, weil die Brücke repariert werden muss.',
    ],
    [
      'fr',
      'Le conseil a annoncé mardi que la route sera fermée pendant six semaines pour les travaux sur le pont de la ville.',
    ],
    [
      'es',
      'El ayuntamiento dijo el martes que la carretera estará cerrada durante seis semanas por las obras en el puente de la ciudad.',
    ],
    [
      'it',
      'Il consiglio ha detto martedì che la strada sarà chiusa per sei settimane per i lavori sul ponte della città e non prima.',
    ],
    [
      'pt',
      'A câmara disse na terça que a estrada vai ficar fechada durante seis semanas por causa das obras na ponte da cidade.',
    ],
    [
      'nl',
      'De gemeenteraad heeft dinsdag besloten dat de weg zes weken dicht gaat omdat de brug van de stad wordt gerepareerd.',
    ],
  ])('%s', (code, text) => {
    expect(languageOf(text)).toBe(code)
  })

  test.each([
    ['too short', 'The pier is shut.'],
    [
      'a menu has no function words',
      'Home News Local Politics Business Sports Opinion Weather Obituaries Jobs Cars Homes Classifieds',
    ],
  ])('null: %s', (_, text) => {
    expect(languageOf(text)).toBeNull()
  })

  test('an unknown language falls back to every list together', () => {
    expect(stopwordsFor('xx').has('the')).toBe(true)
    expect(stopwordsFor('xx').has('der')).toBe(true)
    expect(stopwordsFor('de').has('the')).toBe(false)
  })

  test('the Article reports it', () => {
    const text =
      'Pier repairs close road\n\nThe seafront road will close to traffic for six weeks from Monday while engineers rebuild the supports of the pier.\n'
    expect(parseArticle(text).language).toBe('en')
  })
})

describe('languageOf: the winner must be share enough of the words and lead the runner-up clearly', () => {
  // English-only stopwords (the, and, with) against German-only ones (der, und, nicht), among words of no list.
  const text = (en: number, de: number, others: number): string =>
    [
      ...Array.from({ length: en }, (_, i) => ['the', 'and', 'with'][i % 3]),
      ...Array.from({ length: de }, (_, i) => ['der', 'und', 'nicht'][i % 3]),
      ...Array.from({ length: others }, () => 'zzz'),
    ].join(' ')
  test.each([
    ['a clear lead', 4, 3, 5, 'en'],
    ['the other way round', 3, 4, 5, 'de'],
    ['a tie', 3, 3, 6, null],
    ['a lead under 1.3 times', 5, 4, 3, null],
    ['too few words', 4, 1, 6, null],
    ['too small a share', 2, 0, 12, null],
    ['a share just enough', 2, 0, 11, 'en'],
  ])('%s: en %i, de %i, others %i → %s', (_, en, de, others, language) => {
    expect(languageOf(text(en, de, others))).toBe(language)
  })
})

describe('languageOf: Danish and Norwegian, close kin, are told apart by any lead', () => {
  // Danish-only stopwords (af, blive, gennem) against Norwegian-only ones (ble, gjennom, hadde), among words of no list.
  const text = (da: number, no: number, others: number): string =>
    [
      ...Array.from({ length: da }, (_, i) => ['af', 'blive', 'gennem'][i % 3]),
      ...Array.from({ length: no }, (_, i) => ['ble', 'gjennom', 'hadde'][i % 3]),
      ...Array.from({ length: others }, () => 'zzz'),
    ].join(' ')
  test.each([
    ['a lead of one', 5, 4, 3, 'da'],
    ['the other way round', 4, 5, 3, 'no'],
    ['a tie', 4, 4, 4, null],
  ])('%s: da %i, no %i, others %i → %s', (_, da, no, others, language) => {
    expect(languageOf(text(da, no, others))).toBe(language)
  })
})
