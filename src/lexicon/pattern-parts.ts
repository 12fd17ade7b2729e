// Helpers that build a long pattern from named parts and word lists, so that
// a lexicon line stays readable and a word is added where the others are.

/** One alternation of regex parts: ["tweet", "pin(?: it)?"] → "(?:tweet|pin(?: it)?)". */
export const anyOf = (parts: readonly string[]): string => `(?:${parts.join('|')})`
