// Words and punctuation of a paragraph with their offsets, and the sentence boundaries between them.

export interface Token {
  /** The word without a trailing dot ("Sen." → "Sen"), or the punctuation character. */
  t: string
  lower: string
  start: number
  end: number
  word: boolean
  /** A word that ended with a dot (an abbreviation, or a sentence end). */
  dot: boolean
  cap: boolean
}

// A word may hold inner apostrophes, dots, hyphens and ampersands: "Clinton’s", "U.S.", "right-hand", "AT&T".
// One character class per repeat and a required separator keep it linear.
const TOKEN = /[\p{L}\p{N}]+(?:[’'.&-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0]
    const word = /[\p{L}\p{N}]/u.test(raw[0]!)
    const dot = word && raw.endsWith('.')
    const t = dot ? raw.slice(0, -1) : raw
    out.push({ t, lower: t.toLowerCase(), start: m.index!, end: m.index! + raw.length, word, dot, cap: word && /^\p{Lu}/u.test(t) })
  }
  return out
}

// Abbreviations whose dot does not end a sentence: "Sen. Marco Rubio", "Dec. 8", "U.S. officials".
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'cmdr', 'maj', 'st', 'jr', 'sr',
  'rev', 'no', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'messrs',
])

/** Whether a sentence ends after token `i`. */
export function endsSentence(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i]!
  const next = tokens[i + 1]
  if (tok.word) {
    if (!tok.dot) return false
    if (ABBREVIATIONS.has(tok.lower) || /^\p{L}$/u.test(tok.t) || tok.t.includes('.')) return false
    // "of Ashton, Md., who watched": a dot before a comma ends no sentence.
    return !next || next.cap || (!next.word && next.t !== ',' && next.t !== ';' && next.t !== ')')
  }
  return (tok.t === '?' || tok.t === '!' || tok.t === '.') && (!next || next.cap || !next.word)
}

export const WEEKDAYS_MONTHS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tonight',
])
