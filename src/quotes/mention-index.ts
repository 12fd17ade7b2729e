import { mentionsIn, surnamesIn, type Mention, type Resolver } from './resolve-speaker.js'
import { capitalParts, tokenize, type Token } from './tokens.js'

// The names a story mentions, gathered paragraph by paragraph only as far as the quotes read so far
// need them: a pronoun or a bare surname at paragraph b looks only at full names up to b and at the
// surnames of b itself, so the paragraphs after the last such speaker are never tokenised, and of the
// others only the runs of capitalised words are. A surname with no full name before it
// takes the first one in the whole story (`reach`), as the resolver always has.

export class MentionIndex {
  readonly resolver: Resolver
  private through = -1
  private readonly surnamed = new Set<number>()

  constructor(
    private readonly texts: readonly string[],
    /** A paragraph's tokens when they have been made already. */
    private readonly tokensMade: (block: number) => Token[] | undefined,
    private readonly headline: string | undefined,
  ) {
    this.resolver = { mentions: [], lastSpeaker: null, surnames: [], bySurname: new Map(), byBlock: new Map(), reach: (surname) => this.reach(surname) }
  }

  /**
   * The resolver, with every full name up to and including paragraph `block` indexed, and the surnames of
   * paragraph `block` itself (only a pronoun there looks at them: no other paragraph's are ever read).
   */
  upTo(block: number): Resolver {
    const last = Math.min(block, this.texts.length - 1)
    this.namesThrough(last)
    if (last >= 0 && !this.surnamed.has(last)) {
      this.surnamed.add(last)
      const parts = this.partsOf(last, 1)
      const surnames: Mention[] = []
      for (const tokens of parts) surnames.push(...surnamesIn(tokens, last, this.resolver))
      this.add(last, [], surnames)
    }
    return this.resolver
  }

  private namesThrough(last: number): void {
    // The headline's names come first, read when the first paragraph is.
    if (this.through === -1 && this.through < last && this.headline !== undefined) this.add(-1, mentionsIn(this.headline, tokenize(this.headline), -1), [])
    while (this.through < last) {
      const i = ++this.through
      // A full name is two capitalised words with a space between: parts of one chunk hold none.
      for (const tokens of this.partsOf(i, 2)) this.add(i, mentionsIn(this.texts[i]!, tokens, i), null)
    }
  }

  /** The tokens of a paragraph's capitalised parts of at least `chunks` chunks (all its tokens when made already). */
  private partsOf(i: number, chunks: number): Token[][] {
    const made = this.tokensMade(i)
    if (made) return [made]
    const text = this.texts[i]!
    // Names are capitalised: the rest of a paragraph is not tokenised for them.
    const out: Token[][] = []
    for (const [from, to] of capitalParts(text, chunks)) out.push(tokenize(text, from, to))
    return out
  }

  /** Indexes paragraphs until one with a full name ending in `surname` (only a paragraph holding the word can). */
  private reach(surname: string): void {
    const known = this.resolver.bySurname!
    for (let i = this.through + 1; i < this.texts.length && !known.has(surname); i++) if (this.texts[i]!.includes(surname)) this.namesThrough(i)
  }

  private add(block: number, mentions: readonly Mention[], surnames: readonly Mention[] | null): void {
    const r = this.resolver
    for (const m of mentions) {
      r.mentions.push(m)
      const list = r.bySurname!.get(m.last)
      if (list) list.push(m)
      else r.bySurname!.set(m.last, [m])
    }
    // A paragraph's list is this index's own (nothing else holds it): it grows in place.
    if (surnames === null) {
      if (mentions.length > 0) {
        const list = inBlock(r, block)
        for (const m of mentions) list.push(m)
      }
      return
    }
    if (surnames.length === 0) return
    const list = inBlock(r, block)
    for (const m of surnames) {
      r.surnames!.push(m)
      list.push(m)
    }
    list.sort(byOffset)
  }
}

/** The mentions indexed for one paragraph, a new empty list if none. */
function inBlock(r: Resolver, block: number): Mention[] {
  let list = r.byBlock!.get(block)
  if (!list) r.byBlock!.set(block, (list = []))
  return list
}
const byOffset = (a: Mention, b: Mention): number => a.offset - b.offset
