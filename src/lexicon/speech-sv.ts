// Swedish: how TT-style copy ties a quotation to its speaker. Quotations open with a dash at the start of
// the paragraph (or stand in ”…” marks); the attribution closes them.
//   – Vi är nöjda, säger Anna Svensson.   → säger; speaker Anna Svensson
//   ”…”, sade han.                        → sade; he
//   enligt polisen …                      → enligt (according)
import { type SpeechLexicon, words } from './speech-lexicon.js'

export const SPEECH_SV: SpeechLexicon = {
  code: 'sv',
  verbs: words(`
    säger sa sade berättar berättade förklarar förklarade skriver skrev menar menade tillägger tillade
    understryker underströk uppger uppgav konstaterar konstaterade påpekar påpekade betonar betonade
    svarar svarade varnar varnade bekräftar bekräftade medger medgav frågar frågade ropar ropade`),
  according: words('enligt'),
  pronouns: words('han hon'),
  expletives: words('det'),
  determiners: words('den det de en ett hans hennes deras denna detta'),
  indefinites: words('en ett'),
  titles: words(`
    minister statsminister direktör chef ordförande talesperson talesman presschef professor forskare
    expert advokat åklagare domare tränare förbundskapten ekonom analytiker`),
  compounds: true,
  particles: words('von van de af'),
  stops: words(`
    i på till från med för om vid hos efter under över mot utan och men eller som där då när om eftersom att`),
  relatives: words('som'),
  conjunctions: words('och men eller att när om eftersom'),
  adverbs: words('också nu så då igen dessutom fortfarande'),
  openers: words('men och så då nu det den där de en ett i på för efter om när'),
  works: words('film bok roman serie program dokumentär album sång föreställning pris operation'),
  organisations: words('departement universitet myndighet bolag parti'),
  dashQuotes: 'always',
}
