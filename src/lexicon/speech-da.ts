// Danish: how Ritzau-style copy ties a quotation to its speaker. Quotations open with a dash at the start
// of the paragraph; the attribution closes it after a comma.
//   - Det er en succes, siger Mette Lund Kragh, ansvarlig for projektet, til fagbladet.
//       → siger; speaker Mette Lund Kragh, role "ansvarlig for projektet"
//   - …, fortæller Hansen.  /  ifølge ministeren …
// Not cues: "fjeld" på færøsk (one word), en norsk "Nordlys"-raket (a name).
import { type SpeechLexicon, words } from './speech-lexicon.js'

export const SPEECH_DA: SpeechLexicon = {
  code: 'da',
  verbs: words(`
    siger sagde fortæller fortalte forklarer forklarede skriver skrev mener mente tilføjer tilføjede
    understreger understregede oplyser oplyste udtaler udtalte påpeger påpegede vurderer vurderede erkender
    erkendte bekræfter bekræftede advarer advarede svarer svarede konstaterer konstaterede uddyber uddybede
    fastslår fastslog lyder lød råber råbte spørger spurgte`),
  separable: [
    ['slår', 'fast'],
    ['slog', 'fast'],
  ],
  according: words('ifølge'),
  pronouns: words('han hun'),
  expletives: words('det'),
  determiners: words('den det de en et hans hendes deres denne dette'),
  indefinites: words('en et'),
  titles: words(`
    minister ministeren statsminister direktør direktøren formand formanden forkvinde talsmand talskvinde
    chef chefen leder lederen borgmester borgmesteren professor forsker forskeren ekspert eksperten
    ansvarlig astrofysiker ordfører advokat anklager dommer træner landstræner politiinspektør
    politikommissær konge dronning økonom økonomen analytiker`),
  compounds: true,
  particles: words('von van de af'),
  stops: words(`
    i på til fra med for om ved hos efter under over mod uden og men eller som der da når hvis fordi at`),
  relatives: words('der som'),
  conjunctions: words('og men eller at når hvis fordi'),
  adverbs: words('også nu så da igen desuden endnu'),
  openers: words('men og så da nu det den der de en et i på for efter hvis når'),
  works: words('film bog roman serie program dokumentar album sang forestilling pris operation'),
  organisations: words('ministerium ministeriet universitet styrelse styrelsen forsvaret selskab parti'),
  dashQuotes: 'always',
}
