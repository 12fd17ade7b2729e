import { lastBefore, type MentionIndex } from './mention-index.js'
import { nameKey, type Speaker } from './split-role.js'

// Coreference, kept simple and cautious: a surname ("Pashinyan", "Mr. Pashinyan") becomes the most
// recent full name that ends with it ("Nikol Pashinyan"); "he"/"she" becomes the speaker of a quote in
// the same or one of the previous two paragraphs. Anything else stays as written, or null.

const PRONOUN_REACH = 2

/** Resolves a speaker phrase found at (block, offset); null when it cannot be resolved safely. */
export function resolveSpeaker(
  index: MentionIndex,
  s: Speaker,
  block: number,
  offset: number,
): { speaker: string; role: string | null } | null {
  if (s.pronoun) {
    // "Ellison rejected that. "…," she said.": a known name earlier in the same paragraph comes first.
    const last = index.lastSpeaker
    const pick = lastBefore(index.inBlock(block), block, offset)
    if (pick && pick.offset > (last?.block === block ? (last.offset ?? -1) : -1))
      return { speaker: pick.name, role: null }
    return last && block - last.block <= PRONOUN_REACH ? { speaker: last.speaker, role: last.role } : null
  }
  if (!s.name) return { speaker: s.speaker, role: s.role }
  const key = nameKey(s.speaker)
  if (key.length !== 1) return { speaker: s.speaker, role: s.role }
  // No full name before it: the first one anywhere in the story.
  const found = lastBefore(index.endingIn(key[0]!, block), block, offset) ?? index.firstEndingIn(key[0]!)
  return { speaker: found ? found.name : s.speaker, role: s.role }
}
