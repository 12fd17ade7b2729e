import type { Examples } from './examples.js'

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

// A headline that is one quotation, whole, as each language's pairs set it: “…” and ‘…’ (English), „…“ (German),
// „…” (Polish), «…» and »…« (French, Russian, German books), "…", 「…」 and 『…』 (Japanese, Chinese). Pages set a
// speaker's words over a line that says who spoke and why (the dek).
export const WHOLE_QUOTATION = new RegExp(
  [
    '^(?:“[^“”]+”|„[^„“”]+[“”]|«[^«»]+»|»[^»«]+«|"[^"]+"|‘[^‘’]+’|‚[^‚‘]+‘',
    '|「[^「」]+」|『[^『』]+』|‹[^‹›]+›)$',
  ].join(''),
  'u',
)
/** @examples read by test/lexicon-examples.test.ts */
export const WHOLE_QUOTATION_EXAMPLES: Examples = {
  match: [
    '“We had no other choice”',
    '„Die Brücke hätte einstürzen können“',
    '« On ne pouvait plus attendre »',
    '«Нам некуда отступать»',
    '「安全のためだ」',
    '"It was the only way"',
  ],
  noMatch: [
    '“We had no other choice,” says the mayor',
    'Mayor: “We had no other choice”',
    '« On ne pouvait plus attendre » : le pont de Marrow fermé six semaines',
    '“Safe” pier to reopen after “minor” repairs',
    'Pier repairs to close seafront road',
  ],
}
