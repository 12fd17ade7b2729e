import { mentionsIn, surnamesIn, type Mention, type Resolver } from './resolve-speaker.js'
import { capitalParts, tokenize, type Token } from './tokens.js'

// The names a story mentions, gathered paragraph by paragraph only as far as the quotes read so far
// need them: a pronoun or a bare surname at paragraph b looks only at paragraphs up to b, so the
// paragraphs after the last such speaker are never tokenised. A surname with no full name before it
// takes the first one in the whole story (`reach`), as the resolver always has.

export class MentionIndex {
  readonly resolver: Resolver
  private through = -1

  constructor(
    private readonly texts: readonly string[],
    /** A paragraph's tokens when they have been made already. */
    private readonly tokensMade: (block: number) => Token[] | undefined,
    private readonly headline: string | undefined,
  ) {
    this.resolver = { mentions: [], lastSpeaker: null, surnames: [], bySurname: new Map(), byBlock: new Map(), reach: (surname) => this.reach(surname) }
  }

  /** The resolver, with every mention up to and including paragraph `block` indexed. */
  upTo(block: number): Resolver {
    const last = Math.min(block, this.texts.length - 1)
    // The headline's names come first, read when the first paragraph is.
    if (this.through === -1 && this.through < last && this.headline !== undefined) this.add(-1, mentionsIn(this.headline, tokenize(this.headline), -1), [])
    while (this.through < last) {
      const i = ++this.through
      const text = this.texts[i]!
      // Names are capitalised: the rest of a paragraph is not tokenised for them.
      const made = this.tokensMade(i)
      const parts = made ? [made] : capitalParts(text).map(([from, to]) => tokenize(text, from, to))
      for (const tokens of parts) this.add(i, mentionsIn(text, tokens, i), null)
      const surnames: Mention[] = []
      for (const tokens of parts) surnames.push(...surnamesIn(tokens, i, this.resolver))
      this.add(i, [], surnames)
    }
    return this.resolver
  }

  /** Indexes paragraphs until one with a full name ending in `surname` (only a paragraph holding the word can). */
  private reach(surname: string): void {
    const known = this.resolver.bySurname!
    for (let i = this.through + 1; i < this.texts.length && !known.has(surname); i++) if (this.texts[i]!.includes(surname)) this.upTo(i)
  }

  private add(block: number, mentions: readonly Mention[], surnames: readonly Mention[] | null): void {
    const r = this.resolver
    for (const m of mentions) {
      r.mentions.push(m)
      const list = r.bySurname!.get(m.last)
      if (list) list.push(m)
      else r.bySurname!.set(m.last, [m])
    }
    if (surnames === null) {
      if (mentions.length > 0) r.byBlock!.set(block, [...(r.byBlock!.get(block) ?? []), ...mentions])
      return
    }
    if (surnames.length === 0) return
    r.surnames!.push(...surnames)
    const inBlock = [...(r.byBlock!.get(block) ?? []), ...surnames].sort((a, b) => a.offset - b.offset)
    r.byBlock!.set(block, inBlock)
  }
}
