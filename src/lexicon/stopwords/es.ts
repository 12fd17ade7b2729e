// Spanish stopwords.
// Function words only: articles, pronouns, auxiliaries, prepositions, conjunctions,
// common adverbs. Lower case; the scorer lower-cases before looking up.
export const STOPWORDS_ES: readonly string[] = `
a al algo algunas algunos ante antes aquel aquella así aún cada como con contra cual cuando de
del desde donde dos durante e el él ella ellas ellos en entre era eran es esa esas ese eso esos
esta está están estas este esto estos fue fueron ha había han hasta hay la las le les lo los
más me mi mientras mis muy nada ni no nos nosotros o otra otras otro otros para pero poco por
porque que qué quien se sea según ser si sí sido sin sino sobre son su sus también tan tanto te
tiene tienen todo todos tu tus un una unas uno unos y ya yo
`
  .split(/\s+/)
  .filter(Boolean)
