// Norwegian (Bokmål) stopwords.
// Function words only: articles, pronouns, auxiliaries, prepositions, conjunctions,
// common adverbs. Lower case; the scorer lower-cases before looking up.
export const STOPWORDS_NO: readonly string[] = `
alle allerede alt andre at av bare ble bli blir da de deg dem den denne der deres det dette din
dine disse du eller en enn er et etter for fordi fortsatt fra gjennom ha hadde han hans har hele
henne hennes her hos hun hva hvem hver hvilke hvis hvor hvordan hvorfor i igjen ikke inn jeg kan
kanskje kun kunne litt man mange med meg mellom men mer min mine mot mye må ned noe noen nå når
og også om opp oss over på sammen seg selv sin sine sitt skal skulle som så til ut uten under
var vi vil ville være vært
`
  .split(/\s+/)
  .filter(Boolean)
