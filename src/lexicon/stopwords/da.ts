// Danish stopwords.
// Function words only: articles, pronouns, auxiliaries, prepositions, conjunctions,
// common adverbs. Lower case; the scorer lower-cases before looking up.
export const STOPWORDS_DA: readonly string[] = `
af alle allerede alt andre at bare blev blive bliver da de dem den denne der deres det dette dig
din dine disse du efter eller en end endnu er et for fordi fra gennem han hans har havde have hele
hende hendes her hos hun hvad hvem hver hvilke hvis hvor hvordan hvorfor i igen ikke ind jeg jer
jo kan kun kunne lidt man mange med meget mellem men mere mig min mine mod må måske ned noget
nogen nogle nu når og også om op os over på sammen selv sig sin sine sit skal skulle som stadig
så til uden ud under var vi vil ville være været
`
  .split(/\s+/)
  .filter(Boolean)
