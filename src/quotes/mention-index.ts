import { type Mention, mentionsIn, type Resolver, surnamesIn } from './resolve-speaker.js'
import { capitalParts, type Token, tokenize } from './tokens.js'

// The names a story mentions, gathered only as the quotes need them, surname by surname. A full name
// ending in a surname can only stand in a paragraph whose text holds that surname, so a surname's names
// are looked for only in those paragraphs, and a paragraph's full names are read (from its runs of
// capitalised words) once, the first time a surname it holds is asked for. Paragraph -1 is the headline.

export class MentionIndex implements Resolver {
  lastSpeaker: Resolver['lastSpeaker'] = null
  /** Full names of paragraph i at [i + 1] (the headline's at [0]), once read. */
  private readonly names: (Mention[] | undefined)[]
  /** Per surname: the full names ending in it found so far, in reading order, and the last paragraph searched. */
  private readonly bySurname = new Map<string, { list: Mention[]; through: number }>()
  /** Per paragraph: its full names and its lone surnames resolved to them, by offset. */
  private readonly byBlock = new Map<number, Mention[]>()

  constructor(
    private readonly texts: readonly string[],
    /** A paragraph's tokens when they have been made already. */
    private readonly tokensMade: (block: number) => Token[] | undefined,
    private readonly headline: string | undefined,
  ) {
    this.names = new Array(texts.length + 1)
  }

  endingIn(surname: string, block: number): readonly Mention[] {
    const entry = this.entry(surname)
    this.search(entry, surname, Math.min(block, this.texts.length - 1))
    return entry.list
  }

  firstEndingIn(surname: string): Mention | undefined {
    const entry = this.entry(surname)
    while (entry.list.length === 0 && entry.through < this.texts.length - 1)
      this.search(entry, surname, entry.through + 1)
    return entry.list[0]
  }

  inBlock(block: number): readonly Mention[] {
    let list = this.byBlock.get(block)
    if (list) return list
    list = this.namesOf(block).slice()
    // Resolved against the full names before each word (lastBefore), which `endingIn` has up to this paragraph.
    for (const tokens of this.partsOf(block, 1)) for (const m of surnamesIn(tokens, block, this)) list.push(m)
    list.sort(byOffset)
    this.byBlock.set(block, list)
    return list
  }

  private entry(surname: string): { list: Mention[]; through: number } {
    let entry = this.bySurname.get(surname)
    if (!entry) this.bySurname.set(surname, (entry = { list: [], through: -2 }))
    return entry
  }

  /** Adds the full names ending in `surname` of the paragraphs after `entry.through` up to `last`. */
  private search(entry: { list: Mention[]; through: number }, surname: string, last: number): void {
    for (let i = entry.through + 1; i <= last; i++) {
      const text = i < 0 ? this.headline : this.texts[i]
      if (text === undefined || !text.includes(surname)) continue
      for (const m of this.namesOf(i)) if (m.last === surname) entry.list.push(m)
    }
    if (last > entry.through) entry.through = last
  }

  /** The full names of paragraph `i` (-1: the headline). */
  private namesOf(i: number): Mention[] {
    let names = this.names[i + 1]
    if (names) return names
    if (i < 0) names = this.headline === undefined ? [] : mentionsIn(this.headline, tokenize(this.headline), -1)
    else {
      names = []
      // A full name is two capitalised words with a space between: parts of one chunk hold none.
      for (const tokens of this.partsOf(i, 2)) for (const m of mentionsIn(this.texts[i]!, tokens, i)) names.push(m)
    }
    this.names[i + 1] = names
    return names
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
}

const byOffset = (a: Mention, b: Mention): number => a.offset - b.offset
