import { comparableText } from '../source/block.js'
import { comparableEnd, END_SHORT, END_UNKNOWN } from './comparable-ends.js'
import type { LabelledBlock, ParseContext } from './context.js'
import { closesWith, couldBeHeadlineUnlessMeta, isNameOnly } from './headline-lines.js'
import { leadKeys, leadOverlap } from './lead-words.js'
import { isPageMetaText } from './meta-line.js'
import { pageAnalysis } from './page-residue.js'

// What the search for a web page's headline asks of the blocks above the
// main text, each answer computed once per search: the byline/date cluster
// under or over a line, whether another line echoes it (a page title, a
// breadcrumb, an address), how much it is about the story's opening.

/** How far below a headline its byline/date cluster may start. */
const META_DEPTH = 6
/** Fewest words a repeated line must have to count an exact copy of it as the headline's echo (menus repeat short labels). */
const ECHO_WORDS = 5
/** How much longer than the headline a page-title line may be: "Headline | Site Name". */
const TITLE_SUFFIX = 40
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i

/** A line that may echo a headline, the ends of its comparable text, and that text once asked for. */
interface EchoLine {
  index: number
  raw: string
  url: boolean
  head: number
  tail: number
  comparable: string | undefined
}

/**
 * What one search for a page's headline needs about its blocks, each
 * computed at most once: whether a block is a byline/date line, a name
 * alone, or could be a headline, where the byline/date cluster under it
 * starts, and the lines that may echo one.
 */
export class PageTop {
  private readonly meta: Int8Array
  private readonly title: Int8Array
  private readonly name: Int8Array
  /** `metaBelow` of each block, plus 2 (0 while not yet known). */
  private readonly below: Int8Array
  /** The lines that may echo a headline: above the text (and its first three blocks), web addresses or not sentences. */
  private echoes: EchoLine[] | undefined
  /** The first open block that is not a web address: where an article container's headline sits. */
  readonly firstOpen: number
  /** The content words of the prose that opens at each block (see lead-words.ts), as asked for. */
  private readonly leads = new Map<number, Set<string>>()

  constructor(
    readonly ctx: ParseContext,
    readonly regionStart: number,
  ) {
    const n = ctx.blocks.length
    this.meta = new Int8Array(n)
    this.title = new Int8Array(n)
    this.name = new Int8Array(n)
    this.below = new Int8Array(n)
    this.firstOpen = ctx.blocks.findIndex((b) => b.role === null && !URL_ONLY.test(b.text))
  }

  /** How much a line is about the main text's opening, 0 to 1 (leadOverlap). */
  aboutLead(block: LabelledBlock): number {
    // A candidate inside the main text is compared with the prose under it, not with what it heads off.
    const from = Math.max(this.regionStart, block.index + 1)
    let lead = this.leads.get(from)
    if (!lead) this.leads.set(from, (lead = leadKeys(this.ctx, pageAnalysis(this.ctx), from)))
    return leadOverlap(block.text, lead)
  }

  /**
   * Whether the open block right above is a byline/date line that tops its cluster: "Business Monday" /
   * "December 12, 2016 7:00 AM" over the headline. A date under another headline-shaped line is that line's,
   * as in a list of teasers, each over its date.
   */
  metaAbove(block: LabelledBlock): boolean {
    const i = this.openAbove(block.index)
    return i >= 0 && this.isMeta(i) && !this.couldBeHeadline(this.openAbove(i))
  }

  /** The nearest open block (or byline) above block `index`, or -1. */
  openAbove(index: number): number {
    const blocks = this.ctx.blocks
    let i = index - 1
    while (i >= 0 && blocks[i]!.role !== null && blocks[i]!.role !== 'byline') i--
    return i
  }

  /** A name on its own ("Adam Clark Estes"): isNameOnly. */
  isNameOnly(i: number): boolean {
    const b = this.ctx.blocks[i]
    if (!b) return false
    if (this.name[i] === 0) this.name[i] = isNameOnly(b.text) ? 1 : 2
    return this.name[i] === 1
  }

  isMeta(i: number): boolean {
    const b = this.ctx.blocks[i]
    if (!b) return false
    if (b.role === 'byline') return true
    if (this.meta[i] === 0) this.meta[i] = isPageMetaText(b.text) ? 1 : 2
    return this.meta[i] === 1
  }

  couldBeHeadline(i: number): boolean {
    const b = this.ctx.blocks[i]
    if (!b) return false
    // Its byline/date test is the one `isMeta` asks of the line under a candidate: asked once for both.
    if (this.title[i] === 0) this.title[i] = couldBeHeadlineUnlessMeta(b) && !this.isMeta(i) ? 1 : 2
    return this.title[i] === 1
  }

  /** Position of the first byline/date line within META_DEPTH blocks below, or -1. A name over a date ("Adam Clark Estes" / "Monday 5:30PM") is a byline. */
  metaBelow(block: LabelledBlock): number {
    const known = this.below[block.index]!
    if (known !== 0) return known - 2
    const blocks = this.ctx.blocks
    let found = -1
    for (let k = 0; k < META_DEPTH; k++) {
      const i = block.index + 1 + k
      if (i >= blocks.length) break
      if (this.isMeta(i) || (this.isNameOnly(i) && this.isMeta(i + 1))) {
        found = k
        break
      }
    }
    this.below[block.index] = found + 2
    return found
  }

  private echoLines(): EchoLine[] {
    if (this.echoes) return this.echoes
    const blocks = this.ctx.blocks
    const end = Math.min(blocks.length, this.regionStart + 3)
    this.echoes = []
    for (let i = 0; i < end; i++) {
      const raw = blocks[i]!.text
      const url = URL_ONLY.test(raw)
      if (url || !closesWith(raw, '.!?…', true))
        this.echoes.push({
          index: i,
          raw,
          url,
          head: comparableEnd(raw, false),
          tail: comparableEnd(raw, true),
          comparable: undefined,
        })
    }
    return this.echoes
  }

  /**
   * Whether another line above the text echoes the candidate: a breadcrumb ending
   * with it ("Home News Pier repairs to close seafront road"), a page title
   * opening with it ("Pier repairs to close seafront road | Marrow Gazette"), a
   * web address with its words as the slug, or (for five words or more) an
   * exact copy. Sentences never count: "… from both sites and from the Town Blog."
   */
  isEchoed(block: LabelledBlock): boolean {
    if (this.isNameOnly(block.index)) return false
    // Every echo but a web address's shares the first or the last characters of the candidate's comparable text:
    // those are read from the texts as written, so most lines are passed over without normalising either.
    const head = comparableEnd(block.text, false)
    const tail = comparableEnd(block.text, true)
    let key: string | undefined
    let words = 0
    for (const line of this.echoLines()) {
      if (line.index === block.index || (!line.url && !mayEcho(line.head, line.tail, head, tail))) continue
      if (key === undefined) {
        key = comparableText(block.text)
        // Comparable text has single spaces between its words.
        words = spacesIn(key) + 1
        if (words < 3) return false
      }
      // Lower-casing at most doubles a text ("İ" → "i̇"), so a line under half the key's length cannot hold it.
      if (line.raw.length * 2 < key.length) continue
      if (echoes((line.comparable ??= comparableText(line.raw)), line.url, key, words)) return true
    }
    return false
  }

  /** A line in a run of similar titles, such as a "Most read" list. */
  titleLike(i: number): boolean {
    const b = this.ctx.blocks[i]
    return !!b && b.role === null && this.couldBeHeadline(i) && b.text.length < 160 && !closesWith(b.text, '.!?', false)
  }
}

/**
 * Whether a line (`other`, its comparable text) echoes a candidate (`key`,
 * of `words` words): a web address holds its words, another line is the same
 * text (five words or more), ends with it or opens a page title with it.
 */
export function echoes(other: string, url: boolean, key: string, words: number): boolean {
  if (other.length < key.length) return false
  if (url) return hasSpacedWords(other, key)
  // A breadcrumb may be glued to it: "HomeSPORT NEWSBREAKING NEWS: Chelsea …". A page title opens with it and a space.
  return other === key
    ? words >= ECHO_WORDS
    : other.endsWith(key) ||
        (other.length <= key.length + TITLE_SUFFIX && other.charCodeAt(key.length) === 32 && other.startsWith(key))
}

/**
 * Whether a line that is no web address may echo a candidate, by the ends
 * of their comparable texts (`comparableEnd`): an echo shares the first or
 * the last characters, and holds three words at least.
 */
export function mayEcho(lineHead: number, lineTail: number, head: number, tail: number): boolean {
  if (lineHead === END_SHORT || head === END_SHORT) return false
  return (
    lineHead === END_UNKNOWN ||
    head === END_UNKNOWN ||
    lineHead === head ||
    lineTail === END_UNKNOWN ||
    tail === END_UNKNOWN ||
    lineTail === tail
  )
}

function spacesIn(text: string): number {
  let n = 0
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) n++
  return n
}

/** Whether `key` stands in `text` as whole words after a space: `text` holds " key " or ends with " key". */
function hasSpacedWords(text: string, key: string): boolean {
  for (let at = text.indexOf(key, 1); at >= 0; at = text.indexOf(key, at + 1)) {
    const after = at + key.length
    if (text.charCodeAt(at - 1) === 32 && (after === text.length || text.charCodeAt(after) === 32)) return true
  }
  return false
}
