// Italian: how ANSA-style and web copy ties a quotation to its speaker.
//   “…”, ha detto il ministro.                        → ha detto; speaker il ministro
//   “La mostra – spiegano gli organizzatori – resta …”  → one quote split around the inserted attribution
//   secondo il premier, “…”                           → secondo (according)
// Not cues: il “Festival del Mare” (a name), il cosiddetto “tetto di spesa” with no verb of saying.
import { type SpeechLexicon, words } from './speech-lexicon.js'

export const SPEECH_IT: SpeechLexicon = {
  code: 'it',
  verbs: words(`
    dice dicono detto disse dissero dichiara dichiarano dichiarato dichiarò spiega spiegano spiegato spiegò
    aggiunge aggiungono aggiunto aggiunse afferma affermano affermato affermò sottolinea sottolineano
    sottolineato sottolineò ribadisce ribadito ribadì precisa precisato precisò commenta commentato commentò
    osserva osservato osservò conclude concluso concluse ricorda ricordato ricordò annuncia annunciato
    annunciò racconta raccontato raccontò scrive scrivono scritto scrisse assicura assicurato assicurò
    avverte avvertono avvertito avvertì evidenzia evidenziato evidenziò sostiene sostenuto sostenne
    replica replicato replicò risponde risposto rispose insiste insistito chiarisce chiarito incalza
    conferma confermato prosegue proseguito ammette ammesso denuncia denunciato dichiarava spiegava diceva
    raccontava si legge legge`),
  introducing: words('definisce definito definì chiama chiamato parla parlato'),
  auxiliaries: words('ha hanno aveva avevano avrebbe'),
  according: words('secondo'),
  forSource: words('per'),
  pronouns: words('lui lei egli ella'),
  determiners: words('il lo la i gli le l un uno una suo sua suoi sue questo questa quel quella'),
  plurals: words('i gli le'),
  indefinites: words('un uno una'),
  titles: words(`
    presidente presidenti ministro ministra premier portavoce direttore direttrice segretario segretaria
    sindaco sindaca deputato deputata senatore senatrice giudice procuratore procuratrice avvocato avvocata
    capo leader ricercatore ricercatrice ricercatori scienziato scienziata scienziati esperto esperta
    esperti professore professoressa giornalista attivista attivisti allenatore tecnico ct commissario
    ambasciatore governatore dottore dottoressa medico economista analista fondatore fondatrice papa re
    regina vescovo generale colonnello consigliere assessore responsabile amministratore`),
  elisions: words('l dell dall nell sull all coll un quest quell d'),
  honorifics: words('sig sig.ra dott dott.ssa on'),
  particles: words('de di del della dell da dal van von'),
  stops: words(`
    a al alla ai all in nel nella nell con coll da dal dall per su sul sull tra fra durante dopo prima contro che chi
    cui quando
    dove e ma o mentre perché come se`),
  relatives: words('che chi'),
  conjunctions: words('e ed ma o che quando mentre se perché'),
  adverbs: words(`
    anche ancora inoltre poi già ieri oggi infine lunedì martedì mercoledì giovedì venerdì sabato domenica
    stamattina stasera si ci ne gli`),
  openers: words(`
    ma e però anche poi il lo la i gli le un una in per con da su secondo a al della del se quando`),
  works: words('film libro romanzo serie programma documentario album canzone opera premio operazione rivista rubrica'),
  organisations: words(`
    università ministero governo parlamento senato istituto agenzia commissione consiglio partito sindacato
    associazione fondazione banca ospedale tribunale corte`),
  dashQuotes: 'attributed',
}
