// English words around a speaker phrase, for src/quotes/speaker-phrase.ts.

/** Particles inside names, between capitalised words: "Charles de Gaulle", "Osama bin Laden". */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'van',
  'von',
  'der',
  'den',
  'bin',
  'al',
  'la',
  'le',
  'del',
  'da',
  'di',
  'du',
  'el',
  'ibn',
  'of',
])

/** "said Thursday morning": times are not speakers. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'weekend',
  'month',
  'year',
  'day',
  'time',
  'earlier',
  'later',
])

/** Words and marks after which a phrase opens a clause and can be its subject. */
export const CLAUSE_JOINS: ReadonlySet<string> = new Set([
  ',',
  'and',
  'but',
  'that',
  'as',
  ';',
  '—',
  '–',
  ':',
  'when',
  'while',
  'after',
  'before',
  'because',
  'since',
  'if',
  'although',
  'though',
  'where',
  'so',
  'then',
  'until',
  'once',
])

/** Prepositions of a described-by-place subject: "a spokesman for the Harbour Trust". */
export const OF_PHRASE: ReadonlySet<string> = new Set(['of', 'in', 'on', 'for', 'at', 'from'])
