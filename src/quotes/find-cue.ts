import {
  BE,
  CLAUSE_OPENERS,
  GAP_STOPS,
  IRREGULAR_PAST,
  NOT_AFTER,
  PASSIVE,
  PREPOSITIONS,
  SUBJECT_LIKE,
  SUBORDINATORS,
} from '../lexicon/cue-grammar.js'
import { CUE_VERBS, NOUN_LIKE, STRONG_CUE_VERBS } from '../lexicon/speech-verbs.js'
import { DETERMINERS, OTHER_PRONOUNS, PERSONAL_PRONOUNS } from '../lexicon/titles.js'
import { phraseAfter, phraseBefore } from './speaker-phrase.js'
import { type Speaker, speakerWith } from './split-role.js'
import { firstIndex, type Token } from './tokens.js'

export interface Cue {
  cue: string
  speaker: Speaker | null
  /** The cue stands right after the quote: `"…," X said` / `"…," said X`. */
  tight?: boolean
}

// The sentence around a quote, in tokens: `left` runs from the sentence start (or the previous quote) to the
// opening mark, `right` from the closing mark to the sentence end (or the next quote).
export interface Context {
  text: string
  tokens: readonly Token[]
  leftFrom: number
  leftTo: number
  rightFrom: number
  rightTo: number
  /** The quote's own words end a sentence ("…again.") rather than run on ("…again,"). */
  endsSentence: boolean
  /** The previous quote of the paragraph is in the same sentence: `X said it would "do A" and then "do B."` */
  sameSentence?: boolean
  /** Quoted words inside narration rather than a quoted sentence. */
  partial?: boolean
  /** The sentence's first token, looking past earlier quotes in it (for a participle's subject). */
  sentenceFrom?: number
}

const isNotRoleWord = (g: Token): boolean => !(g.word && (g.cap || !GAP_STOPS.has(g.lower)))
const isAs = (t: Token): boolean => t.lower === 'as'
const isComma = (t: Token): boolean => t.t === ','
const LEAD_PUNCT = new Set([',', '—', '–', '-', ';', "'", '’', '"', '”'])
const MAX_SUBJECT = 30

function isVerb(tokens: readonly Token[], i: number, strong: boolean): boolean {
  const t = tokens[i]
  if (!t?.word || t.cap || !(strong ? STRONG_CUE_VERBS : CUE_VERBS).has(t.lower)) return false
  if (!NOUN_LIKE.has(t.lower)) return true
  const prev = tokens[i - 1]
  if (!prev?.word) return false
  if (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || /['’]s?$/u.test(prev.t)) return false
  // "the harbour board writes." / "the ad claims:" — a noun-like form that ends its clause is a verb.
  const next = tokens[i + 1]
  // (its full stop is part of the token: "writes." — `t.dot`).
  return (
    SUBJECT_LIKE.has(prev.lower) ||
    prev.cap ||
    /ly$/u.test(prev.lower) ||
    t.dot ||
    !next ||
    next.t === '.' ||
    next.t === ':'
  )
}

/**
 * After the quote: `"…," said Claxton` / `"…," Sarkisov said` / `"…," he told reporters` / `"…," according to
 * X`.
 * Not: `"…." Smith said the plan would fail` — a new sentence with its own claim, read only when it is short.
 */
function cueAfter(c: Context): Cue | null {
  const { tokens, text } = c
  let r = c.rightFrom
  while (r < c.rightTo && LEAD_PUNCT.has(tokens[r]!.t)) r++
  if (r >= c.rightTo) return null
  const first = tokens[r]!
  // After a full stop a capitalised word starts a new sentence: only a short "Smith said." belongs to the quote.
  const reach = c.endsSentence && first.cap ? 5 : MAX_SUBJECT
  if (isVerb(tokens, r, true))
    return { cue: first.t, speaker: phraseAfter(text, tokens, r + 1, c.rightTo), tight: true }
  if (first.lower === 'according' && tokens[r + 1]?.lower === 'to')
    return { cue: 'according to', speaker: phraseAfter(text, tokens, r + 2, c.rightTo) }
  for (let k = r + 1; k < c.rightTo && k - r <= reach; k++) {
    const t = tokens[k]!
    if (!t.word && t.t !== ',') return null
    // A finite verb only: "…rival, Helen Garland, saying" has no subject of its own.
    if (
      isVerb(tokens, k, false) &&
      (!NOT_AFTER.has(CUE_VERBS.get(t.lower) ?? '') || documentReads(tokens, k)) &&
      !t.lower.endsWith('ing')
    ) {
      if (PASSIVE.has(tokens[k - 1]!.lower)) return null
      // `"…" if she loses, said David Wasserman`: the speaker follows the verb.
      // The subject must open the words after the quote: not `"…" when he said …`.
      const s = phraseBefore(text, tokens, k, r)
      // Only a name: `, said the days when…` is no speaker.
      const inverted = tokens[k - 1]!.t === ',' && s?.at !== r ? phraseAfter(text, tokens, k + 1, c.rightTo) : null
      if (inverted?.name) return { cue: t.t, speaker: inverted }
      if (!s || s.at === undefined) return null
      const last = t.dot || k + 1 >= tokens.length || tokens[k + 1]!.t === '.'
      if (c.endsSentence && first.cap && !last) return null
      if (s.at === r) return { cue: t.t, speaker: s, tight: true }
      // "…," Ridgeline Capital portfolio manager Bonnie Hale said: the words before the name are its role.
      if (s.name && s.at - r <= 6 && firstIndex(tokens, r, s.at, isNotRoleWord) < 0) {
        const lead = text.slice(tokens[r]!.start, tokens[s.at - 1]!.end)
        return { cue: t.t, speaker: speakerWith(s, s.role ? `${lead} ${s.role}` : lead) }
      }
      // …or close the sentence: `"…," and donations rose, Gilbert said.`
      if (last && s.name) return { cue: t.t, speaker: s }
      // closing-description: a description set off by a comma closes the sentence, the source of all of it:
      // `"…" there and in March, the memo stated.` Not `"…" when the memo stated` (no comma: a clause of its own).
      return last && closingDescription(tokens, s) ? { cue: t.t, speaker: s } : null
    }
  }
  return null
}

/**
 * as-put-it: "Or, as Tom Brandt, a former harbour master, put it: ''…''" / "As Ms. Ellison put it in a letter, the
 * board is ''…''":
 * the "as" clause names the source though the sentence's own verb is elsewhere. Not "as the ferry put in at Dover" (no
 * "it").
 */
function asPutIt(c: Context): Cue | null {
  const { tokens } = c
  for (let p = c.leftFrom + 2; p + 1 < c.leftTo; p++) {
    if (tokens[p]!.lower !== 'put' || tokens[p + 1]!.lower !== 'it') continue
    const as = firstIndex(tokens, c.leftFrom, p, isAs)
    if (as < 0) return null
    const s = phraseBefore(c.text, tokens, p, as + 1)
    return s && s.at === as + 1 ? { cue: 'put it', speaker: s } : null
  }
  return null
}

/**
 * document-reads: `"…," the sign reads.` — "reads" closing its sentence is a text speaking; not `"…" Carver read
 * the statement`.
 */
function documentReads(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1]
  return tokens[k]!.lower === 'reads' && (tokens[k]!.dot || !next || next.t === '.')
}

/** A description ("the memo", "the editorial board") right after a comma. */
function closingDescription(tokens: readonly Token[], s: Speaker): boolean {
  const at = s.at ?? 0
  return !s.name && !s.pronoun && at > 0 && tokens[at - 1]!.t === ',' && DETERMINERS.has(tokens[at]!.lower)
}

/**
 * Before the quote: `X said: "…"`, `X said that … "…"`, `X called Carver "unhinged."`, `according to X, …
 * "…"`,
 * `X emailed supporters, telling them, "…"` (a participle takes the sentence's subject).
 * Not: `the plan was called "dead"` (passive: the speaker is not the subject).
 */
function cueBefore(c: Context): Cue | null {
  const { tokens, text } = c
  for (let i = c.leftFrom; i + 1 < c.leftTo; i++) {
    if (tokens[i]!.lower === 'according' && tokens[i + 1]!.lower === 'to') {
      const s = phraseAfter(text, tokens, i + 2, c.leftTo)
      if (s) return { cue: 'according to', speaker: s }
    }
  }
  // The first cue verb of the sentence governs: "The minister said the government would keep
  // working … "lasting…"" is the minister's, not the government's.
  const asPut = asPutIt(c)
  if (asPut) return asPut
  let fallback: Cue | null = null
  let from = c.leftFrom
  if (SUBORDINATORS.has(tokens[from]?.lower ?? '')) {
    const comma = firstIndex(tokens, from + 1, c.leftTo, isComma)
    if (comma > 0) from = comma + 1
  }
  // "Said Comey, "…"": the verb opens the sentence and the speaker follows it.
  const lead = tokens[from]
  if (lead?.cap && STRONG_CUE_VERBS.has(lead.lower)) {
    const s = phraseAfter(text, tokens, from + 1, c.leftTo)
    if (s) return { cue: lead.t, speaker: s }
  }
  for (let v = from; v < c.leftTo; v++) {
    const t = tokens[v]!
    if (!isVerb(tokens, v, false)) continue
    if (v > c.leftFrom && PASSIVE.has(tokens[v - 1]!.lower) && !t.lower.endsWith('ing')) continue
    // "…, saying": the sentence's subject; "is telling": a progressive, read like any verb;
    // "Lund caucused … and says": a second verb of the same subject.
    const progressive = BE.has(tokens[v - 1]?.lower ?? '')
    const participle = t.lower.endsWith('ing') && !progressive
    if (participle && tokens[v - 1]?.t !== ',') continue
    const coordinated = tokens[v - 1]?.lower === 'and'
    const speaker = participle || coordinated ? sentenceSubject(c, v, from) : phraseBefore(text, tokens, v, from)
    if (speaker) {
      // …unless the quote sits in a later clause with a cue of its own: "Hollister is assuring voters … after a
      // man in Salem told him he is "too cautious"".
      const later = laterClauseCue(c, v + 1)
      return later ?? { cue: t.t, speaker }
    }
    fallback ??= { cue: t.t, speaker: null }
  }
  return fallback
}

const isClauseOpener = (t: Token): boolean => CLAUSE_OPENERS.has(t.lower)

/** The cue of a subordinate clause between `from` and the quote, when that clause names its own speaker. */
function laterClauseCue(c: Context, from: number): Cue | null {
  const { tokens, text } = c
  const opener = firstIndex(tokens, from, c.leftTo, isClauseOpener)
  if (opener < 0) return null
  for (let v = opener + 1; v < c.leftTo; v++) {
    if (!isVerb(tokens, v, true) || tokens[v]!.lower.endsWith('ing')) continue
    // A clause we cannot read the subject of leaves the speaker unknown rather than the main clause's.
    const s = phraseBefore(text, tokens, v, opener + 1)
    return { cue: tokens[v]!.t, speaker: s && s.at === opener + 1 ? s : null }
  }
  return null
}

/**
 * The subject at the start of the sentence, for a participle cue: "Nora Abelson, …, emailed supporters, telling
 * them".
 */
function sentenceSubject(c: Context, before: number, start = c.leftFrom): Speaker | null {
  const { tokens } = c
  // "Pollard visited NBC's "Today" …, saying "…"": the subject stands before the earlier quote.
  const from = c.sameSentence && c.sentenceFrom !== undefined ? c.sentenceFrom : start
  for (let v = from + 1; v < before; v++) {
    const t = tokens[v]!
    if (
      t.word &&
      !t.cap &&
      (CUE_VERBS.has(t.lower) || /ed$/u.test(t.lower) || IRREGULAR_PAST.has(t.lower)) &&
      !PERSONAL_PRONOUNS.has(t.lower) &&
      !OTHER_PRONOUNS.has(t.lower)
    ) {
      const s = phraseBefore(c.text, tokens, v, from)
      if (s) return s
    }
  }
  return null
}

/** The cue verb and the speaker phrase of one quote, from the words around it in its sentence. */
export function findCue(c: Context): Cue | null {
  // Quoted words inside narration are governed by the verb before them: `Pell said he was "riding the fence" until
  // Corley said …`.
  const after = cueAfter(c)
  const before = cueBefore(c)
  if (c.partial && !(after?.speaker && after.tight) && before?.speaker) return before
  if (after?.speaker) return after
  if (before?.speaker) return before
  return after ?? before
}
