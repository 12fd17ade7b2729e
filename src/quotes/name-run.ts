import { CLAUSE_JOINS, PARTICLES, TIME_WORDS } from '../lexicon/speaker-grammar.js'
import {
  DETERMINERS,
  HONORIFICS,
  SENTENCE_OPENERS as OPENERS,
  OTHER_PRONOUNS,
  PERSONAL_PRONOUNS,
  PHRASE_STOPS,
  TITLE_WORDS,
} from '../lexicon/titles.js'
import { joinTokens, type Speaker, splitRole } from './split-role.js'
import { firstIndex, type Token, WEEKDAYS_MONTHS } from './tokens.js'

// English name runs and the phrases made of them, shared by the speaker-phrase rules: which words can be
// part of a name, where a run of them starts, and what kind of speaker a phrase is.

export const MAX_NAME = 8

// A pronoun is never part of a name, even glued to one where copy lost a full stop: "the Environmental Working Group He
// said".
export const isNameWord = (t: Token | undefined): boolean =>
  !!t &&
  t.word &&
  (t.cap || HONORIFICS.has(t.lower)) &&
  !/['’]s$/u.test(t.t) &&
  !PERSONAL_PRONOUNS.has(t.lower) &&
  !OTHER_PRONOUNS.has(t.lower)
export const isPossessive = (t: Token): boolean => t.word && t.cap && /['’]s?$/u.test(t.t)
const isWeekdayOrMonth = (t: Token): boolean => WEEKDAYS_MONTHS.has(t.lower)

/** A name run ending at token `last` (inclusive): its first index, or -1. */
export function nameRunBack(tokens: readonly Token[], last: number, floor: number): number {
  if (!isNameWord(tokens[last])) return -1
  let first = last
  for (let i = last - 1; i >= floor && last - i < MAX_NAME; i--) {
    const t = tokens[i]!
    if (isNameWord(t)) first = i
    else if (t.word && (PARTICLES.has(t.lower) || TITLE_WORDS.has(t.lower)) && isNameWord(tokens[i - 1])) continue
    else if (t.word && TITLE_WORDS.has(t.lower) && isNameWord(tokens[i + 1])) {
      // "Garland campaign manager Robin Marsh": lower-case words of the role back to a capitalised one.
      let k = i - 1
      while (
        k >= floor &&
        i - k <= 2 &&
        tokens[k]!.word &&
        !tokens[k]!.cap &&
        !PHRASE_STOPS.has(tokens[k]!.lower) &&
        !DETERMINERS.has(tokens[k]!.lower)
      )
        k--
      if (k >= floor && isNameWord(tokens[k])) {
        first = k
        i = k
      } else first = i
    } else break
  }
  // Particles and title words only count between capitalised words; drop sentence openers in front.
  while (first <= last && (OPENERS.has(tokens[first]!.lower) || !tokens[first]!.cap)) first++
  return first > last ? -1 : first
}

/** A speaker phrase from tokens [from, to): pronoun, name (with role split off) or description. */
export function toSpeaker(text: string, tokens: readonly Token[], from: number, to: number): Speaker | null {
  const s = speakerOf(text, tokens, from, to)
  // speakerOf makes a new phrase each time: it is marked in place.
  if (s) s.at = from
  return s
}

function speakerOf(text: string, tokens: readonly Token[], from: number, to: number): Speaker | null {
  if (to <= from) return null
  const head = tokens[to - 1]!
  if (OTHER_PRONOUNS.has(head.lower) || !head.word || TIME_WORDS.has(head.lower)) return null
  if (firstIndex(tokens, from, to, isWeekdayOrMonth) >= 0) return null
  if (to - from === 1 && PERSONAL_PRONOUNS.has(head.lower))
    return { speaker: head.t, role: null, pronoun: true, name: false }
  if (DETERMINERS.has(tokens[from]!.lower) || !tokens[from]!.cap || firstIndex(tokens, from, to, isPossessive) >= 0) {
    return { speaker: joinTokens(text, tokens, from, to), role: null, pronoun: false, name: false }
  }
  return splitRole(text, tokens, from, to)
}

/** Whether a phrase starting at `from` can be a clause's subject: at the clause start, or after a comma or "and". */
export function isSubjectStart(tokens: readonly Token[], from: number, floor: number): boolean {
  if (from <= floor) return true
  const before = tokens[from - 1]!
  return CLAUSE_JOINS.has(before.lower) || (from - 1 === floor && OPENERS.has(before.lower))
}
