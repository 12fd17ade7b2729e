// Finnish stopwords.
// Function words only: pronouns and their common cases, the verb "olla" and the negative
// verb, conjunctions, postpositions and common adverbs. Lower case; the scorer lower-cases
// before looking up.
export const STOPWORDS_FI: readonly string[] = `
ei eikä eli ennen ette että he heidän hän hänen ja jo joka jolla jonka jos jotka jotta kaikki
kanssa koska kuin kun me meidän mikä miksi miten minä missä mitä mukaan mutta myös ne niiden
niin nyt olemme olen oli olisi olivat olla on ovat paljon se sekä sen siis sillä siinä siitä
sitten sitä sinä tai te tämä tässä tästä tätä vaan vai vain vielä voi yli jälkeen aikana noin
jopa lähes
`
  .split(/\s+/)
  .filter(Boolean)
