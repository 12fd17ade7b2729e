// German: how dpa-style and web copy ties a quotation to its speaker.
//   "Er bleibt unverzichtbar", so Vossberg.              → so (afterQuote), Vossberg
//   »…«, sagt Vereinssprecher Lorenz gegenüber »tz«. → sagt; role Vereinssprecher, speaker Lorenz
//   Stuttgarts Sportdirektorin Kim Vossberg versichert: "…" → versichert; role Stuttgarts Sportdirektorin
//   »…«, räumt Lorenz ein.                              → räumt … ein (separable)
//   laut Lorenz »ein Ort für alle«                       → laut (according)
// Not cues: »Toolkit« entwickelt (no verb of saying), der Sprecher des Vereins (no verb).
import { type SpeechLexicon, words } from './speech-lexicon.js'

export const SPEECH_DE: SpeechLexicon = {
  code: 'de',
  verbs: words(`
    sagt sagte sagten sagen gesagt erklärt erklärte erklärten erklären betont betonte betonten meint meinte
    meinten ergänzt ergänzte berichtet berichtete erzählt erzählte warnt warnte warnten schreibt schrieb
    kritisiert kritisierte versichert versicherte bekräftigt bekräftigte unterstreicht unterstrich antwortet
    antwortete fordert forderte mahnt mahnte erläutert erläuterte bestätigt bestätigte verkündet verkündete
    klagt klagte beklagt beklagte lobt lobte ruft rief fragt fragte resümiert resümierte urteilt urteilte
    erinnert erinnerte twittert twitterte betonte sagt bilanziert bilanzierte argumentiert argumentierte
    versprach verspricht gestand gesteht bemerkt bemerkte erwidert erwiderte
    entgegnet entgegnete beteuert beteuerte prophezeit prophezeite hieß heißt`),
  introducing: words('nennt nannte bezeichnet bezeichnete spricht sprach'),
  separable: [
    ['räumt', 'ein'],
    ['räumte', 'ein'],
    ['fügt', 'hinzu'],
    ['fügte', 'hinzu'],
    ['stellt', 'klar'],
    ['stellte', 'klar'],
    ['teilt', 'mit'],
    ['teilte', 'mit'],
    ['gibt', 'zu'],
    ['gab', 'zu'],
    ['gibt', 'an'],
    ['gab', 'an'],
    ['führt', 'aus'],
    ['führte', 'aus'],
    ['hebt', 'hervor'],
    ['hob', 'hervor'],
    ['merkt', 'an'],
    ['merkte', 'an'],
    ['weist', 'hin'],
    ['wies', 'hin'],
    ['kündigt', 'an'],
    ['kündigte', 'an'],
  ],
  auxiliaries: words('hat hatte haben hatten'),
  according: words('laut gemäß'),
  accordingAfter: words('zufolge'),
  afterQuote: words('so'),
  pronouns: words('er sie'),
  expletives: words('es'),
  determiners: words(`
    der die das den dem des ein eine einen einem einer eines sein seine seinen seiner ihr ihre ihren ihrer
    dieser diese diesen`),
  indefinites: words('ein eine einen einem einer eines'),
  titles: words(`
    kanzler kanzlerin bundeskanzler bundeskanzlerin minister ministerin präsident präsidentin bürgermeister
    bürgermeisterin sprecher sprecherin direktor direktorin chef chefin leiter leiterin trainer trainerin
    vorsitzende vorsitzender geschäftsführer geschäftsführerin organisator organisatorin aktivist aktivistin
    experte expertin professor professorin staatssekretär staatssekretärin abgeordnete abgeordneter senator
    senatorin gouverneur gouverneurin richter richterin anwalt anwältin analyst analystin ökonom ökonomin
    reporter reporterin journalist journalistin bischof papst könig königin general kapitän kommissar
    kommissarin botschafter botschafterin landrat landrätin ministerpräsident ministerpräsidentin vorstand
    manager managerin gründer gründerin mitgründer mitgründerin forscher forscherin wissenschaftler
    wissenschaftlerin arzt ärztin virologe virologin polizist polizistin staatsanwalt staatsanwältin
    oberbürgermeister oberbürgermeisterin regierungschef regierungschefin vizekanzler vizekanzlerin politiker
    politikerin`),
  compounds: true,
  honorifics: words('herr frau dr prof'),
  particles: words('von van der de zu'),
  stops: words(`
    in im an am auf aus bei beim mit nach vor vom von zu zum zur über unter gegenüber während wegen seit
    und aber oder denn doch dass weil wenn als wie der die das dem den welche welcher welches`),
  relatives: words('der die das welcher welche'),
  conjunctions: words('und aber oder denn doch dass weil wenn als ob sondern'),
  adverbs: words(`
    auch noch nun jetzt dann bereits schon ebenfalls zudem außerdem weiter gestern heute abschließend
    zuletzt damals später erneut dazu immer ausdrücklich`),
  openers: words(`
    doch aber und auch noch so dann da nun zwar denn die der das ein eine für im in am bei mit nach seit
    schon trotzdem zumindest zudem dabei damit deshalb dennoch außerdem aktuell`),
  works: words(`
    film films buch roman serie sendung dokumentation dokumentarfilm album
    lied song stück theaterstück preis operation magazin zeitschrift kolumne kampagne`),
  organisations: words(`
    gmbh ag verein verband partei ministerium universität gruppe gewerkschaft stiftung institut bank
    zeitung gericht rat amt union`),
  dashQuotes: 'never',
}
