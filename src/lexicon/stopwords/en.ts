// English stopwords, after the function-word core of the jusText and Snowball lists.
// Function words only: articles, pronouns, auxiliaries, prepositions, conjunctions,
// common adverbs. Lower case; the scorer lower-cases before looking up.
export const STOPWORDS_EN: readonly string[] = `
a about above after again against all also although am an and another any are around as at back be
because been before being below between both but by can could did do does doing done down during
each either else even ever every few for from further get gets got had has have having he her here
hers herself him himself his how however i if in into is it its itself just least less like made
make many may me might more most much must my myself neither never no nor not now of off often on
once one only or other others our ours ourselves out over own per perhaps quite rather really said
same say says shall she should since so some such than that the their theirs them themselves then
there these they this those though through thus to too toward under until up upon us very via was
we well were what whatever when where whether which while who whom whose why will with within
without would yet you your yours yourself
`
  .split(/\s+/)
  .filter(Boolean)
