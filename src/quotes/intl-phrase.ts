import {
  isAcronym,
  isNameWord,
  isPerson,
  isPunct,
  isRoleAt,
  isRoleOrName,
  nameAfterComma,
  nameWithin,
  splitName,
} from './intl-name.js'
import { isTitle, type Lexicon } from './languages.js'
import { joinTokens, type Speaker } from './split-role.js'
import type { Token } from './tokens.js'

// The phrase naming a speaker next to a cue verb, in a language with a speech lexicon: a pronoun ("il",
// "er"), a name with its title split off ("la toxicologue Claire Vernet", "Stuttgarts
// Sportdirektorin Kim Vossberg"), or a description ("le ministre de la Santé", "gli attivisti").

const MAX_PHRASE = 20
/** Punctuation that ends a clause: a subject may open after it. */
const CLAUSE_MARKS = new Set([',', ';', ':', '–', '—'])

/**
 * The end of a phrase opening at `from`. A description (opened by a determiner) takes lower-case words too
 * ("die Stuttgarter Sportdirektorin"); a title or name phrase takes titles, capitalised words, and of-phrases
 * ("le ministre de la Santé", "fysiker og leder af rumcentret Jens Holmgaard"); both end at a stop.
 */
function phraseEnd(
  lex: Lexicon,
  tokens: readonly Token[],
  from: number,
  to: number,
  described = lex.determiners.has(tokens[from]!.lower),
): number {
  // Once a name has begun, particles go on only inside it: "Petra de Vries", not "… van FNV".
  let named = isNameWord(lex, tokens[from])
  let i = from + 1
  while (i < to && i - from < MAX_PHRASE) {
    const t = tokens[i]!
    const next = tokens[i + 1]
    if (!t.word) break
    if (!described && isNameWord(lex, t)) named = true
    if (lex.particles.has(t.lower) || (lex.determiners.has(t.lower) && lex.particles.has(tokens[i - 1]!.lower))) {
      // "de la Santé", "del Gobierno": an of-phrase goes on; a particle ending the phrase does not belong to it.
      let k = i + 1
      while (k < to && (lex.particles.has(tokens[k]!.lower) || lex.determiners.has(tokens[k]!.lower))) k++
      const ok = named ? isNameWord(lex, tokens[k]) && !isAcronym(tokens[k]!) : !!next?.word
      if (ok) {
        i++
        continue
      }
      break
    }
    if (lex.verbs.has(t.lower) || lex.auxiliaries.has(t.lower)) break
    if (lex.stops.has(t.lower) || lex.conjunctions.has(t.lower)) {
      // "astrofysiker og direktør": two titles joined; "direktør for DTU Space": a title's complement;
      // "l'assessore alla mobilità Giulia Ferri": a title's complement, then the name.
      const joined = !!next?.word && (isTitle(lex, next.lower) || (next.cap && isTitle(lex, tokens[i - 1]!.lower)))
      if (!joined && !(!named && !lex.conjunctions.has(t.lower) && nameWithin(lex, tokens, i + 1, to))) break
      i++
      continue
    }
    if (
      !t.cap &&
      !isTitle(lex, t.lower) &&
      !described &&
      !isRoleAt(lex, tokens, i) &&
      !(!named && nameWithin(lex, tokens, i, to))
    )
      break
    i++
  }
  return i
}

/** A role after a name between commas, or to the end of the clause: "Marcelo Leppe, director del Inach, …". */
function appositiveRole(
  lex: Lexicon,
  text: string,
  tokens: readonly Token[],
  comma: number,
  to: number,
): string | null {
  const first = tokens[comma + 1]
  if (!first?.word || lex.stops.has(first.lower) || lex.conjunctions.has(first.lower) || lex.verbs.has(first.lower))
    return null
  if (first.cap && !isTitle(lex, first.lower) && !lex.determiners.has(first.lower)) return null
  let j = comma + 1
  while (j < to && j - comma <= MAX_PHRASE && (tokens[j]!.word || tokens[j]!.t === '(' || tokens[j]!.t === ')')) j++
  return joinTokens(text, tokens, comma + 1, j)
}

/** A phrase opening at `i`: a pronoun, a description, or a title or name. */
function phraseAt(lex: Lexicon, text: string, tokens: readonly Token[], i: number, to: number): Speaker | null {
  const t = tokens[i]
  if (!t?.word) return null
  // "sier han til NTB", "säger hon till TT": a pronoun, then punctuation or a complement.
  const after = tokens[i + 1]
  if (
    lex.pronouns.has(t.lower) &&
    (i + 1 >= to || isPunct(after) || lex.stops.has(after!.lower) || lex.adverbs.has(after!.lower))
  )
    return { speaker: t.t, role: null, pronoun: true, name: false, at: i, end: i + 1 }
  // "lyder det fra borgmester Jens Hansen", "hieß es aus dem Ministerium": the source follows the preposition.
  if (lex.expletives.has(t.lower) && !t.cap && after?.word && lex.stops.has(after.lower))
    return phraseAt(lex, text, tokens, i + 2, to)
  // "Volgens De Groot": a capitalised particle inside a sentence opens a surname, not a description.
  const surname = t.cap && lex.particles.has(t.lower) && isNameWord(lex, tokens[i + 1])
  const described = lex.determiners.has(t.lower) && !surname
  if (!described && !surname && !isRoleOrName(lex, t) && !isRoleAt(lex, tokens, i)) return null
  if (described && !tokens[i + 1]?.word) return null
  const end = phraseEnd(lex, tokens, i, to, described)
  // "el presidente del Gobierno, Pedro Sánchez": a description, then the name.
  const named = described && tokens[end]?.t === ',' ? nameAfterComma(lex, tokens, end, to) : -1
  if (named > 0)
    return {
      speaker: joinTokens(text, tokens, end + 1, named),
      role: joinTokens(text, tokens, i, end),
      pronoun: false,
      name: true,
      at: i,
      end: named,
    }
  const s = splitName(lex, text, tokens, i, end)
  if (s.name && !s.role && tokens[end]?.t === ',') s.role = appositiveRole(lex, text, tokens, end, to)
  return s
}

/**
 * A complement between a cue verb and its subject, from the preposition at `i`: "à la presse", "a AFP",
 * "hacia el cierre de la sesión". Returns where the subject starts, or -1 when none follows.
 */
function afterComplement(lex: Lexicon, tokens: readonly Token[], i: number): number {
  let j = i + 1
  if (lex.determiners.has(tokens[j]?.lower ?? '')) j++
  if (!tokens[j]?.word) return -1
  j++
  // "del encuentro": of-phrases go on.
  while (lex.particles.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.word) {
    j++
    if (lex.determiners.has(tokens[j]!.lower) && tokens[j + 1]?.word) j++
    j++
  }
  const next = tokens[j]
  return next?.word && (lex.determiners.has(next.lower) || next.cap || isTitle(lex, next.lower)) ? j : -1
}

/**
 * The speaker after a cue verb, read forwards from `from`: "dijo Quiroga", "a déclaré aux journalistes le ministre",
 * "sagt Kim Vossberg, Sportdirektorin von TSV Stuttgart-Ost". Adverbs and short complements may stand
 * between the verb and its subject.
 */
export function phraseAfter(
  lex: Lexicon,
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): Speaker | null {
  let i = from
  while (i < to && i - from < 10) {
    const t = tokens[i]!
    if (!t.word) return null
    if (lex.adverbs.has(t.lower) && !t.cap) {
      i++
      continue
    }
    if (!lex.stops.has(t.lower) || t.cap || lex.conjunctions.has(t.lower)) break
    i = afterComplement(lex, tokens, i)
    if (i < 0) return null
  }
  return i < to ? phraseAt(lex, text, tokens, i, to) : null
}

/**
 * Whether the word at `i` opens its clause: at `floor`, after a comma or a conjunction, or after an opener at `floor`.
 */
function opensClause(lex: Lexicon, tokens: readonly Token[], i: number, floor: number): boolean {
  if (i <= floor) return true
  const before = tokens[i - 1]!
  if (!before.word) return CLAUSE_MARKS.has(before.t)
  return lex.conjunctions.has(before.lower) || (i - 1 === floor && lex.openers.has(before.lower))
}

/**
 * The subject of the cue verb at `verb`, read backwards down to `floor`: the phrase opening the clause
 * ("Radek Hruby avait affirmé", "la ministra aseguró", "Doch der Aktivist … aus Chicago sagt", "il a dit"),
 * or one set off by commas ("Andrés Molina, geólogo de la Universidad del Norte, explica").
 */
export function phraseBefore(
  lex: Lexicon,
  text: string,
  tokens: readonly Token[],
  verb: number,
  floor: number,
): Speaker | null {
  let i = verb - 1
  while (
    i >= floor &&
    tokens[i]!.word &&
    !tokens[i]!.cap &&
    (lex.auxiliaries.has(tokens[i]!.lower) || lex.adverbs.has(tokens[i]!.lower))
  )
    i--
  if (i < floor) return null
  const t = tokens[i]!
  if (t.t === ',') return appositiveSubject(lex, text, tokens, i, floor)
  if (!t.word) return null
  // "la presidenta del partido, Laura Fuenzalida, quien afirmó": a relative stands for the phrase before its comma.
  if (lex.relatives.has(t.lower) && tokens[i - 1]?.t === ',') return phraseBefore(lex, text, tokens, i - 1, floor)
  if (lex.pronouns.has(t.lower))
    return opensClause(lex, tokens, i, floor)
      ? { speaker: t.t, role: null, pronoun: true, name: false, at: i, end: i + 1 }
      : null
  // Back to the word that opens the clause; the subject is the phrase from there, when it opens with a
  // determiner, a title or a capital.
  for (let j = i; j >= floor && i - j < MAX_PHRASE; j--) {
    const w = tokens[j]!
    if (!w.word && w.t !== '(' && w.t !== ')') return null
    if (w.word && !w.cap && lex.verbs.has(w.lower)) return null
    if (!opensClause(lex, tokens, j, floor)) continue
    let start = j
    if (lex.openers.has(w.lower) && w.cap && !lex.determiners.has(w.lower) && start < i) start++
    const first = tokens[start]!
    if (!lex.determiners.has(first.lower) && !isRoleOrName(lex, first)) return null
    return splitName(lex, text, tokens, start, i + 1)
  }
  return null
}

/**
 * "Andrés Molina, geólogo de la Universidad, explica": the subject before the first comma that ends
 * one, the role after it; "El periodista ruso …, Dmitry Muratov, denunció": a description, then the name.
 */
function appositiveSubject(
  lex: Lexicon,
  text: string,
  tokens: readonly Token[],
  comma: number,
  floor: number,
): Speaker | null {
  for (let c = floor + 1; c < comma; c++) {
    if (tokens[c]!.t !== ',') continue
    // The subject ends at this comma (phraseBefore reads back from the token before its "verb").
    const subject = phraseBefore(lex, text, tokens, c, floor)
    if (!subject || subject.pronoun || !isPerson(lex, subject)) continue
    if (comma - c > 40) return null
    const named = subject.name ? -1 : nameAfterComma(lex, tokens, c, comma)
    if (named === comma)
      return {
        speaker: joinTokens(text, tokens, c + 1, comma),
        role: subject.speaker,
        pronoun: false,
        name: true,
        at: subject.at,
        end: comma,
      }
    if (subject.name && !subject.role) subject.role = appositiveRole(lex, text, tokens, c, comma)
    return subject
  }
  return null
}
