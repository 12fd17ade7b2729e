import { ENGLISH_NAMES, type NameRules, nameKey, splitRole } from './split-role.js'
import { endsSentence, type Token, tokenize } from './tokens.js'

// The people a story names, so that a bare surname ("Sarkisov", "Mr. Sarkisov") or a pronoun can be read as
// the full name introduced earlier ("Armen Sarkisov"). The headline is paragraph -1.

export interface Mention {
  /** Full name without title: "Armen Sarkisov". */
  name: string
  last: string
  /** The surname without accents, lower-case. */
  key: string
  /** The title written before the name, if any: "Prime Minister", "le ministre de la Santé". */
  role?: string | null
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
  lastSpeaker: Spoken | null = null
  /** Everyone a quote was given to so far, in reading order, with the role they were named with. */
  readonly speakers: Spoken[] = []
  private readonly names = new Map<number, Mention[]>()
  private readonly folded = new Map<number, string>()

  constructor(
    private readonly texts: readonly string[],
    /** The tokens of paragraph i. */
    private readonly tokensOf: (block: number) => readonly Token[],
    private readonly headline?: string,
    readonly rules: NameRules = ENGLISH_NAMES,
  ) {}

  /**
   * The full names ending in `surname` in the headline and the paragraphs up to `block`, in reading order;
   * with the language's case endings taken off when no name ends in the word as written ("Åbergin" is
   * Åberg's). A surname written with accents is matched without them ("Murátov" is "Muratov").
   */
  endingIn(surname: string, block: number): Mention[] {
    for (const key of this.keysOf(surname)) {
      const out: Mention[] = []
      for (let i = -1; i <= block && i < this.texts.length; i++) out.push(...this.namesEndingIn(key, i))
      if (out.length > 0) return out
    }
    return []
  }

  /** The story's first full name ending in `surname`. */
  firstEndingIn(surname: string): Mention | undefined {
    for (const key of this.keysOf(surname)) {
      for (let i = -1; i < this.texts.length; i++) {
        const found = this.namesEndingIn(key, i)[0]
        if (found) return found
      }
    }
    return undefined
  }

  /**
   * Paragraph i's full names ending in `surname`. Why the text is searched first: a name ending in the surname
   * can only stand in a paragraph holding it, and most paragraphs are never read for names (see the class).
   * Only a surname with accents is searched for in the paragraphs' unaccented texts.
   */
  private namesEndingIn(surname: string, i: number): Mention[] {
    if (/^[\x00-\x7f]*$/u.test(surname))
      return this.textOf(i).includes(surname) ? this.namesIn(i).filter((m) => m.last === surname) : []
    const key = fold(surname)
    return this.foldedText(i).includes(key) ? this.namesIn(i).filter((m) => m.key === key) : []
  }

  /** A surname as written, then with each case ending of the language taken off. */
  private keysOf(surname: string): string[] {
    const keys = [surname]
    for (const ending of this.rules.endings)
      if (surname.length > ending.length + 2 && surname.endsWith(ending)) keys.push(surname.slice(0, -ending.length))
    return keys
  }

  private foldedText(i: number): string {
    let text = this.folded.get(i)
    if (text === undefined) {
      text = fold(this.textOf(i))
      this.folded.set(i, text)
    }
    return text
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
  namesIn(i: number): Mention[] {
    let list = this.names.get(i)
    if (!list) {
      list = mentionsIn(this.textOf(i), i < 0 ? tokenize(this.textOf(i)) : this.tokensOf(i), i, this.rules)
      this.names.set(i, list)
    }
    return list
  }
}

/** Who a quote was given to, where, and the role they were named with. */
export interface Spoken {
  speaker: string
  role: string | null
  block: number
  offset?: number
}

/** Lower case without accents: "Murátov" and "Muratov" are one name. */
export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()

const isAcronym = (w: string): boolean => w.length >= 2 && /^[\p{Lu}\p{N}-]+$/u.test(w)

/** Full names (two or more capitalised words after any title) in one block of text. */
export function mentionsIn(text: string, tokens: readonly Token[], block: number, rules = ENGLISH_NAMES): Mention[] {
  const out: Mention[] = []
  const isCap = (t: Token): boolean => t.cap && !rules.isPronoun(t.lower)
  let i = 0
  while (i < tokens.length) {
    if (!isCap(tokens[i]!)) {
      i++
      continue
    }
    let j = i
    // A run ends with its sentence ("…seit zehn Jahren. Laut Brandt": German nouns are capitalised).
    while (
      j < tokens.length &&
      j - i < 6 &&
      (isCap(tokens[j]!) || (rules.isParticle(tokens[j]!.lower) && j > i && isCap(tokens[j + 1] ?? tokens[j]!))) &&
      !(j > i && endsSentence(tokens, j - 1))
    )
      j++
    // "Said Ellison", "But Kowalski": a capitalised opener is not the first name.
    while (i < j && rules.isOpener(tokens[i]!.lower)) i++
    // After "de", "la" a run is an organisation or a place ("la Macrozona Sur", "del Climate Clock"), unless it
    // is a title's complement followed by a name ("le ministre de la Santé Radek Hruby").
    const lead = tokens[i - 1]
    if (lead && (rules.isParticle(lead.lower) || rules.isDeterminer(lead.lower)) && !rules.isTitle(tokens[i]!.lower)) {
      const organisation = tokens.slice(i, j).some((t) => rules.isOrganisation(t.lower))
      if (j - i < 3 || organisation || !titled(tokens, i - 1, rules)) {
        i = j
        continue
      }
      i++
      while (i < j && rules.isParticle(tokens[i]!.lower)) i++
    }
    if (j - i < 2) {
      // "el Presidente Boric": one word after a title names a person.
      const role = j - i === 1 && rules.singleAfterTitle ? titleBefore(text, tokens, i, rules) : null
      const word = tokens[i]
      if (role && word && !rules.isTitle(word.lower) && !rules.isOrganisation(word.lower) && !isAcronym(word.t))
        out.push({ name: word.t, last: word.t, key: fold(word.t), role, block, offset: word.start })
      i = Math.max(j, i + 1)
      continue
    }
    const s = splitRole(text, tokens, i, j, rules)
    const key = nameKey(s.speaker, rules)
    // "el Presidente Boric": one word after a title names a person where the language writes names so.
    const person =
      (key.length >= 2 || (key.length === 1 && !!s.role && rules.singleAfterTitle)) &&
      key.length <= 4 &&
      !key.some((w) => rules.isTitle(w.toLowerCase()) || rules.isHonorific(w.toLowerCase())) &&
      !key.some((w) => isAcronym(w) || rules.isOrganisation(w.toLowerCase()))
    if (person)
      out.push({
        name: key.join(' '),
        last: key.at(-1)!,
        key: fold(key.at(-1)!),
        role: s.role ?? titleBefore(text, tokens, i, rules),
        block,
        offset: tokens[i]!.start,
      })
    i = Math.max(j, i + 1)
  }
  return out
}

/** Whether a title stands within three words before `at`. */
function titled(tokens: readonly Token[], at: number, rules: NameRules): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 3; k--) if (rules.isTitle(tokens[k]!.lower)) return true
  return false
}

/**
 * The title written just before a name, with its determiner and complement: "la ministra" Izkia Siches,
 * "le ministre de la Santé" Radek Hruby; null when the word before the name (or its complement) is no title.
 */
function titleBefore(text: string, tokens: readonly Token[], at: number, rules: NameRules): string | null {
  let k = at - 1
  // "de la Santé": step back over a capitalised complement and its particle.
  if (
    tokens[k]?.cap &&
    (rules.isParticle(tokens[k - 1]?.lower ?? '') || rules.isDeterminer(tokens[k - 1]?.lower ?? ''))
  ) {
    k--
    while (k >= 0 && (rules.isParticle(tokens[k]!.lower) || rules.isDeterminer(tokens[k]!.lower))) k--
  }
  // "el investigador chileno Tomás Varela": an adjective after the title.
  if (
    tokens[k]?.word &&
    !tokens[k]!.cap &&
    !rules.isTitle(tokens[k]!.lower) &&
    rules.isTitle(tokens[k - 1]?.lower ?? '')
  )
    k--
  const title = tokens[k]
  if (!title?.word || !rules.isTitle(title.lower)) return null
  let from = k
  while (
    from > 0 &&
    at - from < 6 &&
    tokens[from - 1]!.word &&
    (rules.isTitle(tokens[from - 1]!.lower) || rules.isDeterminer(tokens[from - 1]!.lower))
  )
    from--
  return text.slice(tokens[from]!.start, tokens[at - 1]!.end)
}

/** Lone capitalised words that are the surname of a full name before them, resolved to it. */
function surnamesIn(tokens: readonly Token[], block: number, index: MentionIndex): Mention[] {
  const out: Mention[] = []
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1]
    // "But Kowalski", "Según Ruiz": a capitalised opener before a surname leaves it alone.
    if (
      !t.cap ||
      tokens[i + 1]?.cap ||
      (prev?.cap && !index.rules.isHonorific(prev.lower) && !index.rules.isOpener(prev.lower))
    )
      return
    const full = lastBefore(index.endingIn(t.t, block), block, t.start)
    if (full) out.push({ name: full.name, last: full.last, key: full.key, role: full.role, block, offset: t.start })
  })
  return out
}

/** The last mention of a list in reading order that stands before (block, offset). */
export function lastBefore(list: readonly Mention[], block: number, offset: number): Mention | undefined {
  return list.findLast((m) => m.block < block || (m.block === block && m.offset < offset))
}
