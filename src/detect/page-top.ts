import { comparableText } from '../source/block.js'
import { comparableEnd, END_SHORT, END_UNKNOWN } from './comparable-ends.js'
import type { LabelledBlock, ParseContext } from './context.js'
import { isHeaderMeta } from './header-meta.js'
import { firstProse, namedInOpening, oneWordOpensProse, textOpening } from './headline-in-lead.js'
import { couldBeHeadline, isContentsEntry, isNameOnly, isTitleText } from './headline-lines.js'
import { leadKeys, leadOverlap } from './lead-words.js'
import { isCountLine } from './meta-line.js'
import { pageAnalysis } from './page-residue.js'

// What the search for a web page's headline asks of the lines above the text
// (src/detect/headline.ts scores the candidates with it): the byline/date
// cluster under or over a line, whether another line echoes it (a page title,
// a breadcrumb, an address), how much it is about the story's opening.

/** How far below a headline its byline/date cluster may start. */
const META_DEPTH = 6
/**
 * Fewest words a repeated line must have to count an exact copy of it as the headline's echo (menus repeat short
 * labels).
 */
const ECHO_WORDS = 5
/** How much longer than the headline a page-title line may be: "Headline | Site Name". */
const TITLE_SUFFIX = 40
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i
/** A sentence's end: a full stop, "!", "?" or "…", perhaps with a closing quote. */
const SENTENCE_END = /[.!?…]["”’']?$/

/**
 * A line that may echo a headline: its text, whether it is a web address, the ends of its comparable text
 * (comparable-ends.ts), and that text once asked for.
 */
interface EchoLine {
  index: number
  raw: string
  url: boolean
  head: number
  tail: number
  comparable?: string
}

/** A line's comparable text, worked out the first time it is asked for. */
function comparableOf(line: EchoLine): string {
  line.comparable ??= comparableText(line.raw)
  return line.comparable
}

/**
 * What one search for a page's headline asks of the blocks around a
 * candidate: whether a block is a byline/date line, a name alone, or could
 * be a headline, where the byline/date cluster under it starts, and which
 * lines echo it. Each block's answers are remembered: the same lines are
 * asked about for every candidate above them.
 */
export class PageTop {
  /**
   * The lines that may echo a headline: above the text (and its first three blocks), web addresses or not sentences.
   */
  private readonly echoLines: EchoLine[] = []
  // Each block's answers, by its index.
  private readonly meta: Array<boolean | undefined> = []
  private readonly name: Array<boolean | undefined> = []
  private readonly title: Array<boolean | undefined> = []
  private readonly below: Array<number | undefined> = []
  private readonly named: Array<boolean | undefined> = []
  /** The first open block that is not a web address: where an article container's headline sits. */
  readonly firstOpen: number
  /** The first open block. */
  readonly top: number
  /** The main text's opening as comparable text (headline-in-lead.ts), once asked for. */
  private opening?: string
  /** The page's first prose as comparable text (headline-in-lead.ts), once asked for. */
  private prose?: string
  /** The content words of the prose that opens at each block (see lead-words.ts), as asked for. */
  private readonly leads = new Map<number, Set<string>>()

  constructor(
    readonly ctx: ParseContext,
    readonly regionStart: number,
  ) {
    const blocks = ctx.blocks
    this.firstOpen = blocks.findIndex((b) => b.role === null && !URL_ONLY.test(b.text))
    this.top = blocks.findIndex((b) => b.role === null)
    for (let i = 0; i < Math.min(blocks.length, regionStart + 3); i++) {
      const raw = blocks[i]!.text
      const url = URL_ONLY.test(raw)
      if (url || !SENTENCE_END.test(raw))
        this.echoLines.push({ index: i, raw, url, head: comparableEnd(raw, false), tail: comparableEnd(raw, true) })
    }
  }

  /** How much a line is about the main text's opening, 0 to 1 (leadOverlap). */
  aboutLead(block: LabelledBlock): number {
    // A candidate inside the main text is compared with the prose under it, not with what it heads off.
    const from = Math.max(this.regionStart, block.index + 1)
    let lead = this.leads.get(from)
    if (!lead) {
      lead = leadKeys(this.ctx, pageAnalysis(this.ctx), from)
      this.leads.set(from, lead)
    }
    return leadOverlap(block.text, lead)
  }

  /**
   * Whether the open block right above is a byline/date line that tops its cluster: "Business Tuesday" /
   * "March 4, 2025 7:00 AM" over the headline. A date under another headline-shaped line is that line's,
   * as in a list of teasers, each over its date, and so is one under that line's byline.
   */
  metaAbove(block: LabelledBlock): boolean {
    let i = this.openAbove(block.index)
    if (i < 0 || !this.isMeta(i)) return false
    // The cluster's top, past every byline and date line over it: "Headline" / "By Jane Roe" / "1 day ago" are
    // one cluster, whatever line comes next.
    while (i >= 0 && this.isMeta(i)) i = this.openAbove(i)
    return !this.couldBeHeadline(i)
  }

  /** The nearest open block (or byline) above block `index`, or -1. */
  openAbove(index: number): number {
    const blocks = this.ctx.blocks
    let i = index - 1
    while (i >= 0 && blocks[i]!.role !== null && blocks[i]!.role !== 'byline') i--
    return i
  }

  /** A name on its own ("Adam Reed Colby"): isNameOnly. */
  isNameOnly(i: number): boolean {
    const b = this.ctx.blocks[i]
    if (!b) return false
    this.name[i] ??= isNameOnly(b.text)
    return this.name[i]
  }

  isMeta(i: number): boolean {
    const b = this.ctx.blocks[i]
    if (!b) return false
    this.meta[i] ??= b.role === 'byline' || isHeaderMeta(b.text)
    return this.meta[i]
  }

  /** A count standing alone: "36", "12 comments" (isCountLine). */
  isCount(i: number): boolean {
    const b = this.ctx.blocks[i]
    return !!b && b.role === null && isCountLine(b.text)
  }

  couldBeHeadline(i: number): boolean {
    const b = this.ctx.blocks[i]
    if (!b) return false
    // Its byline/date test is the one asked of the line under another candidate: asked once for both.
    this.title[i] ??= couldBeHeadline(b, () => this.isMeta(i)) && !this.inContents(i)
    return this.title[i]
  }

  /** An entry of a table of contents, by its number and its neighbours' (isContentsEntry). */
  inContents(i: number): boolean {
    const blocks = this.ctx.blocks
    return isContentsEntry(blocks[i]!.text, [blocks[i - 1]?.text, blocks[i + 1]?.text])
  }

  /**
   * Position of the first byline/date line within META_DEPTH blocks below, or -1. A name over a date ("Adam Reed
   * Colby" / "Monday 5:30PM") or under a count ("36" / "Adam Reed Colby") is a byline.
   */
  metaBelow(block: LabelledBlock): number {
    this.below[block.index] ??= this.findMetaBelow(block.index)
    return this.below[block.index]!
  }

  private findMetaBelow(index: number): number {
    for (let k = 0; k < META_DEPTH && index + 1 + k < this.ctx.blocks.length; k++) {
      const i = index + 1 + k
      if (this.isMeta(i) || (this.isNameOnly(i) && (this.isMeta(i + 1) || this.isCount(i - 1)))) return k
    }
    return -1
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
    const head = comparableEnd(block.text, false)
    const tail = comparableEnd(block.text, true)
    const lines = this.echoLines.filter(
      (line) => line.index !== block.index && (line.url || mayEcho(line.head, line.tail, head, tail)),
    )
    if (lines.length === 0) return false
    // Comparable text has single spaces between its words.
    const key = comparableText(block.text)
    const words = key.split(' ').length
    return words >= 3 && lines.some((line) => echoes(comparableOf(line), line.url, key, words))
  }

  /**
   * Whether one of the copy's first three lines is a title the main text's opening names whole: "Harbour seal" over
   * "The harbour seal (Phoca vitulina) is …" (namedInOpening); a name alone, "Marrow Bay", as its first words.
   */
  titleNamedInLead(i: number): boolean {
    const b = this.ctx.blocks[i]
    if (!b || b.role !== null || b.hint !== undefined || i >= this.top + 3) return false
    this.named[i] ??= this.findNamedInLead(b)
    return this.named[i]
  }

  private findNamedInLead(b: LabelledBlock): boolean {
    if (this.isOneWordTitle(b)) return true
    this.opening ??= textOpening(this.ctx, pageAnalysis(this.ctx))
    // A name alone (a tag, a byline) counts only as the opening's first words.
    const where = this.isNameOnly(b.index) ? 'first' : 'anywhere'
    return namedInOpening(b.text, this.opening, where) && isTitleText(b.text, 2, () => this.isMeta(b.index))
  }

  /**
   * A title of one word the page sets twice above the text (its title bar and its heading) and its first prose opens
   * with: "Marrow" over "Marrow" over "Marrow is a seaside town …" (oneWordOpensProse).
   */
  private isOneWordTitle(b: LabelledBlock): boolean {
    if (/\s/.test(b.text.trim())) return false
    const twice = this.echoLines.some((line) => line.index !== b.index && line.raw.trim() === b.text.trim())
    if (!twice) return false
    this.prose ??= firstProse(this.ctx, pageAnalysis(this.ctx))
    return oneWordOpensProse(b.text.trim(), this.prose)
  }

  /** A line in a run of similar titles, such as a "Most read" list. */
  titleLike(i: number): boolean {
    const b = this.ctx.blocks[i]
    return !!b && b.role === null && this.couldBeHeadline(i) && b.text.length < 160 && !/[.!?]$/.test(b.text)
  }
}

/**
 * Whether a line (`other`, its comparable text) echoes a candidate (`key`,
 * of `words` words): a web address holds its words, another line is the same
 * text (five words or more), ends with it or opens a page title with it.
 */
export function echoes(other: string, url: boolean, key: string, words: number): boolean {
  if (other.length < key.length) return false
  // In a web address's comparable text the candidate's words stand after a space, as the slug: "www example com news
  // pier repairs".
  if (url) return `${other} `.includes(` ${key} `)
  // A breadcrumb may be glued to it: "HomeSPORT NEWSBREAKING NEWS: Rovers …". A page title opens with it and a space.
  return other === key
    ? words >= ECHO_WORDS
    : other.endsWith(key) || (other.length <= key.length + TITLE_SUFFIX && other.startsWith(`${key} `))
}

/**
 * Whether a line that is no web address may echo a candidate, by the ends of
 * their comparable texts (comparableEnd): any echo of three words or more
 * shares the candidate's first characters (it is the candidate or opens with
 * it) or its last (it ends with it). Why: most lines above a page's text share
 * neither, and normalising each of them for every candidate was the costliest
 * work of the search (bench/README.md).
 */
export function mayEcho(lineHead: number, lineTail: number, head: number, tail: number): boolean {
  if (lineHead === END_SHORT || head === END_SHORT) return false
  if (lineHead === END_UNKNOWN || head === END_UNKNOWN || lineTail === END_UNKNOWN || tail === END_UNKNOWN) return true
  return lineHead === head || lineTail === tail
}
