import { CUE_VERBS } from '../lexicon/speech-verbs.js'
import { HONORIFICS, SENTENCE_OPENERS, TITLE_WORDS } from '../lexicon/titles.js'
import { nameKey, splitRole } from './split-role.js'
import { type Token, tokenize } from './tokens.js'

// The people a story names, so that a bare surname ("Pashinyan", "Mr. Pashinyan") or a pronoun can be read as
// the full name introduced earlier ("Nikol Pashinyan"). The headline is paragraph -1.

export interface Mention {
  /** Full name without title: "Nikol Pashinyan". */
  name: string
  last: string
  /** Position in reading order: block index (−1 for the headline), then offset. */
  block: number
  offset: number
}

/**
 * The full names of a story, looked up by surname. Why lazily: most paragraphs of a quoted story are never asked
 * about, so a paragraph's names are read only when a surname it contains is looked up (a full name ending in a
 * surname can only stand in a paragraph whose text holds it), and only up to the paragraph asking. Reading every
 * paragraph's names up front doubled the quotes step (bench/steps.mjs; see the commit that made this plain).
 */
export class MentionIndex {
  /** The last person a quote was given to, and where. */
  lastSpeaker: { speaker: string; role: string | null; block: number; offset?: number } | null = null
  private readonly names = new Map<number, Mention[]>()

  constructor(
    private readonly texts: readonly string[],
    /** The tokens of paragraph i. */
    private readonly tokensOf: (block: number) => readonly Token[],
    private readonly headline?: string,
  ) {}

  /** The full names ending in `surname` in the headline and the paragraphs up to `block`, in reading order. */
  endingIn(surname: string, block: number): Mention[] {
    const out: Mention[] = []
    for (let i = -1; i <= block && i < this.texts.length; i++) {
      if (this.textOf(i).includes(surname)) out.push(...this.namesIn(i).filter((m) => m.last === surname))
    }
    return out
  }

  /** The story's first full name ending in `surname`. */
  firstEndingIn(surname: string): Mention | undefined {
    for (let i = -1; i < this.texts.length; i++) {
      if (!this.textOf(i).includes(surname)) continue
      const found = this.namesIn(i).find((m) => m.last === surname)
      if (found) return found
    }
    return undefined
  }

  /** Paragraph `block`'s full names and its lone surnames resolved to them, by offset. */
  inBlock(block: number): Mention[] {
    const list = [...this.namesIn(block), ...surnamesIn(this.tokensOf(block), block, this)]
    return list.sort((a, b) => a.offset - b.offset)
  }

  private textOf(i: number): string {
    return (i < 0 ? this.headline : this.texts[i]) ?? ''
  }

  /** The full names of paragraph `i` (-1: the headline). */
  private namesIn(i: number): Mention[] {
    let list = this.names.get(i)
    if (!list) {
      list = mentionsIn(this.textOf(i), i < 0 ? tokenize(this.textOf(i)) : this.tokensOf(i), i)
      this.names.set(i, list)
    }
    return list
  }
}

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
    if (j - i < 2) {
      i = Math.max(j, i + 1)
      continue
    }
    const s = splitRole(text, tokens, i, j)
    const key = nameKey(s.speaker)
    const person = key.length >= 2 && key.length <= 4 && !key.some(isTitleOrHonorific)
    if (person) out.push({ name: key.join(' '), last: key.at(-1)!, block, offset: tokens[i]!.start })
    i = Math.max(j, i + 1)
  }
  return out
}

function isTitleOrHonorific(word: string): boolean {
  const lower = word.toLowerCase()
  return TITLE_WORDS.has(lower) || HONORIFICS.has(lower)
}

/** Lone capitalised words that are the surname of a full name before them, resolved to it. */
function surnamesIn(tokens: readonly Token[], block: number, index: MentionIndex): Mention[] {
  const out: Mention[] = []
  tokens.forEach((t, i) => {
    if (!t.cap || tokens[i + 1]?.cap || (tokens[i - 1]?.cap && !HONORIFICS.has(tokens[i - 1]!.lower))) return
    const full = lastBefore(index.endingIn(t.t, block), block, t.start)
    if (full) out.push({ name: full.name, last: full.last, block, offset: t.start })
  })
  return out
}

/** The last mention of a list in reading order that stands before (block, offset). */
export function lastBefore(list: readonly Mention[], block: number, offset: number): Mention | undefined {
  return list.findLast((m) => m.block < block || (m.block === block && m.offset < offset))
}
