import { SPEECH_DA } from '../lexicon/speech-da.js'
import { SPEECH_DE } from '../lexicon/speech-de.js'
import { SPEECH_ES } from '../lexicon/speech-es.js'
import { SPEECH_FI } from '../lexicon/speech-fi.js'
import { SPEECH_FR } from '../lexicon/speech-fr.js'
import { SPEECH_IT } from '../lexicon/speech-it.js'
import type { SpeechLexicon } from '../lexicon/speech-lexicon.js'
import { SPEECH_NL } from '../lexicon/speech-nl.js'
import { SPEECH_NO } from '../lexicon/speech-no.js'
import { SPEECH_PT } from '../lexicon/speech-pt.js'
import { SPEECH_SV } from '../lexicon/speech-sv.js'
import type { NameRules } from './split-role.js'
import type { Token } from './tokens.js'

// The speech lexicons of the languages other than English, as sets, by the language step's code. English
// has its own rules (find-cue.ts, speaker-phrase.ts); a language with no lexicon gets quote spans only.

export interface Lexicon {
  code: string
  verbs: ReadonlySet<string>
  introducing: ReadonlySet<string>
  /** Verb form → the particles that close its clause. */
  separable: ReadonlyMap<string, readonly string[]>
  auxiliaries: ReadonlySet<string>
  according: ReadonlySet<string>
  accordingAfter: ReadonlySet<string>
  afterQuote: ReadonlySet<string>
  forSource: ReadonlySet<string>
  pronouns: ReadonlySet<string>
  expletives: ReadonlySet<string>
  determiners: ReadonlySet<string>
  plurals: ReadonlySet<string>
  indefinites: ReadonlySet<string>
  titles: ReadonlySet<string>
  compounds: boolean
  elisions: ReadonlySet<string>
  honorifics: ReadonlySet<string>
  particles: ReadonlySet<string>
  stops: ReadonlySet<string>
  conjunctions: ReadonlySet<string>
  relatives: ReadonlySet<string>
  adverbs: ReadonlySet<string>
  openers: ReadonlySet<string>
  organisations: ReadonlySet<string>
  works: ReadonlySet<string>
  dashQuotes: SpeechLexicon['dashQuotes']
  /** The language's rules for names, for the mention index. */
  names: NameRules
}

function compile(l: SpeechLexicon): Lexicon {
  const separable = new Map<string, string[]>()
  for (const [verb, particle] of l.separable ?? []) separable.set(verb, [...(separable.get(verb) ?? []), particle])
  const lex: Lexicon = {
    code: l.code,
    verbs: new Set(l.verbs),
    introducing: new Set(l.introducing),
    separable,
    auxiliaries: new Set(l.auxiliaries),
    according: new Set(l.according),
    accordingAfter: new Set(l.accordingAfter),
    afterQuote: new Set(l.afterQuote),
    forSource: new Set(l.forSource),
    pronouns: new Set(l.pronouns),
    expletives: new Set(l.expletives),
    determiners: new Set(l.determiners),
    plurals: new Set(l.plurals),
    indefinites: new Set(l.indefinites),
    titles: new Set(l.titles),
    compounds: l.compounds ?? false,
    elisions: new Set(l.elisions),
    honorifics: new Set(l.honorifics),
    particles: new Set(l.particles),
    stops: new Set(l.stops),
    conjunctions: new Set(l.conjunctions),
    relatives: new Set(l.relatives),
    adverbs: new Set(l.adverbs),
    openers: new Set(l.openers),
    organisations: new Set(l.organisations),
    works: new Set(l.works),
    dashQuotes: l.dashQuotes,
    names: undefined as unknown as NameRules,
  }
  lex.names = {
    isTitle: (w) => isTitle(lex, w),
    isHonorific: (w) => lex.honorifics.has(w),
    isOpener: (w) => lex.openers.has(w) || lex.determiners.has(w) || lex.verbs.has(w) || lex.according.has(w),
    isPronoun: (w) => lex.pronouns.has(w),
    isOrganisation: (w) => lex.organisations.has(w),
    endings: l.nameEndings ?? [],
    isParticle: (w) => lex.particles.has(w),
    isDeterminer: (w) => lex.determiners.has(w),
    singleAfterTitle: true,
  }
  return lex
}

const LEXICONS: ReadonlyMap<string, Lexicon> = new Map(
  [SPEECH_DE, SPEECH_FR, SPEECH_ES, SPEECH_IT, SPEECH_PT, SPEECH_NL, SPEECH_DA, SPEECH_NO, SPEECH_SV, SPEECH_FI].map(
    (l) => [l.code, compile(l)],
  ),
)

/** The speech lexicon of a language other than English, or null (English, or no lexicon). */
export function lexiconFor(language: string | null): Lexicon | null {
  return (language && LEXICONS.get(language)) || null
}

/**
 * Whether a word is a title or role: listed, or, in languages that write titles as the end of compounds,
 * ending in one (`Sportdirektorin`, `ATU-Organisator`, `statsminister`).
 */
export function isTitle(lex: Lexicon, lower: string): boolean {
  if (lex.titles.has(lower)) return true
  const hyphen = lower.lastIndexOf('-')
  if (hyphen > 0 && lex.titles.has(lower.slice(hyphen + 1))) return true
  if (!lex.compounds) return false
  for (const title of lex.titles)
    if (title.length >= 5 && lower.length > title.length && lower.endsWith(title)) return true
  return false
}

/**
 * The tokens with elided words split off: `l’Anses` → `l`, `Anses`; `dell’emergenza` → `dell`, `emergenza`.
 * The apostrophe belongs to neither (offsets stay the text's).
 */
export function splitElisions(tokens: Token[], lex: Lexicon): Token[] {
  if (lex.elisions.size === 0) return tokens
  const out: Token[] = []
  for (const t of tokens) {
    const m = t.word ? /^([\p{L}]+)['’](?=[\p{L}\p{N}])/u.exec(t.t) : null
    const head = m?.[1]
    if (!head || !lex.elisions.has(head.toLowerCase())) {
      out.push(t)
      continue
    }
    const rest = t.t.slice(m[0].length)
    const restStart = t.start + m[0].length
    out.push({
      t: head,
      lower: head.toLowerCase(),
      start: t.start,
      end: t.start + head.length,
      word: true,
      dot: false,
      cap: false,
    })
    out.push({ ...t, t: rest, lower: rest.toLowerCase(), start: restStart, cap: /^\p{Lu}/u.test(rest) })
  }
  return out
}
