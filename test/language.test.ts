import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { LANGUAGES } from '../src/detect/block-words.js'
import { languageOf, languageOfStats, stopwordsFor } from '../src/detect/language.js'
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

// languageOfStats finds the winner and the runner-up in one pass; the ranking by a stable sort stays here as the reference.
describe('languageOfStats ranks as a stable sort does', () => {
  function reference(words: number, counts: number[]): string | null {
    if (words < 12) return null
    const ranked = LANGUAGES.map((code, i) => [code, counts[i]!] as const)
    ranked.sort((a, b) => b[1] - a[1])
    const [best, second] = ranked
    if (!best || best[1] < words * 0.15) return null
    // Danish and Norwegian share most function words: between the two, any lead decides.
    if (second && `${best[0]} ${second[0]}`.match(/^(?:da no|no da)$/)) return best[1] > second[1] ? best[0] : null
    if (second && best[1] < second[1] * 1.3) return null
    return best[0]
  }
  test('any counts, ties and zeros included', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.array(fc.integer({ min: 0, max: 12 }), { minLength: LANGUAGES.length, maxLength: LANGUAGES.length }),
        (words, counts) => {
          expect(languageOfStats(words, counts)).toBe(reference(words, counts))
        },
      ),
      { numRuns: 20000 },
    )
  })
})
