import { CLAUSE_JOINS, OF_PHRASE, PARTICLES } from '../lexicon/speaker-grammar.js'
import {
  AUXILIARIES,
  DETERMINERS,
  HONORIFICS,
  SENTENCE_OPENERS as OPENERS,
  OTHER_PRONOUNS,
  PERSONAL_PRONOUNS,
  PHRASE_STOPS,
  TITLE_WORDS,
} from '../lexicon/titles.js'
import { isNameWord, isPossessive, isSubjectStart, MAX_NAME, nameRunBack, toSpeaker } from './name-run.js'
import { joinTokens, type Speaker, speakerWith, splitRole } from './split-role.js'
import { firstIndex, type Token, WEEKDAYS_MONTHS } from './tokens.js'

// The phrase naming a speaker, next to a cue verb. Names are runs of capitalised words (with
// particles and titles inside: "Secretary of State Joan Kirby", "Charles de Gaulle"); descriptions
// start with a determiner ("a Fifa spokesman", "the Russian leader", "Garland’s right-hand woman").

const MAX_DESCRIPTION = 7
const isOpenParen = (t: Token): boolean => t.t === '('
const isNotRoleLead = (t: Token): boolean => !t.word || PHRASE_STOPS.has(t.lower)

/**
 * The subject of the cue verb at `verb`, read backwards: "Sarkisov [also] said", "Armenian Prime Minister
 * Armen Sarkisov said", "Nora Abelson, deputy chair of Garland’s campaign, emailed", "the company said".
 * Not: "…the plan, which the minister said" (a relative clause has no speaker of its own here).
 */
export function phraseBefore(text: string, tokens: readonly Token[], verb: number, floor: number): Speaker | null {
  let i = verb - 1
  // Step over auxiliaries, adverbs and "on Sunday": "Sarkisov on Sunday said", "Lavrov, also said".
  while (i >= floor) {
    const t = tokens[i]!
    if (t.word && !t.cap && (AUXILIARIES.has(t.lower) || /ly$/u.test(t.lower))) i--
    else if (t.word && WEEKDAYS_MONTHS.has(t.lower) && tokens[i - 1]?.lower === 'on') i -= 2
    // "Sen. Bernard Pollard (I-Vt.) visited": a parenthesis after the name is stepped over.
    else if (t.t === ')' && firstIndex(tokens, Math.max(floor, i - 8), i, isOpenParen) >= 0) {
      while (i > floor && tokens[i]!.t !== '(') i--
      i--
    }
    // "Ms. Farrow smiled and said"
    else if (t.lower === 'and' && /ed$/u.test(tokens[i - 1]?.lower ?? '') && !tokens[i - 1]!.cap) i -= 2
    else break
  }
  if (i < floor) return null
  const t = tokens[i]!
  if (t.t === ',' || t.t === '—' || t.t === '–') {
    const placed = placeWithState(text, tokens, i, floor)
    if (placed) return placed
    // "Marta Ellison, also said,": a stray comma after a plain name.
    const bare = nameRunBack(tokens, i - 1, floor)
    return (
      appositive(text, tokens, i, floor, t.t) ??
      (bare >= 0 && (bare === floor || tokens[bare - 1]!.t === ',') ? toSpeaker(text, tokens, bare, i) : null)
    )
  }
  if (!t.word) return null
  if (PERSONAL_PRONOUNS.has(t.lower) || OTHER_PRONOUNS.has(t.lower)) return toSpeaker(text, tokens, i, i + 1)
  let first = nameRunBack(tokens, i, floor)
  // "the Harbour Trust said", "the Daily Courier reported": the article belongs to the name.
  if (first > floor && DETERMINERS.has(tokens[first - 1]!.lower)) first--
  // "portfolio manager Bonnie Hale said": plain words ending in a title, opening the clause, are the role.
  if (first > floor && !isSubjectStart(tokens, first, floor) && TITLE_WORDS.has(tokens[first - 1]!.lower)) {
    let j = first - 1
    while (
      j > floor &&
      first - j < 5 &&
      tokens[j - 1]!.word &&
      !PHRASE_STOPS.has(tokens[j - 1]!.lower) &&
      !CLAUSE_JOINS.has(tokens[j - 1]!.lower)
    )
      j--
    if (isSubjectStart(tokens, j, floor)) {
      const s = splitRole(text, tokens, first, i + 1)
      const lead = joinTokens(text, tokens, j, first)
      return speakerWith(s, s.role ? `${lead} ${s.role}` : lead, j)
    }
  }
  // "Mayor Bill de Vallon tweeted" is caught above; "de Vallon tweeted" starts with its particle.
  if (first > floor && PARTICLES.has(tokens[first - 1]!.lower) && isSubjectStart(tokens, first - 1, floor)) first--
  // "A source speaking to Harbour Radio said": a name after a preposition is an object, not the speaker —
  // unless it carries a title ("…on Harbour Affairs Executive Director Samir Haddad says").
  if (first >= 0) {
    if (isSubjectStart(tokens, first, floor)) return toSpeaker(text, tokens, first, i + 1)
    const s = splitRole(text, tokens, first, i + 1)
    if (s.role) return speakerWith(s, s.role, first)
    const head = headOfPhrase(tokens, first, floor)
    if (head >= 0) return toSpeaker(text, tokens, head, i + 1)
    return possessiveOwner(text, tokens, first, i, floor) ?? speakingTo(text, tokens, first, floor)
  }
  // A description: lower-case words back to a determiner or a possessive name, opening its clause
  // ("the company said"; not "sent out a fundraising email asking").
  for (let j = i; j >= floor && i - j < MAX_DESCRIPTION; j--) {
    const w = tokens[j]!
    if (!w.word) return null
    if (j === i && /(?:ed|ing)$/u.test(w.lower)) return null
    if (DETERMINERS.has(w.lower)) {
      if (isSubjectStart(tokens, j, floor)) return toSpeaker(text, tokens, j, i + 1)
      const head = headOfPhrase(tokens, j, floor)
      return head >= 0 ? toSpeaker(text, tokens, head, i + 1) : null
    }
    if (isPossessive(w)) {
      const start = nameRunBack(tokens, j - 1, floor)
      const from = start >= 0 ? start : j
      return isSubjectStart(tokens, from, floor) ? toSpeaker(text, tokens, from, i + 1) : null
    }
    if (w.cap && j === floor && !OPENERS.has(w.lower)) return toSpeaker(text, tokens, j, i + 1)
    // "aides noted", "senior officials said": a bare plural opening the clause.
    if (
      isSubjectStart(tokens, j, floor) &&
      /s$/u.test(tokens[i]!.lower) &&
      !PHRASE_STOPS.has(w.lower) &&
      !AUXILIARIES.has(w.lower)
    )
      return toSpeaker(text, tokens, j, i + 1)
  }
  return null
}

/**
 * described-by-place: a description with one prepositional phrase opens the clause: "a notice on the
 * gate reads", "a narrator in the clip states", "a spokesman for the Harbour Trust said". Returns where the
 * description starts, or -1. Not "sent out a text to the campaign said" (no determiner opening the clause).
 */
function headOfPhrase(tokens: readonly Token[], object: number, floor: number): number {
  const prep = object - 1
  if (prep - 1 <= floor || !OF_PHRASE.has(tokens[prep]!.lower)) return -1
  for (let k = prep - 1; k >= floor && prep - k <= 4; k--) {
    const w = tokens[k]!
    if (w.word && DETERMINERS.has(w.lower)) return k < prep - 1 && isSubjectStart(tokens, k, floor) ? k : -1
    // "the man we met in Salem": a relative clause inside is beyond this rule.
    if (
      !w.word ||
      w.cap ||
      PHRASE_STOPS.has(w.lower) ||
      AUXILIARIES.has(w.lower) ||
      PERSONAL_PRONOUNS.has(w.lower) ||
      OTHER_PRONOUNS.has(w.lower)
    )
      return -1
  }
  return -1
}

/**
 * place-with-state: "a man in Salem, Oregon, told him": a described-by-place subject whose place
 * carries its state between commas. Not "Ellison, Kowalski, said" (no description with a place phrase before), nor
 * "Dan Kowalski, a ferry captain from Dover, New Hampshire, says" (an appositive: the name speaks).
 */
function placeWithState(text: string, tokens: readonly Token[], comma: number, floor: number): Speaker | null {
  const state = nameRunBack(tokens, comma - 1, floor)
  if (state <= floor + 1 || tokens[state - 1]!.t !== ',') return null
  const place = nameRunBack(tokens, state - 2, floor)
  const head = place >= 0 ? headOfPhrase(tokens, place, floor) : -1
  // "Dan Kowalski, a ferry captain from Dover, New Hampshire, says": a description after a comma is an appositive.
  return head >= 0 && tokens[head - 1]?.t !== ',' ? toSpeaker(text, tokens, head, comma) : null
}

/**
 * possessive-owner: an organisation's name in the possessive before a person's is the person's role:
 * "Harbour Action Forum’s Douglas Hart-Ellery said" → Douglas Hart-Ellery, role "Harbour Action Forum’s".
 * Not "…visited Carver’s Seabright Club said" (the owner does not open the clause).
 */
function possessiveOwner(
  text: string,
  tokens: readonly Token[],
  first: number,
  last: number,
  floor: number,
): Speaker | null {
  const owner = tokens[first - 1]
  if (first - 1 < floor || !owner || !isPossessive(owner)) return null
  let q = first - 1
  while (q > floor && first - q < MAX_NAME && isNameWord(tokens[q - 1])) q--
  if (!isSubjectStart(tokens, q, floor) || OPENERS.has(tokens[q]!.lower)) return null
  const s = splitRole(text, tokens, first, last + 1)
  const lead = joinTokens(text, tokens, q, first)
  return speakerWith(s, s.role ? `${lead} ${s.role}` : lead, q)
}

/**
 * speaking-to: "Another harbour source speaking to Harbour Radio said": the name is the one spoken to;
 * the speaker is the description before "speaking to". Not "Kowalski, speaking to reporters, said" (no name after
 * "to").
 */
function speakingTo(text: string, tokens: readonly Token[], first: number, floor: number): Speaker | null {
  const verb = first - 2
  if (
    verb <= floor ||
    !/^(?:to|with)$/u.test(tokens[first - 1]!.lower) ||
    !/^(?:speaking|talking)$/u.test(tokens[verb]!.lower)
  )
    return null
  const s = phraseBefore(text, tokens, verb, floor)
  return s && !s.pronoun ? s : null
}

/** "Brannigan, a top Carver surrogate, said": the name before the first comma, the role between the commas. */
function appositive(text: string, tokens: readonly Token[], comma: number, floor: number, mark = ','): Speaker | null {
  // "his chief policy adviser, Jack Sorensen, said": the name is the last item, the description before it the role.
  const last = nameRunBack(tokens, comma - 1, floor)
  if (last > floor + 1 && tokens[last - 1]!.t === ',' && !tokens[last - 2]!.cap) {
    let d = last - 2
    while (d > floor && tokens[d - 1]!.word && last - d < MAX_DESCRIPTION) d--
    if (DETERMINERS.has(tokens[d]!.lower) || d === floor) {
      const s = splitRole(text, tokens, last, comma)
      return speakerWith(
        s,
        s.role ? `${joinTokens(text, tokens, d, last - 1)}, ${s.role}` : joinTokens(text, tokens, d, last - 1),
        d,
      )
    }
  }
  // "Jason Pell — a welder from Cedar Falls — says": dashes pair like commas.
  for (let c = floor + 1; c < comma; c++) {
    if (tokens[c]!.t !== mark) continue
    const first = nameRunBack(tokens, c - 1, floor)
    if (first < 0) continue
    // "Ferry operator Dan Kowalski, who runs three boats, called": a role of plain words may open the clause.
    const roleLead =
      !isSubjectStart(tokens, first, floor) && first - floor <= 4 && firstIndex(tokens, floor, first, isNotRoleLead) < 0
    if (!isSubjectStart(tokens, first, floor) && !roleLead) continue
    if (roleLead) {
      const s = splitRole(text, tokens, first, c)
      const role = [joinTokens(text, tokens, floor, first), joinTokens(text, tokens, c + 1, comma)].join(', ')
      return speakerWith(s, role, floor)
    }
    if (comma - c > 40) return null
    const s = toSpeaker(text, tokens, first, c)
    if (!s || s.pronoun || !s.name) return s
    return speakerWith(
      s,
      s.role ? `${s.role}, ${joinTokens(text, tokens, c + 1, comma)}` : joinTokens(text, tokens, c + 1, comma),
    )
  }
  return null
}

/**
 * The speaker after a cue verb or "according to", read forwards: "said Claxton", "said a Fifa spokesman",
 * "said Mr. Smith, the chief executive", "according to the Reuters report". Stops at punctuation and at
 * words like "in", "on", "who" ("said Smith in a statement").
 */
export function phraseAfter(text: string, tokens: readonly Token[], from: number, to: number): Speaker | null {
  if (from >= to || PHRASE_STOPS.has(tokens[from]!.lower)) return null
  let i = from
  while (
    i < to &&
    tokens[i]!.word &&
    (i === from ||
      (!PHRASE_STOPS.has(tokens[i]!.lower) && !(tokens[i]!.cap && PERSONAL_PRONOUNS.has(tokens[i]!.lower)))) &&
    i - from < MAX_NAME
  ) {
    if (
      tokens[i]!.dot &&
      !HONORIFICS.has(tokens[i]!.lower) &&
      !TITLE_WORDS.has(tokens[i]!.lower) &&
      !/^\p{L}$/u.test(tokens[i]!.t)
    ) {
      i++
      break
    }
    i++
  }
  const s = toSpeaker(text, tokens, from, i)
  if (!s) return null
  // "said a spokesman, John Smith," → the name, with the description as the role.
  if (!s.name && !s.pronoun && tokens[i]?.t === ',' && isNameWord(tokens[i + 1])) {
    let j = i + 1
    while (j < to && isNameWord(tokens[j]) && j - i < 5) j++
    if (j >= to || !tokens[j]!.word) return speakerWith(splitRole(text, tokens, i + 1, j), s.speaker)
  }
  // "said Mr. Smith, chief executive of Acme." → the appositive is the role.
  if (s.name && !s.role && tokens[i]?.t === ',' && tokens[i + 1]?.word && !tokens[i + 1]!.cap) {
    let j = i + 1
    while (j < to && tokens[j]!.word && j - i < 12) j++
    if (j >= to || tokens[j]!.t === '.' || tokens[j]!.t === ',')
      return speakerWith(s, joinTokens(text, tokens, i + 1, j))
  }
  return s
}
