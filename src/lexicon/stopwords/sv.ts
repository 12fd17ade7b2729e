// Swedish stopwords.
// Function words only: articles, pronouns, auxiliaries, prepositions, conjunctions,
// common adverbs. Lower case; the scorer lower-cases before looking up.
export const STOPWORDS_SV: readonly string[] = `
alla allt andra att av bara blev bli blir då de dem den denna deras dess det detta dig din dina
där dessa du efter eftersom eller en ett från för genom ha hade han hans har hela
henne hennes hon hos hur här i igen in inte jag kan kanske kunde lite man med mellan men mer mig
min mina mot mycket många måste ned nu något några när och också om oss på redan sedan sig sin
sina sitt själv ska skulle som så till under upp ut utan vad var varför varje vem vi
vid vilka vill ville vara varit än är över
`
  .split(/\s+/)
  .filter(Boolean)
