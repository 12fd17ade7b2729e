// Dutch stopwords.
// Function words only: articles, pronouns, auxiliaries, prepositions, conjunctions,
// common adverbs. Lower case; the scorer lower-cases before looking up.
export const STOPWORDS_NL: readonly string[] = `
aan al alle als altijd ben bij dan dat de deze die dit doch doen door dus een eens en er ge geen
geweest haar had heb hebben heeft hem het hier hij hoe hun ik in is ja je kan kon kunnen maar me
meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te
tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd wie wij wordt worden zal
ze zelf zich zij zijn zo zonder zou
`
  .split(/\s+/)
  .filter(Boolean)
