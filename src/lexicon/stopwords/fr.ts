// French stopwords.
// Function words only: articles, pronouns, auxiliaries, prepositions, conjunctions,
// common adverbs. Lower case; the scorer lower-cases before looking up.
export const STOPWORDS_FR: readonly string[] = `
à a afin ai aie après sera seront pendant ainsi alors au aucun aussi autre autres aux avait avant avec avoir
ayant c ce ceci
cela celle celles celui cependant ces cet cette ceux chaque chez comme comment d dans de depuis des
deux dont du elle elles en encore entre est et été être eu eux fait faut fois ici il ils j je l
la le les leur leurs lors lui m ma mais me même mes moi moins mon n ne ni nos notre nous on ont ou
où par parce pas peu peut plus pour pourquoi qu quand que quel quelle quelles quels qui s sa sans
se selon ses si son sont sous sur t ta te tes toi ton tous tout toute toutes très tu un une vers
vos votre vous y
`
  .split(/\s+/)
  .filter(Boolean)
