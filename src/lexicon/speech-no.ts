// Norwegian (Bokmål): how NTB-style copy ties a quotation to its speaker. Quotations open with a dash at the
// start of the paragraph (or of a sentence, where copy ran paragraphs together); the attribution closes it.
//   – Hvis fergene ikke går, vil det ramme hele øya, sier Dahl.              → sier; speaker Dahl
//   – …, forteller Ola Kristian Dahl i Fjordlinjen.                          → forteller; stops at "i"
//   ifølge politiet …                                                        → ifølge (according)
import { type SpeechLexicon, words } from './speech-lexicon.js'

export const SPEECH_NO: SpeechLexicon = {
  code: 'no',
  verbs: words(`
    sier sa forteller fortalte forklarer forklarte skriver skrev mener mente understreker understreket
    opplyser opplyste uttaler uttalte påpeker påpekte råder rådet advarer advarte svarer svarte
    konstaterer konstaterte bekrefter bekreftet erkjenner erkjente legger la spør spurte roper ropte`),
  separable: [
    ['legger', 'til'],
    ['la', 'til'],
  ],
  according: words('ifølge'),
  pronouns: words('han hun'),
  expletives: words('det'),
  determiners: words('den det de en et ei hans hennes deres denne dette'),
  indefinites: words('en et ei'),
  titles: words(`
    minister statsminister direktør leder lederen sjef sjefen talsmann talsperson ordfører professor
    forsker ekspert advokat dommer trener landslagssjef politimester økonom analytiker administrerende`),
  compounds: true,
  particles: words('von van de af'),
  stops: words(`
    i på til fra med for om ved hos etter under over mot uten og men eller som der da når hvis fordi at`),
  relatives: words('som'),
  conjunctions: words('og men eller at når hvis fordi'),
  adverbs: words('også nå så da igjen dessuten fortsatt'),
  openers: words('men og så da nå det den der de en et i på for etter hvis når'),
  works: words('film bok roman serie program dokumentar album sang forestilling pris operasjon'),
  organisations: words('departement universitet direktorat selskap parti'),
  dashQuotes: 'always',
}
