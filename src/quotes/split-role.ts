import { HONORIFICS, TITLE_WORDS } from '../lexicon/titles.js'
import { ABBREVIATIONS, type Token } from './tokens.js'

export interface Speaker {
  speaker: string
  role: string | null
  /** "he"/"she": to be resolved to an earlier name. */
  pronoun: boolean
  /** A bare name (no determiner phrase): can be resolved to a fuller one. */
  name: boolean
  /** Token index where the phrase starts. */
  at?: number
}

/** The phrase `s` with another role and start (`at`, kept by default). */
export function speakerWith(s: Speaker, role: string | null, at: number | undefined = s.at): Speaker {
  return { speaker: s.speaker, role, pronoun: s.pronoun, name: s.name, at }
}

/** Source text of tokens [from, to). */
export function joinTokens(text: string, tokens: readonly Token[], from: number, to: number): string {
  if (to <= from) return ''
  const last = tokens[to - 1]!
  // A sentence's full stop is not part of the name ("said Marta Ellison."), an abbreviation's dot is ("Md.").
  const end =
    last.dot && last.t.length > 2 && !last.t.includes('.') && !ABBREVIATIONS.has(last.lower) ? last.end - 1 : last.end
  return text.slice(tokens[from]!.start, end)
}

/**
 * Splits a title off the front of a name phrase: the name starts after the last title word.
 * "Armenian Foreign Minister Ararat Mirzoyan" → role "Armenian Foreign Minister", speaker "Ararat Mirzoyan".
 * "Chelsea manager Jose Mourinho" → role "Chelsea manager". "Mr. Mitchell" stays whole (an honorific is no role).
 * "Azerbaijan Foreign Minister" (no name after the title) stays whole as the speaker.
 */
export function splitRole(text: string, tokens: readonly Token[], from: number, to: number): Speaker {
  let cut = -1
  for (let i = from; i < to - 1; i++) {
    const w = tokens[i]!.lower
    if (
      TITLE_WORDS.has(w) &&
      !(HONORIFICS.has(w) && i === from && to - from <= 3 && !TITLE_WORDS.has(tokens[i + 1]!.lower))
    )
      cut = i
  }
  // The name after the title must be capitalised words.
  if (cut >= 0 && allNameWords(tokens, cut + 1, to)) {
    return {
      speaker: joinTokens(text, tokens, cut + 1, to),
      role: joinTokens(text, tokens, from, cut + 1),
      pronoun: false,
      name: true,
    }
  }
  return { speaker: joinTokens(text, tokens, from, to), role: null, pronoun: false, name: cut < 0 }
}

function allNameWords(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!tokens[i]!.cap && !HONORIFICS.has(tokens[i]!.lower)) return false
  return true
}

/** The words of a name that identify the person: no honorifics or titles, no possessive. */
export function nameKey(name: string): string[] {
  const out: string[] = []
  for (let w of name.split(/\s+/u)) {
    if (w.endsWith('.') || w.endsWith(',')) w = w.slice(0, -1) // "Jr." "Smith,"
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2) // "Clinton's" "Clinton’s"
    if (w && !HONORIFICS.has(w.toLowerCase()) && !SUFFIX.test(w)) out.push(w)
  }
  return out
}
const SUFFIX = /^(?:jr|sr|ii|iii)$/iu
