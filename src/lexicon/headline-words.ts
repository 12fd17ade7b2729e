// Words a headline never ends with: a headline set on two lines whose first line ends with one
// runs on into the second ("Cancellation of" / "Frost Warning for Tablelands").
// Prepositions, articles and conjunctions of the languages agencies file in — not "up" or "over",
// which end headlines ("Prices go up").
export const CONTINUING_WORDS: readonly string[] = [
  // English
  'of',
  'for',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'and',
  'or',
  'the',
  'a',
  'an',
  // German
  'der',
  'die',
  'das',
  'und',
  'von',
  'für',
  'mit',
  // French, Spanish, Italian, Portuguese
  'de',
  'du',
  'des',
  'le',
  'la',
  'et',
  'pour',
  'del',
  'el',
  'y',
  'para',
  'en',
  'di',
  'e',
]
