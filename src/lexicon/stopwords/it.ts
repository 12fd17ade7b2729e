// Italian stopwords.
// Function words only: articles, pronouns, auxiliaries, prepositions, conjunctions,
// common adverbs. Lower case; the scorer lower-cases before looking up.
export const STOPWORDS_IT: readonly string[] = `
a ad agli ai al alla alle allo anche avere aveva c che chi ci come con contro cui da dai dal dalla
dalle degli dei del della delle dello di dopo dove e è ed era erano essere gli ha hanno i il in io
l la le lei li lo loro lui ma mi mio molto ne negli nei nel nella nelle nello noi non nostro o ogni
per perché più poi può quale quando quella quelle quello questa queste questi questo qui se sei
si sia siamo sono stato su sua sue sui sul sulla suo suoi tra tu tutti tutto un una uno vi voi
`
  .split(/\s+/)
  .filter(Boolean)
