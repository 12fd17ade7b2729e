import { isTitle, type Lexicon } from './languages.js'
import { fold, lastBefore, type Mention, type MentionIndex } from './mention-index.js'
import { nameKey, type Speaker } from './split-role.js'

// Coreference, kept simple and cautious: a surname ("Sarkisov", "Mr. Sarkisov") becomes the most
// recent full name that ends with it ("Armen Sarkisov"); "he"/"she" becomes the speaker of a quote in
// the same or one of the previous two paragraphs. In a language with a speech lexicon, a description
// headed by a title ("le ministre de la Santé", "die Stuttgarter Sportdirektorin") becomes the person
// named with that title before. Anything else stays as written, or null.

const PRONOUN_REACH = 2

type Resolved = { speaker: string; role: string | null }

/** Resolves a speaker phrase found at (block, offset); null when it cannot be resolved safely. */
export function resolveSpeaker(
  index: MentionIndex,
  s: Speaker,
  block: number,
  offset: number,
  lex: Lexicon | null = null,
): Resolved | null {
  if (s.pronoun) {
    // "Ellison rejected that. "…," she said.": a known name earlier in the same paragraph comes first.
    const last = index.lastSpeaker
    const pick = lastBefore(index.inBlock(block), block, offset)
    if (pick && pick.offset > (last?.block === block ? (last.offset ?? -1) : -1))
      return { speaker: pick.name, role: null }
    return last && block - last.block <= PRONOUN_REACH ? { speaker: last.speaker, role: last.role } : null
  }
  if (!s.name) return (lex && describedPerson(index, lex, s, block, offset)) || { speaker: s.speaker, role: s.role }
  const key = nameKey(s.speaker, index.rules)
  if (key.length !== 1) return { speaker: s.speaker, role: s.role }
  // No full name before it: the first one anywhere in the story.
  const found = lastBefore(index.endingIn(key[0]!, block), block, offset) ?? index.firstEndingIn(key[0]!)
  return { speaker: found ? found.name : s.speaker, role: s.role }
}

/**
 * described-person: a description headed by a title stands for a person named before: the speaker just
 *   quoted in the same paragraph ("…", añade el científico); else a speaker or a name whose role holds the
 *   title (the one sharing most words with the description wins: "le ministre de la Santé" is the one named
 *   "le ministre de la Santé Radek Hruby", not "le Premier ministre Jan Dvorský"); else the last person
 *   named before it in the paragraph; else the speaker quoted just before, or the story's only speaker.
 * Not a description with no title ("le gouvernement", "la entidad"): it stays as written.
 */
function describedPerson(
  index: MentionIndex,
  lex: Lexicon,
  s: Speaker,
  block: number,
  offset: number,
): Resolved | null {
  const lower = s.speaker.toLowerCase().split(/[\s’']+/u)
  const head = lower.findLast((w) => isTitle(lex, w))
  // "een woordvoerder van de brancheorganisatie": an indefinite description brings in someone new.
  if (!head || lex.indefinites.has(lower[0]!)) return null
  const words = lower.map(fold)
  const folded = fold(head)
  // "gli attivisti", "los expertos": a group, not a person named before.
  if (lex.plurals.has(lower[0]!)) return null
  const last = index.lastSpeaker
  if (last && last.block === block) return { speaker: last.speaker, role: s.speaker }
  const holds = (role: string | null | undefined): number => {
    if (!role) return 0
    const roleWords = role.split(/[\s’']+/u).map(fold)
    if (!roleWords.some((w) => w === folded || (lex.compounds && w.endsWith(folded)))) return 0
    return words.filter((w) => roleWords.some((r) => r.startsWith(w.slice(0, Math.max(4, w.length - 2))))).length
  }
  let best: Resolved | null = null
  let bestScore = 0
  const known = [
    ...mentionsBefore(index, block, offset).map((m) => ({ speaker: m.name, role: m.role ?? null })),
    ...index.speakers.filter((p) => p.block < block || (p.block === block && (p.offset ?? 0) < offset)),
  ]
  for (const p of known) {
    const score = holds(p.role)
    if (score > 0 && score >= bestScore) {
      best = { speaker: p.speaker, role: s.speaker }
      bestScore = score
    }
  }
  if (best) return best
  const named = lastBefore(index.inBlock(block), block, offset)
  if (named) return { speaker: named.name, role: s.speaker }
  // "…", acrescentou o comandante: the speaker quoted just before, or the only one the story has quoted.
  const people = new Set(index.speakers.map((p) => p.speaker))
  if (last && (block - last.block <= PRONOUN_REACH || people.size === 1))
    return { speaker: last.speaker, role: s.speaker }
  return null
}

/** The names with roles of the paragraphs before `block` and of `block` before `offset`, in reading order. */
function mentionsBefore(index: MentionIndex, block: number, offset: number): Mention[] {
  const out: Mention[] = []
  for (let b = -1; b <= block; b++)
    for (const m of index.namesIn(b)) if (m.role && (b < block || m.offset < offset)) out.push(m)
  return out
}
