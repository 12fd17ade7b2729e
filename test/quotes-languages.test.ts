import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

// One table per language: a story body (a headline is added in front), the language the language step must
// find, and the quotes we expect from it as [quoted words (start of), speaker]. Rows pin one convention each;
// negatives expect no quote, or a quote with no speaker.
type Want = [text: string, speaker: string | null]
type Row = [name: string, body: string, want: Want[]]

const HEADLINES: Record<string, string> = {
  de: 'Streit um die Bahnstrecke',
  fr: 'La réforme en débat',
  es: 'El Gobierno mantiene su plan',
  it: 'Il governo tiene la linea',
  pt: 'O governo responde às críticas',
  nl: 'Bonden oneens over acties',
  da: 'Aftale om den nye bro',
  no: 'Handelen sliter etter krisen',
  sv: 'Bolaget växer igen',
  fi: 'Hallitus kokoontui tiistaina',
}

function check(language: string, body: string, want: Want[]) {
  const a = parseArticle(`${HEADLINES[language]}\n\n${body}\n`)
  expect(a.language).toBe(language)
  const got = a.quotes.map((q, i) => [q.text.startsWith(want[i]?.[0] ?? '\0') ? want[i]![0] : q.text, q.speaker])
  expect(got).toEqual(want)
}

describe('German', () => {
  test.each<Row>([
    [
      'title and name after the verb',
      '„Wir werden die Strecke nicht aufgeben“, sagte Verkehrsministerin Anna Keller am Montag in Berlin. Die Bahn habe die Verbindung zu lange vernachlässigt, und die Fahrgäste seien wütend.',
      [['Wir werden die Strecke nicht aufgeben', 'Anna Keller']],
    ],
    [
      '"so" after the quote, the surname resolved',
      'Anna Keller ist seit dem Frühjahr im Amt und will die Verbindungen ausbauen. »Das ist ein gutes Zeichen für die ganze Region«, so Keller. Die Züge fahren ab Dezember wieder jeden Tag.',
      [['Das ist ein gutes Zeichen', 'Anna Keller']],
    ],
    [
      'a description, then the name, before a colon',
      'Der Sprecher des Verbands, Jonas Brandt, erklärte: „Wir haben lange auf diese Entscheidung gewartet und sind nun sehr zufrieden.“ Die Mitglieder hatten seit Jahren dafür gekämpft.',
      [['Wir haben lange auf diese Entscheidung', 'Jonas Brandt']],
    ],
    [
      'laut before the quoted words',
      'Jonas Brandt vertritt die Fahrgäste seit zehn Jahren. Laut Brandt ist die Entscheidung „ein wichtiger Schritt für die Region“, aber sie komme zu spät für viele Pendler.',
      [['ein wichtiger Schritt für die Region', 'Jonas Brandt']],
    ],
    [
      'a separable verb closing the clause',
      'Die Gewerkschaft will nicht streiken. »Wir hätten früher reden müssen, das ist wahr«, räumt Jonas Brandt ein. Der Verband will nun mit der Bahn verhandeln.',
      [['Wir hätten früher reden müssen', 'Jonas Brandt']],
    ],
    [
      'an empty subject, then the source: hieß es aus …',
      'Die Bahn will die Strecke erst im Winter wieder öffnen. »Die Arbeiten dauern länger als geplant«, hieß es aus dem Ministerium.',
      [['Die Arbeiten dauern länger', 'dem Ministerium']],
    ],
    [
      'negative: an exhibition named in quotes, no cue',
      'Die Ausstellung „Licht und Schatten in der Stadt“ ist noch bis zum Sonntag im Museum zu sehen, und der Eintritt ist für alle Besucher frei.',
      [],
    ],
    [
      'negative: an indefinite description names nobody',
      '„Wir sind enttäuscht über diese Entscheidung“, sagte ein Sprecher des Vereins Pro Bahn am Dienstag. Die Züge waren im Sommer oft voll.',
      [['Wir sind enttäuscht', 'ein Sprecher des Vereins Pro Bahn']],
    ],
  ])('%s', (_name, body, want) => check('de', body, want))
})

describe('French', () => {
  test.each<Row>([
    [
      'title with its complement, then the name',
      '« Il faut agir maintenant et sans attendre », a déclaré le ministre de l’Intérieur Gérald Darmanin lors d’une visite à Lyon. Il a promis des renforts pour la police.',
      [['Il faut agir maintenant', 'Gérald Darmanin']],
    ],
    [
      'an inserted attribution with an inverted pronoun',
      'Claire Martin dirige l’hôpital depuis deux ans et connaît bien la situation. « Nous restons prudents, affirme-t-elle. Mais la situation s’améliore chaque jour dans les services. »',
      [
        ['Nous restons prudents', 'Claire Martin'],
        ['Mais la situation s’améliore', 'Claire Martin'],
      ],
    ],
    [
      'tight guillemets and a description resolved to the person named with that title',
      'La maire de Nantes, Sophie Durand, a présenté le projet mardi. «Nous n’avons pas le choix, il faut construire», a dit la maire devant le conseil.',
      [['Nous n’avons pas le choix', 'Sophie Durand']],
    ],
    [
      'selon and a pronoun',
      'Sophie Durand a répondu aux critiques de l’opposition. Selon elle, la réforme est « une erreur historique qui coûtera cher au pays » et il faut la retirer.',
      [['une erreur historique', 'Sophie Durand']],
    ],
    [
      'negative: a film title is no quotation',
      'Le film « La Haine » a été projeté hier soir dans une salle pleine, et le public a applaudi pendant de longues minutes.',
      [],
    ],
  ])('%s', (_name, body, want) => check('fr', body, want))
})

describe('Spanish', () => {
  test.each<Row>([
    [
      'a description, then the name, after the verb',
      '“No vamos a cambiar de rumbo en ningún caso”, dijo el presidente del Gobierno, Pedro Sánchez, en una rueda de prensa en Madrid.',
      [['No vamos a cambiar de rumbo', 'Pedro Sánchez']],
    ],
    [
      'a quote interrupted by its attribution between dashes',
      'El alcalde Luis García visitó el barrio el lunes por la tarde. «Es difícil para todos –admitió García– pero seguiremos trabajando con los vecinos».',
      [
        ['Es difícil para todos', 'Luis García'],
        ['pero seguiremos trabajando', 'Luis García'],
      ],
    ],
    [
      'a verb with no subject: the speaker goes on',
      'La ministra Carmen López habló con los periodistas después de la reunión. “Fue un día muy largo para todos nosotros”, afirmó.',
      [['Fue un día muy largo', 'Carmen López']],
    ],
    [
      'según and a description',
      'Carmen López presentó el plan ayer. Según la ministra, el plan es “una respuesta urgente a la crisis de la vivienda” y llegará pronto.',
      [['una respuesta urgente', 'Carmen López']],
    ],
  ])('%s', (_name, body, want) => check('es', body, want))
})

describe('Italian', () => {
  test.each<Row>([
    [
      'a compound past and a title',
      '“Il governo non arretrerà di un passo”, ha detto il ministro Carlo Bianchi durante la conferenza stampa di ieri a Roma.',
      [['Il governo non arretrerà', 'Carlo Bianchi']],
    ],
    [
      'a quote interrupted by its attribution between dashes',
      'Carlo Bianchi ha parlato con i giornalisti. “La situazione – spiega Bianchi – è sotto controllo e non c’è motivo di allarme per la città”.',
      [
        ['La situazione', 'Carlo Bianchi'],
        ['è sotto controllo', 'Carlo Bianchi'],
      ],
    ],
    [
      'an elided preposition before the agency is no role',
      'Carlo Bianchi ha parlato della riforma in mattinata. “Non cambieremo idea su questo punto”, ha spiegato all’ANSA.',
      [['Non cambieremo idea', 'Carlo Bianchi']],
    ],
  ])('%s', (_name, body, want) => check('it', body, want))
})

describe('Portuguese', () => {
  test.each<Row>([
    [
      'a hyphenated title and the name after the verb',
      '"Vamos continuar a trabalhar com todos os partidos", afirmou o primeiro-ministro António Costa em Lisboa, depois da reunião.',
      [['Vamos continuar a trabalhar', 'António Costa']],
    ],
    [
      'a pronoun after the verb',
      'António Costa respondeu às críticas da oposição no parlamento. "Foi um erro e eu assumo a responsabilidade por ele", disse ele aos jornalistas.',
      [['Foi um erro', 'António Costa']],
    ],
  ])('%s', (_name, body, want) => check('pt', body, want))
})

describe('Dutch', () => {
  test.each<Row>([
    [
      "typewriter quotes ,,…'' and a name with a particle",
      "De vissers wachten nog op een antwoord. ,,We blijven in de haven liggen tot de regels veranderen'', zei woordvoerder Petra de Vries van de visserijbond.",
      [['We blijven in de haven liggen', 'Petra de Vries']],
    ],
    [
      'aldus after the quote',
      'De gemeente heeft het plan goedgekeurd. "Dit is een belangrijke stap voor de hele regio", aldus de burgemeester van Utrecht.',
      [['Dit is een belangrijke stap', 'de burgemeester van Utrecht']],
    ],
  ])('%s', (_name, body, want) => check('nl', body, want))
})

describe('Danish', () => {
  test.each<Row>([
    [
      'a dash-quote with its attribution, and the next paragraph carrying the speaker on',
      '- Vi er meget glade for aftalen, og den kommer til at betyde meget for byen, siger borgmester Jens Hansen til Ritzau.\n\n- Det har været en lang proces, men nu kan vi endelig komme videre med arbejdet.',
      [
        ['Vi er meget glade for aftalen', 'Jens Hansen'],
        ['Det har været en lang proces', 'Jens Hansen'],
      ],
    ],
    [
      'lyder det fra: the source after the preposition',
      '- Vi forventer, at arbejdet er færdigt efter sommerferien, og at alle kan bruge broen igen, lyder det fra borgmester Jens Hansen.',
      [['Vi forventer, at arbejdet', 'Jens Hansen']],
    ],
    [
      'negative: a dash inside a sentence opens nothing',
      'En ny færge – en såkaldt elfærge – bliver sat i drift på ruten til øen mandag, hvis alt går efter planen og det sidste prøvesejlads er godt.',
      [],
    ],
  ])('%s', (_name, body, want) => check('da', body, want))
})

describe('Norwegian', () => {
  test.each<Row>([
    [
      'a dash-quote after a sentence end, where paragraphs ran together',
      'Salget falt med ti prosent i fjor, og mange butikker sliter fortsatt med å få det til å gå rundt. – Vi må kutte kostnader nå for å overleve, og det er ikke lett, sier Kari Nordmann i Handelsforbundet.',
      [['Vi må kutte kostnader', 'Kari Nordmann']],
    ],
  ])('%s', (_name, body, want) => check('no', body, want))
})

describe('Swedish', () => {
  test.each<Row>([
    [
      'a dash-quote with a name and its role',
      '– Vi är mycket nöjda med resultatet och ser fram emot nästa år, säger Anna Svensson, vd för bolaget.',
      [['Vi är mycket nöjda', 'Anna Svensson']],
    ],
    [
      '”…” marks and a pronoun',
      'Anna Svensson har lett bolaget i fem år och vill nu göra något annat. ”Det här är bara början för oss alla”, säger hon till TT.',
      [['Det här är bara början', 'Anna Svensson']],
    ],
  ])('%s', (_name, body, want) => check('sv', body, want))
})

describe('Finnish', () => {
  test.each<Row>([
    [
      'the speaker before the verb, resolved to the full name',
      'Pääministeri Matti Virtanen kertoi asiasta tiistaina. – Tilanne on nyt hyvin vakava, ja meidän on toimittava nopeasti, Virtanen sanoi.',
      [['Tilanne on nyt hyvin vakava', 'Matti Virtanen']],
    ],
  ])('%s', (_name, body, want) => check('fi', body, want))
})

describe('a language with no speech lexicon', () => {
  test('gets its quote spans and no speaker, never a wrong one', () => {
    const a = parseArticle(
      'Minister o reformie\n\n„Nie zgadzamy się z tą decyzją i będziemy protestować”, powiedział minister Jan Kowalski w poniedziałek w Warszawie.\n',
    )
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Nie zgadzamy się z tą decyzją i będziemy protestować', null],
    ])
  })
})
