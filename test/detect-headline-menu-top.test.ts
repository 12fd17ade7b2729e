import { describe, expect, test } from 'vitest'
import type { LabelledBlock } from '../src/detect/context.js'
import { isMenuItem } from '../src/detect/headline-lines.js'
import { parseArticle } from '../src/index.js'

// Copy whose page residue the residue step cannot read (its language has no stopword list, so no line of it scores
// as prose) keeps the site's menu on top: the headline is the first line past that run of short labels
// (headline-first-block.ts pastMenu). Invented pages in Polish, Turkish, Indonesian and Hindi.

const block = (text: string): LabelledBlock =>
  ({ text, lines: [text], index: 0, role: null }) as unknown as LabelledBlock

describe('isMenuItem: a label of a site menu by its shape', () => {
  test.each(['Strona główna', 'Sport', 'GÜNDEM', 'Ana Sayfa', 'होम', 'Beranda > Berita > Daerah', 'Wiadomości › Kraj'])(
    'menu item: %s',
    (t) => {
      expect(isMenuItem(block(t))).toBe(true)
    },
  )
  test.each([
    'By Jane Roe',
    '4 March 2025',
    'Aktualizacja: 04.03.2025 10:12',
    'Pier shut.',
    'Molo w Marrow zamknięte na sześć tygodni',
    '10:12 GMT',
  ])('no menu item: %s', (t) => {
    expect(isMenuItem(block(t))).toBe(false)
  })
})

const PAGES: Array<[string, string[], string, string[]]> = [
  [
    'pl',
    ['Strona główna', 'Wiadomości', 'Sport', 'Biznes', 'Wiadomości › Kraj'],
    'Molo w Marrow zamknięte na sześć tygodni. Są objazdy',
    [
      'Anna Nowak',
      'Aktualizacja: 04.03.2025 10:12',
      'Nadmorska ulica w Marrow zostanie zamknięta dla ruchu na sześć tygodni od poniedziałku, ponieważ trzeba odbudować filary starego molo, poinformował urząd miasta.',
      'Prace miały ruszyć jesienią, ale przyspieszono je, gdy inspekcja wykryła pęknięcia w dwóch żeliwnych podporach.',
    ],
  ],
  [
    'tr',
    ['Ana Sayfa', 'Gündem', 'Ekonomi', 'Spor', 'Dünya', 'GÜNDEM'],
    'Marrow sahil yolu altı hafta trafiğe kapanıyor',
    [
      'Ayşe Demir',
      '04.03.2025 - 10:12',
      "Marrow'un sahil yolu, eski iskelenin ayaklarının yeniden yapılması için pazartesiden itibaren altı hafta boyunca trafiğe kapatılacak, belediye açıkladı.",
      'Sonbaharda başlaması planlanan çalışmalar, bir denetimde iki dökme demir ayakta çatlak bulunması üzerine öne çekildi.',
    ],
  ],
  [
    'id',
    ['Beranda', 'Berita', 'Nasional', 'Ekonomi', 'Olahraga', 'Beranda > Berita > Daerah'],
    'Jalan Pantai Marrow Ditutup Enam Minggu',
    [
      'Selasa, 04 Mar 2025 10:12 WIB',
      'Jalan pantai di Marrow akan ditutup untuk lalu lintas selama enam minggu mulai Senin untuk membangun kembali tiang-tiang dermaga tua, kata pemerintah kota.',
      'Pekerjaan itu semula dijadwalkan pada musim gugur, tetapi dipercepat setelah pemeriksaan menemukan retakan pada dua tiang besi cor.',
    ],
  ],
  [
    'hi',
    ['होम', 'देश', 'विदेश', 'खेल', 'मनोरंजन', 'देश'],
    'मैरो का समुद्री रास्ता छह हफ्ते के लिए बंद होगा',
    [
      'Updated: 04 Mar 2025, 10:12 AM IST',
      'मैरो नगर निगम ने बताया कि पुराने घाट के खंभों को फिर से बनाने के लिए समुद्र के किनारे की सड़क सोमवार से छह हफ्ते तक यातायात के लिए बंद रहेगी।',
      'काम शरद ऋतु में शुरू होना था, लेकिन जांच में लोहे के दो खंभों में दरारें मिलने के बाद इसे पहले कर दिया गया।',
    ],
  ],
]

describe('the headline past a menu left on top of copy', () => {
  test.each(PAGES)('%s: past the menu', (_, menu, headline, rest) => {
    expect(parseArticle([...menu, headline, ...rest].join('\n')).headline).toBe(headline)
  })

  const LEAD = 'The seafront road at Marrow Bay will close to traffic for six weeks from Monday, the council said.'
  test.each<[string[], string, string]>([
    // Three labels are no menu: a short headline over its byline and agency.
    [['Pier shut', 'By Jane Roe', 'AP'], 'Pier shut', LEAD],
    // A run of labels over a paragraph, no headline-shaped line: the first line stays the headline.
    [
      ['Pier shut', 'Marrow', 'Harbour', 'Council'],
      'Pier shut',
      'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said in a statement issued on Tuesday.',
    ],
  ])('%j: the first line is the headline', (top, headline, lead) => {
    const text = [
      ...top,
      lead,
      'Work on the pier was brought forward after an inspection found cracks in two of its iron legs.',
    ].join('\n')
    expect(parseArticle(text).headline).toBe(headline)
  })
})
