import { CUE_VERBS } from '../lexicon/speech-verbs.js'
import { HONORIFICS, SENTENCE_OPENERS, TITLE_WORDS } from '../lexicon/titles.js'
import { nameKey, type Speaker, splitRole } from './split-role.js'
import type { Token } from './tokens.js'

// Coreference, kept simple and cautious: a surname ("Pashinyan", "Mr. Pashinyan") becomes the most
// recent full name that ends with it ("Nikol Pashinyan"); "he"/"she" becomes the speaker of a quote in
// the same or one of the previous two paragraphs. Anything else stays as written, or null.

export interface Mention {
  /** Full name without title: "Nikol Pashinyan". */
  name: string
  last: string
  /** Position in reading order: block index (−1 for the headline), then offset. */
  block: number
  offset: number
}

const PRONOUN_REACH = 2

/** Full names (two or more capitalised words after any title) in one block of text. */
export function mentionsIn(text: string, tokens: readonly Token[], block: number): Mention[] {
  const out: Mention[] = []
  let i = 0
  while (i < tokens.length) {
    if (!tokens[i]!.cap) {
      i++
      continue
    }
    let j = i
    while (j < tokens.length && tokens[j]!.cap && j - i < 6) j++
    // "Said Ellison", "But Kowalski": a capitalised opener is not the first name.
    while (i < j && (SENTENCE_OPENERS.has(tokens[i]!.lower) || CUE_VERBS.has(tokens[i]!.lower))) i++
    // One token (no spaces in it) is at most one word of a name: no full name, nothing to split.
    if (j - i < 2) {
      i = Math.max(j, i + 1)
      continue
    }
    const s = splitRole(text, tokens, i, j)
    const key = nameKey(s.speaker)
    const person = key.length >= 2 && key.length <= 4 && !key.some(isTitleOrHonorific)
    if (person && i < j) out.push({ name: key.join(' '), last: key.at(-1)!, block, offset: tokens[i]!.start })
    i = Math.max(j, i + 1)
  }
  return out
}

function isTitleOrHonorific(word: string): boolean {
  const lower = word.toLowerCase()
  return TITLE_WORDS.has(lower) || HONORIFICS.has(lower)
}

export interface Resolver {
  /** The last person a quote was given to, and where. */
  lastSpeaker: { speaker: string; role: string | null; block: number; offset?: number } | null
  /** The full names ending in `surname`, in reading order: every one up to paragraph `block`, and perhaps some after. */
  endingIn(surname: string, block: number): readonly Mention[]
  /** The story's first full name ending in `surname`. */
  firstEndingIn(surname: string): Mention | undefined
  /** Paragraph `block`'s full names and its lone surnames resolved to them (`surnamesIn`), by offset. */
  inBlock(block: number): readonly Mention[]
}

/** Lone capitalised words that are the surname of a known full name, resolved to it. */
export function surnamesIn(tokens: readonly Token[], block: number, r: Resolver): Mention[] {
  const out: Mention[] = []
  tokens.forEach((t, i) => {
    if (!t.cap || tokens[i + 1]?.cap || (tokens[i - 1]?.cap && !HONORIFICS.has(tokens[i - 1]!.lower))) return
    const full = lastBefore(r.endingIn(t.t, block), block, t.start)
    if (full) out.push({ name: full.name, last: full.last, block, offset: t.start })
  })
  return out
}

/** The last mention of a sorted list that stands before (block, offset): a binary search. */
export function lastBefore(list: readonly Mention[] | undefined, block: number, offset: number): Mention | undefined {
  if (!list) return undefined
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const m = list[mid]!
    if (m.block < block || (m.block === block && m.offset < offset)) lo = mid + 1
    else hi = mid
  }
  return lo > 0 ? list[lo - 1] : undefined
}

/** Resolves a speaker phrase found at (block, offset); null when it cannot be resolved safely. */
export function resolveSpeaker(
  r: Resolver,
  s: Speaker,
  block: number,
  offset: number,
): { speaker: string; role: string | null } | null {
  if (s.pronoun) {
    // "Ellison rejected that. "…," she said.": a known name earlier in the same paragraph comes first.
    const pick = lastBefore(r.inBlock(block), block, offset)
    if (pick && pick.offset > (r.lastSpeaker?.block === block ? (r.lastSpeaker.offset ?? -1) : -1))
      return { speaker: pick.name, role: null }
    const last = r.lastSpeaker
    return last && block - last.block <= PRONOUN_REACH ? { speaker: last.speaker, role: last.role } : null
  }
  if (!s.name) return { speaker: s.speaker, role: s.role }
  const key = nameKey(s.speaker)
  if (key.length !== 1) return { speaker: s.speaker, role: s.role }
  const surname = key[0]!
  // No full name before it: the first one anywhere in the story.
  const found = lastBefore(r.endingIn(surname, block), block, offset) ?? r.firstEndingIn(surname)
  return { speaker: found ? found.name : s.speaker, role: s.role }
}
