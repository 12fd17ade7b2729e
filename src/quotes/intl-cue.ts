import type { Context, Cue } from './find-cue.js'
import { isPerson } from './intl-name.js'
import { phraseAfter, phraseBefore } from './intl-phrase.js'
import type { Lexicon } from './languages.js'
import type { Speaker } from './split-role.js'
import { endsSentence, type Token } from './tokens.js'

// The cue and speaker of a quote in a language with a speech lexicon, as news copy in these languages
// writes them. Ordered rules, after the quote first:
//   after-word     «…», so Vossberg / ,,…'', aldus De Vries
//   according      «…», según el ministro / laut Gutierrez »…«
//   inverted       «…», a déclaré le ministre / «…», a-t-il estimé / – …, sier Ruud / “…”, afirma.
//   subject-verb   – …, Mäkelä sanoi.
//   before         Andrés Babiš a déclaré que le « … » / Il poursuit : « … » / cuenta Marenco, “…”
// A cue verb with no subject (Spanish, Italian and Portuguese drop it: "“…”, afirma.") gives a pronoun,
// which resolves to the speaker before.

// Marks and punctuation between a quote and its attribution.
const LEAD = new Set([',', '–', '—', '-', ';', '»', '«', '"', '“', '”', '„', "'", '’', '‘'])
const INVERTED = /^(.+?)-(?:t-)?(il|elle|ils|elles)$/u
const MAX_SUBJECT = 8

/** A cue verb at `i`: lower-case, listed, and not a noun after a determiner ("la cuenta"). */
function isVerb(lex: Lexicon, tokens: readonly Token[], i: number, introducing = false): boolean {
  const t = tokens[i]
  if (!t?.word || t.cap || !(lex.verbs.has(t.lower) || (introducing && lex.introducing.has(t.lower)))) return false
  const prev = tokens[i - 1]
  return !(prev?.word && lex.determiners.has(prev.lower) && !lex.auxiliaries.has(prev.lower))
}

export interface VerbAt {
  /** The tokens of the cue: an auxiliary and its participle, or one verb. */
  from: number
  end: number
  /** A pronoun written onto the verb: "a-t-il", "affirme-t-elle". */
  pronoun?: string
}

/** The cue verb starting at `i`: "dijo", "a déclaré", "ha detto", "a-t-il estimé", "affirme-t-elle". */
export function verbAt(lex: Lexicon, tokens: readonly Token[], i: number, introducing = false): VerbAt | null {
  const t = tokens[i]
  if (!t?.word || t.cap) return null
  const inverted = INVERTED.exec(t.lower)
  if (inverted) {
    const [, base, pronoun] = inverted
    if (lex.verbs.has(base!)) return { from: i, end: i + 1, pronoun }
    if (lex.auxiliaries.has(base!) && isVerb(lex, tokens, i + 1, introducing)) return { from: i, end: i + 2, pronoun }
    return null
  }
  if (lex.auxiliaries.has(t.lower)) {
    let v = i + 1
    while (lex.adverbs.has(tokens[v]?.lower ?? '') && v - i < 3) v++
    return isVerb(lex, tokens, v, introducing) ? { from: i, end: v + 1 } : null
  }
  return isVerb(lex, tokens, i, introducing) ? { from: i, end: i + 1 } : null
}

/** The cue's words as written, without a full stop ending the sentence ("a-t-il assuré."). */
const cueText = (c: Context, from: number, end: number): string => {
  const last = c.tokens[end - 1]!
  return c.text.slice(c.tokens[from]!.start, last.dot ? last.end - 1 : last.end)
}
const dropped = (at: number): Speaker => ({ speaker: '', role: null, pronoun: true, name: false, at })

/** A separable verb's particle closing the clause after `verb`, or -1: "räumt Gutierrez ein". */
function particleAfter(lex: Lexicon, tokens: readonly Token[], verb: number, to: number): number {
  const particles = lex.separable.get(tokens[verb]!.lower)
  if (!particles) return -1
  for (let k = verb + 1; k < to && k - verb <= MAX_SUBJECT + 2; k++) {
    const t = tokens[k]!
    if (!t.word) return -1
    if (particles.includes(t.lower) && (t.dot || !tokens[k + 1]?.word)) return k
  }
  return -1
}

/** The speaker named after a cue verb ending at `end`: read forwards, or the verb's own pronoun, or none said. */
function subjectAfter(lex: Lexicon, c: Context, v: VerbAt, to: number): Speaker {
  if (v.pronoun) return { speaker: v.pronoun, role: null, pronoun: true, name: false, at: v.from }
  return phraseAfter(lex, c.text, c.tokens, v.end, to) ?? dropped(v.from)
}

/**
 * After the quote: `«…», so Vossberg`, `«…», según X`, `«…», a déclaré X`, `– …, Mäkelä sanoi`.
 */
export function cueAfter(lex: Lexicon, c: Context): Cue | null {
  const { tokens, text } = c
  let r = c.rightFrom
  while (r < c.rightTo && LEAD.has(tokens[r]!.t)) r++
  if (r >= c.rightTo) return null
  const first = tokens[r]!
  const commaBefore = r > c.rightFrom && tokens.slice(c.rightFrom, r).some((t) => t.t === ',')
  if (lex.afterQuote.has(first.lower) && commaBefore) {
    const s = phraseAfter(lex, text, tokens, r + 1, c.rightTo)
    if (s) return { cue: first.t, speaker: s, tight: true }
  }
  if (lex.according.has(first.lower)) {
    // "según valoró el miembro del comité regional": "according to" and a verb.
    const v = verbAt(lex, tokens, r + 1)
    if (v) return { cue: cueText(c, r, v.end), speaker: subjectAfter(lex, c, v, c.rightTo) }
    const s = phraseAfter(lex, text, tokens, r + 1, c.rightTo)
    if (s) return { cue: first.t, speaker: s }
  }
  const v = verbAt(lex, tokens, r)
  if (v) return { cue: cueText(c, v.from, v.end), speaker: subjectAfter(lex, c, v, c.rightTo), tight: true }
  const particle = particleAfter(lex, tokens, r, c.rightTo)
  if (particle > 0) {
    const s = phraseAfter(lex, text, tokens, r + 1, particle) ?? dropped(r)
    return { cue: `${first.t} ${tokens[particle]!.t}`, speaker: s, tight: true }
  }
  // The subject first: "Mäkelä sanoi", "il a ajouté", "Gutierrez zufolge".
  for (let k = r + 1; k < c.rightTo && k - r <= MAX_SUBJECT; k++) {
    if (!tokens[k]!.word) return null
    const later = verbAt(lex, tokens, k)
    const after = lex.accordingAfter.has(tokens[k]!.lower)
    if (!later && !after && particleAfter(lex, tokens, k, c.rightTo) < 0) continue
    const s = phraseBefore(lex, text, tokens, k, r)
    if (s && s.at === r)
      return { cue: later ? cueText(c, later.from, later.end) : tokens[k]!.t, speaker: s, tight: true }
    break
  }
  return closingAttribution(lex, c, r)
}

/**
 * closing-attribution: quoted words inside a sentence whose last clause names the speaker:
 * `»Noch« werde man nicht zum Mietenstreik aufrufen, sagt Gutierrez.` Only a named speaker, and only when
 * the attribution ends the sentence.
 */
function closingAttribution(lex: Lexicon, c: Context, from: number): Cue | null {
  const { tokens } = c
  for (let k = from; k < c.rightTo; k++) {
    if (tokens[k]!.t !== ',') continue
    const v = verbAt(lex, tokens, k + 1)
    if (!v || v.pronoun) continue
    const s = phraseAfter(lex, c.text, tokens, v.end, c.rightTo)
    const end = s?.end ?? -1
    if (s?.name && (end >= c.rightTo || (end > 0 && endsSentence(tokens, end - 1)) || tokens[end]?.t === '.'))
      return { cue: cueText(c, v.from, v.end), speaker: s }
  }
  return null
}

/**
 * Before the quote: `laut X »…«`, `Para López, … “…”`, `X a déclaré que « … »`, `cuenta Marenco,
 * “…”`.
 */
function cueBefore(lex: Lexicon, c: Context): Cue | null {
  const { tokens, text } = c
  const floor = c.sameSentence && c.sentenceFrom !== undefined ? c.sentenceFrom : c.leftFrom
  for (let i = c.leftFrom; i < c.leftTo; i++) {
    const t = tokens[i]!
    if (lex.according.has(t.lower)) {
      const s = phraseAfter(lex, text, tokens, i + 1, c.leftTo)
      if (s) return { cue: t.t, speaker: s }
    }
    if (lex.accordingAfter.has(t.lower)) {
      const s = phraseBefore(lex, text, tokens, i, floor)
      if (s) return { cue: t.t, speaker: s }
    }
  }
  // "Pour la toxicologue, « … »": the source opens the sentence, set off by a comma.
  const lead = tokens[floor]
  if (lead && lex.forSource.has(lead.lower)) {
    const s = phraseAfter(lex, text, tokens, floor + 1, c.leftTo)
    if (s && isPerson(lex, s) && tokens[s.end ?? -1]?.t === ',') return { cue: lead.t, speaker: s }
  }
  let fallback: Cue | null = null
  for (let i = c.leftFrom; i < c.leftTo; i++) {
    const v = verbAt(lex, tokens, i, true)
    if (!v) continue
    const cue = cueText(c, v.from, v.end)
    if (v.pronoun) return { cue, speaker: subjectAfter(lex, c, v, c.leftTo) }
    const subject = phraseBefore(lex, text, tokens, v.from, floor)
    if (subject) return { cue, speaker: subject }
    // "cuenta Marenco, “…”", "versichert Stuttgarts Sportdirektorin Kim Vossberg: "…"": the subject after the
    // verb.
    const after = phraseAfter(lex, text, tokens, v.end, c.leftTo)
    const end = after?.end ?? -1
    if (after && (end >= c.leftTo || tokens[end]!.t === ',' || tokens[end]!.t === ':')) return { cue, speaker: after }
    // "…, y señaló que … “…”": a verb joined to the sentence's first one has its subject, given by the
    // quote before.
    const joined = lex.conjunctions.has(tokens[v.from - 1]?.lower ?? '') && c.sameSentence
    fallback ??= { cue, speaker: joined ? null : (openingName(lex, c, floor, v.from) ?? dropped(v.from)) }
    i = v.end - 1
  }
  return fallback
}

/**
 * A name opening the sentence and set off by a comma, for a verb far from it: "Tomás Varela, el
 * investigador …, que reportó el récord explica que “…”".
 */
function openingName(lex: Lexicon, c: Context, floor: number, verb: number): Speaker | null {
  const s = phraseAfter(lex, c.text, c.tokens, floor, verb)
  return s?.name && s.at === floor && c.tokens[s.end ?? -1]?.t === ',' ? s : null
}

/** The cue verb and the speaker phrase of one quote, from the words around it in its sentence. */
export function findCueIntl(lex: Lexicon, c: Context): Cue | null {
  const after = cueAfter(lex, c)
  const before = cueBefore(lex, c)
  // Quoted words inside narration are governed by the verb before them.
  if (c.partial && !(after?.speaker && after.tight) && before?.speaker) return before
  if (after?.speaker) return after
  if (before?.speaker) return before
  return after ?? before ?? reportedBefore(lex, c)
}

/**
 * reported-then-quoted: a quote opening its sentence with no cue of its own, after a sentence of the same
 * paragraph that reports a named speaker: `…, Laura Fuenzalida, quien afirmó que … . “El asunto …”`.
 */
function reportedBefore(lex: Lexicon, c: Context): Cue | null {
  if (c.leftFrom !== c.leftTo || c.leftFrom === 0 || !endsSentence(c.tokens, c.leftFrom - 1)) return null
  let from = c.leftFrom - 1
  while (from > 0 && c.leftFrom - from < 80 && !endsSentence(c.tokens, from - 1)) from--
  const cue = cueBefore(lex, { ...c, leftFrom: from, leftTo: c.leftFrom, sameSentence: false, sentenceFrom: from })
  return cue?.speaker && (cue.speaker.name || cue.speaker.role || isPerson(lex, cue.speaker)) && cue.speaker.speaker
    ? cue
    : null
}

/**
 * The speaker of a paragraph that introduces the next one's quote: "Syyttäjä Pasi Vainio sanoi, että …" / "X a
 * déclaré :".
 */
export function introducerIntl(lex: Lexicon, text: string, tokens: readonly Token[], from: number): Speaker | null {
  const c: Context = {
    text,
    tokens,
    leftFrom: from,
    leftTo: tokens.length,
    rightFrom: tokens.length,
    rightTo: tokens.length,
    endsSentence: false,
  }
  return cueBefore(lex, c)?.speaker ?? null
}
