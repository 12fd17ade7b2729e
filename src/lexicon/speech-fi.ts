// Finnish: how STT-style copy ties a quotation to its speaker. Quotations open with a dash at the start of
// the paragraph; the speaker usually comes before the verb, and names are inflected.
//   – Kyseessä on ollut yksi laajimmista jutuista, Mäkelä sanoi.   → sanoi; speaker Mäkelä
//   – …, kertoo syyttäjä Pasi Vainio.                             → kertoo; role syyttäjä
//   Åbergin mukaan …                                              → mukaan (accordingAfter; Åbergin is Åberg's)
import { type SpeechLexicon, words } from './speech-lexicon.js'

export const SPEECH_FI: SpeechLexicon = {
  code: 'fi',
  verbs: words(`
    sanoi sanoo sanovat sanoivat kertoo kertoi kertovat kertoivat toteaa totesi muistuttaa muistutti
    painottaa painotti korostaa korosti arvioi arvioivat kirjoittaa kirjoitti selittää selitti lisää lisäsi
    vakuuttaa vakuutti huomauttaa huomautti kommentoi vastaa vastasi varoittaa varoitti myöntää myönsi
    ilmoittaa ilmoitti kuvasi kuvaa`),
  according: [],
  accordingAfter: words('mukaan'),
  nameEndings: words('lle llä lla ltä lta ssä ssa stä sta in n'),
  pronouns: words('hän'),
  determiners: [],
  indefinites: words(''),
  titles: words(`
    syyttäjä johtaja toiminnanjohtaja toimitusjohtaja ministeri pääministeri presidentti puheenjohtaja
    tutkija professori asiantuntija komisario päällikkö poliisipäällikkö tiedottaja ekonomisti analyytikko
    valmentaja kansanedustaja pormestari`),
  compounds: true,
  particles: words('von van de af'),
  stops: words('ja mutta tai kun että jos koska sekä eli'),
  relatives: words('joka jotka'),
  conjunctions: words('ja mutta tai että kun jos koska'),
  adverbs: words('myös nyt vielä jo sitten'),
  openers: words('mutta ja kun jos nyt myös se hän tämä'),
  works: words('elokuva kirja romaani sarja ohjelma dokumentti albumi laulu näytelmä palkinto'),
  organisations: words('ministeriö yliopisto virasto yhtiö puolue'),
  dashQuotes: 'always',
}
