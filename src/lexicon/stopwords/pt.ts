// Portuguese stopwords.
// Function words only: articles, pronouns, auxiliaries, prepositions, conjunctions,
// common adverbs. Lower case; the scorer lower-cases before looking up.
export const STOPWORDS_PT: readonly string[] = `
a à ao aos as às até com como da das de dela dele deles depois do dos e é ela elas ele eles em
entre era essa essas esse esses esta está estão estas este estes eu foi foram há isso isto já
la lhe lhes mais mas me mesmo meu minha muito na não nas nem no nos nós nossa nosso num numa o os
ou para pela pelas pelo pelos por porque quais qual quando que quem se sem ser seu seus só sua
suas também te tem têm tu um uma umas uns você vocês
`
  .split(/\s+/)
  .filter(Boolean)
