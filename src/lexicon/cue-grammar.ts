import { THINKING_VERBS } from './speech-verbs.js'

// English words around a cue verb, for the cue finder (src/quotes/find-cue.ts): what may stand between a
// quote and its speaker, which clauses have their own subject, which forms are nouns rather than verbs.

/** Lower-case words that cannot be part of a role between a quote and its speaker's name (any capitalised word can). */
export const GAP_STOPS: ReadonlySet<string> = new Set([
  'until',
  'unless',
  'though',
  'although',
  'once',
  'where',
  'when',
  'while',
  'if',
  'as',
  'and',
  'but',
  'because',
  'after',
  'before',
  'since',
  'that',
  'which',
  'who',
  'he',
  'she',
  'they',
  'we',
  'i',
  'it',
  'you',
  'the',
  'a',
  'an',
  'is',
  'was',
  'are',
  'were',
  'to',
  'in',
  'on',
  'at',
  'of',
  'for',
  'with',
  'by',
  'from',
  'so',
  'then',
  'not',
])

/** Prepositions: a noun-like cue form after one is a noun ("of comment"). */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of',
  'in',
  'on',
  'for',
  'with',
  'by',
  'from',
  'at',
  'about',
  'against',
  'over',
  'under',
  'into',
  'without',
  'after',
  'before',
])

/** Irregular past forms: the sentence's own verb, before a participle cue ("Nora Abelson … sent, saying"). */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'left',
  'made',
  'gave',
  'took',
  'went',
  'came',
  'sent',
  'got',
  'set',
  'spoke',
  'began',
  'held',
  'kept',
  'met',
  'brought',
  'found',
  'stood',
  'ran',
  'won',
  'lost',
  'led',
  'broke',
  'struck',
  'hit',
  'cut',
  'let',
  'paid',
  'sat',
  'fought',
  'drew',
  'shot',
  'threw',
  'chose',
])

/** Forms of "be": a progressive ("is telling") is read like any verb. */
export const BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were'])

/** Passive auxiliaries: after one the speaker is not the subject ("the plan was called"). */
export const PASSIVE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be', 'get', 'got'])

/** Verbs of thinking and wanting: never a cue after the quote (`"…" Carver wants to …`). */
export const NOT_AFTER: ReadonlySet<string> = new Set([
  ...THINKING_VERBS,
  'read',
  'offer',
  'put',
  'post',
  'text',
  'question',
  'cite',
  'mention',
  'refer',
])

/** Words after which a noun-like form ("comment", "claims") is a verb: "to comment", "he claims", "officials claim". */
export const SUBJECT_LIKE: ReadonlySet<string> = new Set([
  'to',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'did',
  'do',
  'does',
  'not',
  'never',
  'also',
  'he',
  'she',
  'it',
  'i',
  'we',
  'they',
  'you',
  'later',
  'then',
  'often',
  'has',
  'have',
  'had',
])

/** A leading clause whose verb is not the sentence's: "While not everything Carver says is true, Jansen said …". */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'while',
  'although',
  'though',
  'if',
  'when',
  'as',
  'after',
  'because',
  'since',
  'unless',
  'whether',
  'before',
  'until',
  'whereas',
])

/** Words opening a subordinate clause with a cue of its own ("… after a woman told him …"). */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'when',
  'while',
  'because',
  'since',
  'until',
  'before',
  'although',
  'though',
  'whereas',
])
