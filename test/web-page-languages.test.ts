import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

// Pages from news sites in languages we hold no stopword list for (Polish, Turkish, Indonesian, Czech …), and the
// footers sites in many countries print: written here in the shape of the real thing, never copied.

const page = (lines: string[]) => lines.join('\n\n')
const bodyOf = (text: string) => parseArticle(text).body.map((b) => ('text' in b ? b.text : ''))
const boilerplateOf = (text: string) => parseArticle(text).boilerplate.map((b) => b.text)

const PL = {
  menu: ['Strona główna', 'Kraj', 'Świat', 'Biznes'],
  headline: 'Nowy prom połączy port w Marrow z wyspą Holm od maja',
  story: [
    'Urząd miasta Marrow podpisał we wtorek umowę na budowę nowego promu, który od maja będzie kursował między portem a wyspą Holm. Statek pomieści 300 pasażerów i 40 samochodów.',
    'Stary prom pływa od 1987 roku i zeszłej zimy kilka razy się psuł. W styczniu mieszkańcy wyspy przez trzy tygodnie musieli korzystać ze statku wycieczkowego, co wydłużyło podróż do szkoły i lekarza.',
    'Budowa ma ruszyć w lutym w stoczni w Gdańsku, która na czas zlecenia zatrudni osiemdziesiąt osób, podała spółka.',
  ],
  tail: ['Tagi:', 'prom', 'transport', 'Udostępnij', 'Polecamy', 'Copyright © 2026 Gazeta Portowa'],
}
const TR = {
  menu: ['Ana Sayfa', 'Gündem', 'Ekonomi', 'Spor'],
  headline: 'Marrow limanına mayıs ayında yeni feribot geliyor',
  story: [
    'Marrow Belediyesi salı günü Holm adasına sefer yapacak yeni bir feribotun yapımı için sözleşme imzaladı. Gemi 300 yolcu ve 40 araç taşıyabilecek.',
    "Eski feribot 1987'den beri hizmet veriyor ve geçen kış birkaç kez arızalandı. Ocak ayında ada sakinleri üç hafta boyunca bir gezi teknesi kullanmak zorunda kaldı.",
    'Tersane, inşaat süresince seksen işçi alacağını ve geminin gelecek yılın mayıs ayında teslim edileceğini açıkladı.',
  ],
  tail: ['Etiketler', 'feribot', 'ulaşım', 'Paylaş', 'Yorumlar', 'Künye', 'Gizlilik Politikası'],
}
const ID = {
  menu: ['Beranda', 'Nasional', 'Internasional', 'Ekonomi'],
  headline: 'Kapal feri baru akan melayani rute Marrow ke Pulau Holm mulai Mei',
  story: [
    'Pemerintah Kota Marrow pada Selasa menandatangani kontrak pembangunan kapal feri baru yang akan melayani rute dari pelabuhan ke Pulau Holm. Kapal itu mampu mengangkut 300 penumpang dan 40 mobil.',
    'Feri lama sudah beroperasi sejak 1987 dan beberapa kali rusak pada musim dingin lalu. Pada Januari, warga pulau harus menggunakan kapal wisata selama tiga minggu.',
    'Galangan kapal di Surabaya akan merekrut delapan puluh pekerja selama pembangunan, kata juru bicara perusahaan.',
  ],
  tail: ['Tag', 'kapal feri', 'transportasi', 'Bagikan', 'Berita Terkait', 'Galangan kapal rekrut 80 pekerja'],
}

describe('a page in a Latin-script language with no stopword list is read by the shape of its prose', () => {
  test.each([
    ['Polish', PL],
    ['Turkish', TR],
    ['Indonesian', ID],
  ])('%s: the menu and the footer are residue, the story is the body', (_, p) => {
    const text = page([...p.menu, p.headline, ...p.story, ...p.tail])
    expect(parseArticle(text).headline).toBe(p.headline)
    expect(bodyOf(text)).toEqual(p.story)
    expect(boilerplateOf(text)).toEqual(expect.arrayContaining([...p.menu, ...p.tail.slice(0, 3)]))
  })

  test.each([
    ['Polish', PL],
    ['Turkish', TR],
    ['Indonesian', ID],
  ])('%s: clean copy (a headline over its story, no page around it) is left whole', (_, p) => {
    const text = page([p.headline, ...p.story])
    expect(bodyOf(text)).toEqual(p.story)
    expect(boilerplateOf(text)).toEqual([])
  })
})

describe("a publisher's imprint and a copyright notice in the site's language close the page", () => {
  const story = [
    'Il Comune di Marrow ha firmato martedì il contratto per la costruzione di un nuovo traghetto che collegherà il porto all’isola di Holm. La nave potrà trasportare 300 passeggeri e 40 automobili.',
    'Il vecchio traghetto, in servizio dal 1987, si è guastato più volte lo scorso inverno. A gennaio gli abitanti dell’isola hanno dovuto usare un battello turistico per tre settimane.',
    'I lavori inizieranno a febbraio nel cantiere di La Spezia, che assumerà ottanta operai per la commessa.',
  ]
  test('the Italian copyright notice is boilerplate', () => {
    const line = 'Riproduzione riservata ©'
    const text = page(['Home', 'Cronaca', 'Politica', 'Traghetto nuovo a Marrow da maggio', ...story, line])
    expect(boilerplateOf(text)).toContain(line)
    expect(bodyOf(text)).toEqual(story)
  })

  // Read by its shape (no stopword list), an imprint row with a comma in it would pass for prose.
  test.each([
    'Gazeta Portowa Sp. z o.o. - ul. Portowa 12, 80-001 Gdańsk - NIP 123-456-78-90 - Tel. 58 123 45 67',
    'Wydawca: Gazeta Portowa, ul. Portowa 12, 80-001 Gdańsk - KRS 0000123456 - tel. 58 123 45 67',
  ])('an imprint row under a page no stopword list reads is boilerplate: %s', (line) => {
    const text = page([...PL.menu, PL.headline, ...PL.story, line, ...PL.tail])
    expect(boilerplateOf(text)).toContain(line)
    expect(bodyOf(text)).toEqual(PL.story)
  })

  test.each([
    [
      'a phone number in a sentence',
      'Per informazioni si può chiamare il numero Tel. 0187 123456 - dice il Comune - fino a maggio.',
    ],
    [
      'a street in a sentence',
      'La biglietteria resta in Via del Porto 12, a due passi dal molo, aperta tutti i giorni.',
    ],
  ])('%s at the foot of the story stays in it', (_, line) => {
    const text = page(['Home', 'Cronaca', 'Politica', 'Traghetto nuovo a Marrow da maggio', ...story, line])
    expect(bodyOf(text)).toContain(line)
  })
})

describe('a "read also" teaser set inside the story, as sites in other languages label it', () => {
  const withTeaser = (p: typeof PL, teaser: string[]) =>
    page([...p.menu, p.headline, p.story[0]!, ...teaser, p.story[1]!, p.story[2]!, ...p.tail])

  test.each([
    ['Polish, label over the title', PL, ['Czytaj także:', 'Mieszkańcy Holm chcą więcej kursów']],
    ['Polish, label and title on one line', PL, ['Zobacz też: Stocznia w Gdańsku zatrudni 80 osób']],
    ['Turkish, header over the title', TR, ['İlginizi çekebilir', 'Holm sakinleri daha fazla sefer istiyor']],
    ['Indonesian, label and title on one line', ID, ['Baca juga: Warga Holm minta jadwal feri ditambah']],
  ])('%s: the teaser is boilerplate, the story whole', (_, p, teaser) => {
    const text = withTeaser(p, teaser)
    expect(bodyOf(text)).toEqual(p.story)
    expect(boilerplateOf(text)).toEqual(expect.arrayContaining(teaser))
  })

  test.each([
    ['Polish', PL, 'Czytaj także książki o morzu, radził mieszkańcom burmistrz podczas spotkania w porcie.'],
    ['Indonesian', ID, 'Baca juga pengumuman resmi wali kota, kata juru bicara kepada wartawan di pelabuhan.'],
  ])('%s: a paragraph that opens with the same words stays in the story', (_, p, line) => {
    const text = withTeaser(p, [line])
    expect(bodyOf(text)).toEqual([p.story[0], line, p.story[1], p.story[2]])
  })
})

describe('a paywall note and a sign-up box where sites in other languages write them', () => {
  const DE = [
    'Die neue Fähre zwischen Marrow und der Insel Holm soll im Mai ihren Dienst aufnehmen. Das teilten die Stadtwerke am Dienstag mit. Das Schiff bietet Platz für 300 Fahrgäste und 40 Autos.',
    'Die alte Fähre ist seit 1987 im Einsatz und musste im vergangenen Winter mehrfach in die Werft. Im Januar fiel sie wegen eines Motorschadens drei Wochen lang aus.',
  ]
  const FR = [
    'Le conseil municipal de Marrow a voté mardi soir l’achat d’un nouveau ferry pour desservir l’île de Holm. Le navire pourra transporter 300 passagers et quarante voitures.',
    'Le vieux bateau, en service depuis 1987, a connu plusieurs pannes l’hiver dernier. En janvier, les habitants de l’île ont dû se contenter d’une vedette pendant trois semaines.',
  ]
  test.each([
    [
      'German paywall',
      ['Startseite', 'Politik', 'Wirtschaft', 'Neue Fähre ab Mai'],
      DE,
      ['Dieser Artikel ist exklusiv für Abonnenten', 'Bereits Abonnent? Hier anmelden'],
    ],
    [
      'French paywall',
      ['Accueil', 'Actualités', 'Régions', 'Un nouveau ferry en mai'],
      FR,
      ['Cet article est réservé aux abonnés.', 'Déjà abonné ? Se connecter'],
    ],
    ['Italian sign-up', ['Home', 'Cronaca', 'Politica', 'Traghetto nuovo a Marrow'], FR, ['Iscriviti alla newsletter']],
    [
      'German sign-up',
      ['Startseite', 'Politik', 'Wirtschaft', 'Neue Fähre ab Mai'],
      DE,
      ['Jetzt Newsletter abonnieren'],
    ],
  ])('%s under the story is boilerplate', (_, top, story, tail) => {
    const text = page([...top, ...story, ...tail])
    expect(bodyOf(text)).toEqual(story)
    expect(boilerplateOf(text)).toEqual(expect.arrayContaining(tail))
  })
  test('a sentence about subscribers stays in the story', () => {
    const line = 'Der Artikel ist für Abonnenten kostenlos, sagte der Verlag.'
    const text = page(['Startseite', 'Politik', 'Wirtschaft', 'Neue Fähre ab Mai', DE[0]!, line, DE[1]!])
    expect(bodyOf(text)).toEqual([DE[0], line, DE[1]])
  })
})
