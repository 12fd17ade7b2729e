import { describe, expect, test } from 'vitest'
import { isClosingLine } from '../src/detect/closing-line.js'
import { parseArticle } from '../src/index.js'

// A story whose last paragraph is one short sentence, under it the page's residue: pages written here in the shape
// of news sites in several languages.

const page = (lines: string[]) => lines.join('\n\n')
const bodyOf = (text: string) => parseArticle(text).body.map((b) => ('text' in b ? b.text : ''))

describe('isClosingLine: a whole short sentence, not a label, a stamp or a reference', () => {
  test.each([
    'Work begins in February.',
    'No one was hurt.',
    'Строительство начнется в феврале.',
    'İnşaat şubat ayında başlayacak.',
    '„Wir sind bereit“, sagte sie.',
    '- To ulga - dodała.',
  ])('closing: %s', (text) => {
    expect(isClosingLine(text)).toBe(true)
  })
  test.each([
    'Updated 3 hours ago.',
    'Photo: Reuters.',
    '"Hermitian Matrices". MathPages.com.',
    'Share this story',
    'Read more',
    'Thanks!',
    'all rights reserved.',
    'Police said the driver, a man of 54 from the town, had been taken to hospital after the crash on the coast road late on Monday night.',
  ])('not closing: %s', (text) => {
    expect(isClosingLine(text)).toBe(false)
  })
})

const STORIES = {
  ru: {
    top: ['Главная', 'Новости', 'Политика', 'Экономика', 'Новый паром свяжет порт Марроу с островом с мая'],
    story: [
      'Мэрия Марроу во вторник заключила контракт на строительство нового парома, который с мая будет ходить между портом и островом Холм. Судно рассчитано на 300 пассажиров и 40 автомобилей.',
      'Старый паром работает с 1987 года и прошлой зимой несколько раз ломался. В январе жители острова три недели добирались на прогулочном катере.',
      'Строительство начнется в феврале.',
    ],
    tail: ['Подписывайтесь на наш канал в Telegram', 'Теги', 'паром', 'транспорт', 'Поделиться', 'ВКонтакте'],
  },
  nl: {
    top: ['Nieuws', 'Binnenland', 'Buitenland', 'Nieuwe veerboot vaart vanaf mei tussen Marrow en Holm'],
    story: [
      'De gemeente Marrow heeft dinsdag het contract getekend voor een nieuwe veerboot naar het eiland Holm. Het schip biedt plaats aan 300 passagiers en 40 auto’s.',
      'De oude veerboot vaart sinds 1987 en viel afgelopen winter meerdere keren uit. In januari moesten de eilanders drie weken met een rondvaartboot naar de wal.',
      'Niemand raakte gewond.',
    ],
    tail: ['Deel dit artikel', 'Meer over', 'Veerdienst', 'Marrow', 'Cookie-instellingen', 'Privacy'],
  },
  en: {
    top: ['Home', 'News', 'Local', 'Sport', 'New ferry to link Marrow and Holm from May'],
    story: [
      'The council signed a contract on Tuesday for a new ferry to the island of Holm, which will carry 300 passengers and 40 cars when it enters service in May.',
      'The old ferry has sailed since 1987 and broke down several times last winter, leaving islanders to travel on a tour boat for three weeks in January.',
      'No one was hurt.',
    ],
    tail: ['Pier repairs to close seafront road', 'Harbour ferry fares to rise', 'Lifeboat crew rescue two walkers'],
  },
}

describe('a short last paragraph under the story, residue under it, is the story’s', () => {
  test.each(Object.entries(STORIES))('%s', (_, s) => {
    expect(bodyOf(page([...s.top, ...s.story, ...s.tail]))).toEqual(s.story)
  })

  test.each([
    ['a time stamp', 'Updated 3 hours ago.'],
    ['a label', 'Photo: Harbour Weekly.'],
  ])('not %s', (_, line) => {
    const s = STORIES.en
    const story = s.story.slice(0, 2)
    expect(bodyOf(page([...s.top, ...story, line, ...s.tail]))).toEqual(story)
  })
})

describe('settleTailPastFurniture: short lines under the share row the lexicon labelled are not the story’s', () => {
  const s = STORIES.en
  const story = s.story.slice(0, 2)
  test.each([
    ['a section’s list', ['More from Local', 'Pier repairs to close seafront road']],
    ['a teaser alone', ['Pier repairs to close seafront road']],
  ])('%s', (_, lines) => {
    const text = page([...s.top, ...story, 'Share this article', 'Facebook', 'Twitter', ...lines])
    expect(bodyOf(text)).toEqual(story)
  })
  test('a short last paragraph over the share row stays', () => {
    const text = page([...s.top, ...s.story, 'Share this article', 'Facebook', 'Twitter'])
    expect(bodyOf(text)).toEqual(s.story)
  })
})

describe('endBeforeRightsLine: a line reserving the rights ends the story, what follows is the page’s', () => {
  const top = ['Home', 'Cronaca', 'Politica', 'Traghetto nuovo a Marrow da maggio']
  const story = [
    'Il Comune di Marrow ha firmato martedì il contratto per la costruzione di un nuovo traghetto che collegherà il porto all’isola di Holm. La nave potrà trasportare 300 passeggeri e 40 automobili.',
    'Il vecchio traghetto, in servizio dal 1987, si è guastato più volte lo scorso inverno. A gennaio gli abitanti dell’isola hanno dovuto usare un battello turistico per tre settimane.',
  ]
  // The story closes on a list of its own, which it keeps.
  const facts = ['Ecco i numeri della nuova nave:', 'Lunghezza: 62 metri', 'Passeggeri: 300', 'Velocità: 14 nodi']
  const TAGS = ['traghetto', 'Marrow', 'trasporti']
  const thread = [
    'Commenti',
    'Accedi per commentare',
    'Mario 65',
    'Era ora, il vecchio traghetto cadeva a pezzi.',
    'Rispondi',
    'Luca_B',
    'Speriamo che i prezzi non salgano.',
    'Rispondi',
  ]
  test.each([['Riproduzione riservata ©'], ['© 2026 Porto Editore. Tutti i diritti riservati.']])(
    'under %s the tags are not the story’s',
    (line) => {
      const text = page([
        ...top,
        ...story,
        ...facts,
        line,
        'Iscriviti alla newsletter',
        'Argomenti',
        ...TAGS,
        ...thread,
      ])
      expect(bodyOf(text)).toEqual([...story, ...facts])
    },
  )
  test('a photo’s credit naming its holder inside the story does not end it', () => {
    const text = page([...top, story[0]!, '© Reuters', story[1]!, ...thread])
    expect(bodyOf(text)).toEqual(story)
  })
})

describe('withClosingLine: the story’s last sentences under a list it introduces, not a reader’s under "Comments"', () => {
  const top = ['Accueil', 'Politique', 'Régions', 'Municipales à Marrow : les résultats du premier tour']
  const lead =
    'La liste de la maire sortante arrive largement en tête du premier tour des élections municipales à Marrow, dimanche, avec près de 42 % des voix. La participation s’est établie à 54 %, en hausse de six points.'
  const results = [
    'Voici les résultats complets :',
    'Sophie Renard (DVG) : 41,8 %',
    'Paul Martin (LR) : 27,3 %',
    'Claire Dubois (EELV) : 18,6 %',
    'Marc Leroy (RN) : 12,3 %',
  ]
  const after = [
    'Le second tour aura lieu dimanche prochain. Trois listes peuvent se maintenir.',
    '« Les habitants ont fait le choix de la continuité », a réagi Sophie Renard dans la soirée.',
  ]
  const tail = [
    'Partager',
    'Facebook',
    'Twitter',
    'Les plus lus',
    'Le port accueille un nouveau ferry',
    'Grève des bus',
  ]
  test('the sentences under a results list are the story’s', () => {
    expect(bodyOf(page([...top, lead, ...results, ...after, ...tail]))).toEqual([lead, ...results, ...after])
  })
  test('a sentence under a comment header is not', () => {
    const s = STORIES.en
    const comment = 'What a relief.'
    const story = s.story.slice(0, 2)
    const text = page([...s.top, ...story, '3 Comments', comment, ...s.tail])
    expect(bodyOf(text)).toEqual(story)
  })
})

describe('captionsUnderCounters: a gallery’s captions under their slide counters are not the story’s', () => {
  const top = ['Home', 'Cronaca', 'Politica', 'Traghetto nuovo a Marrow da maggio']
  const story = [
    'Il Comune di Marrow ha firmato martedì il contratto per la costruzione di un nuovo traghetto che collegherà il porto all’isola di Holm. La nave potrà trasportare 300 passeggeri e 40 automobili.',
    'Il vecchio traghetto, in servizio dal 1987, si è guastato più volte lo scorso inverno. A gennaio gli abitanti dell’isola hanno dovuto usare un battello turistico per tre settimane.',
    'I lavori inizieranno a febbraio nel cantiere di La Spezia, che assumerà ottanta operai per la commessa, ha detto il sindaco.',
  ]
  const tail = ['Commenti', 'Privacy', 'Cookie policy']
  test.each([
    [['1 / 12', 'Il vecchio traghetto in porto (foto Ansa)', '2 / 12', 'I lavori al molo']],
    [['Image 1 of 2', 'Il vecchio traghetto in porto', 'Image 2 of 2', 'Il molo di Holm']],
  ])('%j', (gallery) => {
    const text = page([...top, story[0]!, story[1]!, ...gallery, story[2]!, ...tail])
    expect(bodyOf(text)).toEqual(story)
  })
  test('a paragraph of the story under the last counter stays', () => {
    const text = page([...top, story[0]!, '1 / 1', story[1]!, story[2]!, ...tail])
    expect(bodyOf(text)).toEqual(story)
  })
})
