// Dutch: how ANP-style and web copy ties a quotation to its speaker.
//   ,,…'', zei Anselma Zwaagstra van CNV.   → zei; speaker Anselma Zwaagstra (,,…'' is the typewriter pair)
//   "…", aldus de minister.                 → aldus (afterQuote)
//   volgens De Vries is het "te vroeg"       → volgens (according)
//   "…", liet hij weten.                    → liet … weten (separable)
// Not cues: de actie "Zwarte Zaterdag" (a name), waarschuwen ze in een brief (no quote).
import { type SpeechLexicon, words } from './speech-lexicon.js'

export const SPEECH_NL: SpeechLexicon = {
  code: 'nl',
  verbs: words(`
    zei zegt zeggen zeiden verklaarde verklaart verklaarden vertelde vertelt stelde stelt benadrukte
    benadrukt schreef schrijft meldde meldt waarschuwde waarschuwt waarschuwen reageerde reageert
    antwoordde antwoordt vond vindt erkende erkent bevestigde bevestigt beloofde belooft sprak zegt
    gezegd verklaard verteld gesteld geschreven gemeld gewaarschuwd gereageerd geantwoord erkend bevestigd
    concludeerde concludeert twitterde twittert riep roept vroeg vraagt`),
  separable: [
    ['liet', 'weten'],
    ['laat', 'weten'],
    ['voegde', 'toe'],
    ['voegt', 'toe'],
    ['legde', 'uit'],
    ['legt', 'uit'],
    ['gaf', 'aan'],
    ['geeft', 'aan'],
    ['gaf', 'toe'],
    ['geeft', 'toe'],
    ['merkte', 'op'],
    ['merkt', 'op'],
    ['wees', 'op'],
    ['wijst', 'op'],
  ],
  auxiliaries: words('heeft hebben had hadden'),
  according: words('volgens'),
  afterQuote: words('aldus'),
  pronouns: words('hij zij ze'),
  expletives: words('het'),
  determiners: words('de het een zijn haar die dat deze dit'),
  indefinites: words('een'),
  titles: words(`
    minister premier president voorzitter woordvoerder woordvoerster directeur burgemeester topman topvrouw
    bestuurder ceo hoogleraar onderzoeker deskundige expert advocaat officier rechter trainer coach
    bondscoach wethouder kamerlid staatssecretaris commissaris ambassadeur koning koningin paus bisschop
    generaal politicus econoom analist journalist bestuursvoorzitter`),
  compounds: true,
  honorifics: words('dhr mevr mr dr prof'),
  particles: words('van de der den het ter ten von'),
  stops: words(`
    in op aan bij met naar voor van uit tegen over na tijdens door om en maar of want dat die wie waar als
    omdat toen terwijl`),
  relatives: words('die dat wie'),
  conjunctions: words('en maar of dat als omdat want toen'),
  adverbs: words('ook nog nu dan al eerder later gisteren vandaag maandag dinsdag woensdag donderdag vrijdag'),
  openers: words('maar en ook de het een in op voor volgens bij met na toen als want dus daarom wel zo'),
  works: words('film boek roman serie programma documentaire album nummer lied stuk prijs operatie tijdschrift column'),
  organisations: words(`
    ministerie universiteit regering kamer partij vakbond stichting instituut bank ziekenhuis rechtbank
    gemeente bond`),
  dashQuotes: 'never',
}
