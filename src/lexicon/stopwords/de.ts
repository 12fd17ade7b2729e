// German stopwords.
// Function words only: articles, pronouns, auxiliaries, prepositions, conjunctions,
// common adverbs. Lower case; the scorer lower-cases before looking up.
export const STOPWORDS_DE: readonly string[] = `
aber alle allem allen aller alles als also am an andere anderen auch auf aus bei beim bin bis bist
da dabei damit dann darauf darum das dass dem den denn der des dessen deshalb die dies diese diesem
diesen dieser dieses doch dort du durch ein eine einem einen einer eines einige er es etwa euch
euer für gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen ihr ihre
ihrem ihren ihrer im in indem ins ist ja jede jedem jeden jeder jedoch jetzt kann kein keine
können könnte man manche mehr mein meine mit muss musste nach nicht nichts noch nun nur ob oder
ohne schon sehr sein seine seinem seinen seiner seit sich sie sind so solche soll sollte sondern
sowie über um und uns unser unter viel vom von vor war waren warum was weil welche welchen welcher
wenn wer werden wie wieder will wir wird wo wurde wurden zu zum zur zwar zwischen
`
  .split(/\s+/)
  .filter(Boolean)
