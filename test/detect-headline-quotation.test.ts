import { describe, expect, test } from 'vitest'
import type { LabelledBlock } from '../src/detect/context.js'
import { couldBeHeadline } from '../src/detect/headline-lines.js'
import { parseArticle } from '../src/index.js'

// A headline that is one quotation, whole, set over a dek that says who spoke and why (headlineOverDek): German,
// French, Russian and English sites do it alike. Invented pages.

const STORY: Record<string, string[]> = {
  en: [
    'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
    'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
    'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
  ],
  de: [
    'Die Bürgermeisterin von Marrow hat die Sperrung der Uferstraße am Mittwoch vor dem Stadtrat verteidigt. Ohne die Reparatur drohe die Brücke einzustürzen, sagte sie.',
    'Mehrere Ratsmitglieder hatten kritisiert, dass die Händler an der Promenade erst eine Woche vor Beginn der Arbeiten informiert worden seien.',
    'Die Stadt will nun einen Ausgleich für die betroffenen Geschäfte prüfen, der im April beschlossen werden könnte.',
  ],
  fr: [
    'La route du front de mer de Marrow sera fermée à la circulation pendant six semaines à partir de lundi, le temps de reconstruire les piliers de la vieille jetée, a annoncé la mairie.',
    "Les travaux, prévus à l'automne, ont été avancés après qu'une inspection a découvert des fissures dans deux des piliers en fonte de l'ouvrage.",
    'Les bus seront déviés par la rue de la Gare et les automobilistes sont invités à emprunter le périphérique.',
  ],
}
const MENU: Record<string, string[]> = {
  en: ['Home', 'News', 'Sport', 'Weather', 'Sign in'],
  de: ['Startseite', 'Politik', 'Wirtschaft', 'Panorama', 'Anmelden'],
  fr: ['Accueil', 'Actualité', 'Société', 'Sports', 'Se connecter'],
}
const FOOTER = ['Privacy policy', 'Contact us']

const headlineOf = (lang: string, head: string[]): string | null =>
  parseArticle([...MENU[lang]!, ...head, ...STORY[lang]!, ...FOOTER].join('\n')).headline

describe('a headline that is one whole quotation, over its dek', () => {
  test.each([
    [
      'en',
      [
        'COUNCIL',
        '“We had no other choice”',
        'Mayor defends closing the seafront road while the pier is rebuilt',
        'By Hannah Colby',
        'March 4, 2025',
      ],
    ],
    [
      'de',
      [
        'Stadtrat',
        '„Wir haben keine andere Wahl“',
        'Bürgermeisterin verteidigt die Sperrung der Seebrücke',
        'Von Hanna Kolbe',
        '5. März 2025 um 08:30 Uhr',
      ],
    ],
    [
      'de',
      [
        'Seebrücke',
        '»Die Brücke hätte einstürzen können«',
        'Warum die Stadt Marrow die Uferstraße nun sechs Wochen lang sperrt',
        '04.03.2025',
      ],
    ],
    [
      'fr',
      [
        'SOCIÉTÉ',
        '« On ne pouvait plus attendre »',
        'La mairie de Marrow ferme la route du front de mer pendant six semaines',
        'Par Jeanne Roux',
        'Publié le 04/03/2025 à 10h12',
      ],
    ],
  ])('%s: the quotation is the headline', (lang, head) => {
    expect(headlineOf(lang, head)).toBe(head[1])
  })

  test.each([
    // Quoted, but with its speaker: no bare quotation, so the longer line under it stays the pick.
    [
      'en',
      [
        '“We had no other choice,” mayor says',
        'Mayor defends closing the seafront road while the pier is rebuilt',
        'By Hannah Colby',
        'March 4, 2025',
      ],
      1,
    ],
    // The pick is a quotation too: a run of quoted teasers, the lower one over the byline.
    [
      'en',
      [
        '“It was the only way”',
        '“We had no other choice, the pier could have fallen into the sea”',
        'By Hannah Colby',
        'March 4, 2025',
      ],
      1,
    ],
  ])('%s %j: the line under it stays the headline', (lang, head, k) => {
    expect(headlineOf(lang, head)).toBe(head[k])
  })
})

const block = (text: string): LabelledBlock =>
  ({ text, lines: [text], index: 0, role: null }) as unknown as LabelledBlock

describe('couldBeHeadline: a closing guillemet ends a quotation, a lone arrow a breadcrumb', () => {
  test.each([
    "Le maire de Marrow : « Nous n'avions pas le choix »",
    "Lungomare chiuso, il sindaco: «Non c'era altra scelta»",
    'Мэр Марроу: «Другого выхода не было»',
    "« Nous n'avions pas le choix »",
  ])('headline: %s', (t) => {
    expect(couldBeHeadline(block(t))).toBe(true)
  })
  test.each(['Accueil » Actualité » Société »', 'Home › World News ›', 'Startseite » Lokales » Marrow »'])(
    'breadcrumb: %s',
    (t) => {
      expect(couldBeHeadline(block(t))).toBe(false)
    },
  )
  test('a French page whose headline ends with a quotation', () => {
    const head = ['Accueil › Société', "Le maire de Marrow : « Nous n'avions pas le choix »", 'Par Jeanne Roux']
    expect(headlineOf('fr', [...head, 'Publié le 04/03/2025 à 10h12'])).toBe(head[1])
  })
})
