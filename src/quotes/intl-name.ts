import { isTitle, type Lexicon } from './languages.js'
import { joinTokens, type Speaker } from './split-role.js'
import type { Token } from './tokens.js'

// Names and roles in a language with a speech lexicon: which words can be part of a name or name a role,
// and where the name ends a phrase of titles and complements ("le ministre de la Santé Radek Hruby").

export const isPunct = (t: Token | undefined): boolean => !t?.word
export const isAcronym = (t: Token): boolean => t.t.length >= 2 && /^[\p{Lu}\p{N}-]+$/u.test(t.t)

/** A capitalised word that can be part of a name: not a determiner, pronoun, stop or title. */
export function isNameWord(lex: Lexicon, t: Token | undefined): boolean {
  return (
    !!t &&
    t.word &&
    t.cap &&
    !lex.determiners.has(t.lower) &&
    !lex.pronouns.has(t.lower) &&
    !lex.stops.has(t.lower) &&
    !isTitle(lex, t.lower)
  )
}

/** A word that can open a title or name phrase: a title, or a capitalised word (German nouns are capitalised). */
export const isRoleOrName = (lex: Lexicon, t: Token | undefined): boolean =>
  !!t && t.word && !lex.determiners.has(t.lower) && !lex.pronouns.has(t.lower) && (t.cap || isTitle(lex, t.lower))

/**
 * A word naming a role: a listed title, or a lower-case noun right before a name ("sa gruppledaren Erik
 * Holm", "siger rådmand Mette Lund": every language has more roles than a list holds).
 */
export function isRoleAt(lex: Lexicon, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  if (!t?.word) return false
  if (isTitle(lex, t.lower)) return true
  return (
    !t.cap &&
    isNameWord(lex, tokens[i + 1]) &&
    !lex.stops.has(t.lower) &&
    !lex.conjunctions.has(t.lower) &&
    !lex.verbs.has(t.lower) &&
    !lex.adverbs.has(t.lower) &&
    !lex.determiners.has(t.lower) &&
    !lex.pronouns.has(t.lower)
  )
}

/** A name, or a description holding a title ("El periodista ruso"); not "De son côté". */
export function isPerson(lex: Lexicon, s: Speaker): boolean {
  return s.name || s.pronoun || s.speaker.split(/\s+/u).some((w) => isTitle(lex, w.toLowerCase()))
}

/**
 * Splits a phrase [from, to) into its role and the name that ends it: the name is the capitalised words at
 * its end. After a title's complement ("de la Santé", "for DTU Space") the name is the last two of three or
 * more ("le ministre de la Santé Radek Hruby"); one or two are the complement's ("del comité regional").
 */
export function splitName(lex: Lexicon, text: string, tokens: readonly Token[], from: number, to: number): Speaker {
  let name = to
  while (name > from && isNameWord(lex, tokens[name - 1])) name--
  // Particles inside a name: "Rosario del Pilar Pentón", "Charles de Gaulle".
  while (name - 2 >= from && lex.particles.has(tokens[name - 1]!.lower) && isNameWord(lex, tokens[name - 2])) {
    name -= 2
    while (name > from && isNameWord(lex, tokens[name - 1])) name--
  }
  // "De Groot", "Van Dijk": a capitalised particle opening the phrase begins the surname.
  if (name - 1 === from && tokens[from]!.cap && lex.particles.has(tokens[from]!.lower)) name = from
  if (name > from) {
    const before = tokens[name - 1]!
    const complement =
      lex.particles.has(before.lower) || lex.determiners.has(before.lower) || lex.stops.has(before.lower)
    // "ein Sprecher des Verbands Pro Bahn": an indefinite description names no one.
    if (lex.indefinites.has(tokens[from]!.lower)) name = to
    else if (complement) name = to - name >= 3 ? to - 2 : to
  }
  // An acronym is an organisation, not part of a person's name: "la diputada PL Marta Quilodrán".
  while (name < to && isAcronym(tokens[name]!)) name++
  if (name >= to)
    return { speaker: joinTokens(text, tokens, from, to), role: null, pronoun: false, name: false, at: from, end: to }
  return {
    speaker: joinTokens(text, tokens, name, to),
    role: name > from ? joinTokens(text, tokens, from, name) : null,
    pronoun: false,
    name: true,
    at: from,
    end: to,
  }
}

/**
 * Whether a name starts within the next three words from `from`, after a title and with only lower-case
 * words (no determiner) before it: "l'assessore alla mobilità Giulia Ferri". Not "die Sportdirektorin über die
 * Stärken" (a determiner: German nouns are capitalised), nor "el portavoz a la agencia local".
 */
export function nameWithin(lex: Lexicon, tokens: readonly Token[], from: number, to: number): boolean {
  if (!isTitle(lex, tokens[from - 1]?.lower ?? '') && !lex.stops.has(tokens[from - 1]?.lower ?? '')) return false
  for (let k = from; k < to && k - from < 3; k++) {
    const t = tokens[k]!
    if (isNameWord(lex, t) && !isAcronym(t)) return k > from || isTitle(lex, tokens[from - 1]!.lower)
    if (!t.word || t.cap || lex.determiners.has(t.lower) || lex.verbs.has(t.lower) || lex.conjunctions.has(t.lower))
      return false
  }
  return false
}

/**
 * The end of a name written after a comma ("…, Pedro Sánchez"), when a name and nothing else stands there; else -1.
 */
export function nameAfterComma(lex: Lexicon, tokens: readonly Token[], comma: number, to: number): number {
  let k = comma + 1
  if (!isNameWord(lex, tokens[k])) return -1
  while (
    k < to &&
    (isNameWord(lex, tokens[k]) || (lex.particles.has(tokens[k]!.lower) && isNameWord(lex, tokens[k + 1])))
  )
    k++
  return k >= to || isPunct(tokens[k]) || lex.stops.has(tokens[k]!.lower) ? k : -1
}
