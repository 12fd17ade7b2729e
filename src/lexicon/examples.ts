/**
 * Lines a pattern claims (`match`) and lines like them that it must leave
 * alone (`noMatch`). Every lexicon pattern carries them, as an `examples`
 * field of its entry or as an export named after it (`SIGNOFF_EXAMPLES` for
 * `SIGNOFF`); test/lexicon-examples.test.ts runs them all, so a new pattern
 * is tested by writing down what it is for.
 */
export interface Examples {
  match: readonly string[]
  noMatch: readonly string[]
}
