import { CUE_VERBS } from '../lexicon/speech-verbs.js'
import { HONORIFICS, ORGANISATION_WORDS, SENTENCE_OPENERS, TITLE_WORDS } from '../lexicon/titles.js'
import { ABBREVIATIONS, type Token } from './tokens.js'

/** What a language says of the words around names: titles to split off, honorifics to drop, words no name holds. */
export interface NameRules {
  isTitle: (lower: string) => boolean
  isHonorific: (lower: string) => boolean
  /**
   * Capitalised words that open a sentence, and cue verbs: never a name's first word ("But Kowalski", "Said Ellison").
   */
  isOpener: (lower: string) => boolean
  /** Subject pronouns: never part of a name ("the Environmental Working Group He said"). */
  isPronoun: (lower: string) => boolean
  /** Words of organisations: a run of capitalised words holding one names no person ("Harbour Trust"). */
  isOrganisation: (lower: string) => boolean
  /** Case endings a surname takes in running text (Finnish "Åbergin mukaan": Åberg's). */
  endings: readonly string[]
  /** Particles inside names ("Rosario del Pilar Pentón"); none for English, where names are read without them. */
  isParticle: (lower: string) => boolean
  /** Articles, which with a particle open a title's complement ("ministre de la Santé"). */
  isDeterminer: (lower: string) => boolean
  /** Whether one capitalised word after a title names a person ("el Presidente Boric", "o técnico Tite"). */
  singleAfterTitle: boolean
}

const ENGLISH_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it'])

export const ENGLISH_NAMES: NameRules = {
  isTitle: (w) => TITLE_WORDS.has(w),
  isHonorific: (w) => HONORIFICS.has(w),
  isOpener: (w) => SENTENCE_OPENERS.has(w) || CUE_VERBS.has(w),
  isPronoun: (w) => ENGLISH_PRONOUNS.has(w),
  isOrganisation: (w) => ORGANISATION_WORDS.has(w),
  endings: [],
  isParticle: () => false,
  isDeterminer: () => false,
  singleAfterTitle: false,
}

export interface Speaker {
  speaker: string
  role: string | null
  /** "he"/"she": to be resolved to an earlier name. */
  pronoun: boolean
  /** A bare name (no determiner phrase): can be resolved to a fuller one. */
  name: boolean
  /** Token index where the phrase starts. */
  at?: number
  /** Token index after the phrase. */
  end?: number
}

/** The phrase `s` with another role and start (`at`, kept by default). */
export function speakerWith(s: Speaker, role: string | null, at: number | undefined = s.at): Speaker {
  return { speaker: s.speaker, role, pronoun: s.pronoun, name: s.name, at, end: s.end }
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
 * "Armenian Foreign Minister Levon Arakelian" → role "Armenian Foreign Minister", speaker "Levon Arakelian".
 * "Chelsea manager Jose Mourinho" → role "Chelsea manager". "Mr. Mitchell" stays whole (an honorific is no role).
 * "Azerbaijan Foreign Minister" (no name after the title) stays whole as the speaker.
 */
export function splitRole(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  rules: NameRules = ENGLISH_NAMES,
): Speaker {
  let cut = -1
  for (let i = from; i < to - 1; i++) {
    const w = tokens[i]!.lower
    if (
      rules.isTitle(w) &&
      !(rules.isHonorific(w) && i === from && to - from <= 3 && !rules.isTitle(tokens[i + 1]!.lower))
    )
      cut = i
  }
  // "All-Stars Dorian Vance", "NBA Adam Silver": a team, an organisation or an acronym before a name of two
  // words or more is its role, not part of it.
  if (
    cut < 0 &&
    to - from >= 3 &&
    isOrganisationWord(tokens[from]!, rules) &&
    allNameWords(tokens, from + 1, to, rules)
  )
    cut = from
  // The name after the title must be capitalised words.
  if (cut >= 0 && allNameWords(tokens, cut + 1, to, rules)) {
    return {
      speaker: joinTokens(text, tokens, cut + 1, to),
      role: joinTokens(text, tokens, from, cut + 1),
      pronoun: false,
      name: true,
    }
  }
  return { speaker: joinTokens(text, tokens, from, to), role: null, pronoun: false, name: cut < 0 }
}

/** An organisation's or a team's word, or an acronym: never a person's first name. */
function isOrganisationWord(t: Token, rules: NameRules): boolean {
  return t.cap && (rules.isOrganisation(t.lower) || (t.t.length >= 2 && /^[\p{Lu}\p{N}&-]+$/u.test(t.t)))
}

function allNameWords(tokens: readonly Token[], from: number, to: number, rules: NameRules): boolean {
  for (let i = from; i < to; i++) if (!tokens[i]!.cap && !rules.isHonorific(tokens[i]!.lower)) return false
  return true
}

/** The words of a name that identify the person: no honorifics or titles, no possessive. */
export function nameKey(name: string, rules: NameRules = ENGLISH_NAMES): string[] {
  const out: string[] = []
  for (let w of name.split(/\s+/u)) {
    if (w.endsWith('.') || w.endsWith(',')) w = w.slice(0, -1) // "Jr." "Smith,"
    if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2) // "Garland's" "Garland’s"
    if (w && !rules.isHonorific(w.toLowerCase()) && !SUFFIX.test(w)) out.push(w)
  }
  return out
}
const SUFFIX = /^(?:jr|sr|ii|iii)$/iu
