import { SECTION_LABEL } from '../lexicon/boilerplate.js'
import { comparableText } from '../source/block.js'
import { countPieces } from '../source/words.js'
import { isDateLine } from './boilerplate.js'
import { comparableEnd, END_SHORT, END_UNKNOWN } from './comparable-ends.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import {
  CAPS_KICKER,
  closesWith,
  couldBeHeadlineUnlessMeta,
  isMetaLine,
  isMetaText,
  isNameOnly,
  isOneWordKicker,
  isShortTitle,
  looksLikeHeadline,
  mayBeSectionLabel,
} from './headline-lines.js'
import { pageAnalysis } from './page-residue.js'

export { couldBeHeadline, looksLikeHeadline } from './headline-lines.js'

/** How many open blocks (not yet labelled) above the main text a web page's headline may sit. */
const WINDOW = 14
/** How far it may sit above a "Most read" list or a gallery when its byline/date is right under it. */
const FAR_WINDOW = 40
/** How close under a far candidate its byline/date must be. */
const FAR_META = 2
/** How far below a headline its byline/date cluster may start. */
const META_DEPTH = 6
/** How many labels and date stamps may stand above a clean story's headline. */
const LABEL_DEPTH = 3

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
class PageTop {
  private readonly meta: Int8Array
  private readonly title: Int8Array
  private readonly name: Int8Array
  /** `metaBelow` of each block, plus 2 (0 while not yet known). */
  private readonly below: Int8Array
  /** The lines that may echo a headline: above the text (and its first three blocks), web addresses or not sentences. */
  private echoes: EchoLine[] | undefined
  /** The first open block that is not a web address: where an article container's headline sits. */
  readonly firstOpen: number

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
    if (this.meta[i] === 0) this.meta[i] = isMetaText(b.text) ? 1 : 2
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

/**
 * Scores a candidate `dist` open blocks above the main text: followed closely
 * by a byline/date cluster (+3), echoed in another line such as a breadcrumb
 * or a page title (+2), near the main text (up to +1, less the further it is),
 * longer rather than a two-word label (up to +1), inside a run of similar
 * titles such as a "Most read" list (−2). Returns -Infinity instead when even
 * the best case of its costly tests (echo, title run, kicker) scores no more
 * than `toBeat`: most candidates above the winner are passed over so.
 */
function candidateScore(page: PageTop, block: LabelledBlock, dist: number, toBeat: number): number {
  const meta = page.metaBelow(block)
  const pieces = countPieces(block.text, 8)
  if (sumScore(page, block, dist, meta, pieces, true, false, true) <= toBeat) return -Infinity
  const repeated = page.isEchoed(block)
  const titleRun = !repeated && page.titleLike(block.index - 1) && page.titleLike(block.index + 1)
  return sumScore(page, block, dist, meta, pieces, repeated, titleRun, underCapsKicker(page, block))
}

/**
 * The score from its parts, always added in this order: then the sum with the
 * best case of `echoed`, `titleRun` and `kicker` bounds every other sum in
 * floating point too (each addition keeps the order of its operands).
 */
function sumScore(
  page: PageTop,
  block: LabelledBlock,
  dist: number,
  meta: number,
  pieces: number,
  echoed: boolean,
  titleRun: boolean,
  kicker: boolean,
): number {
  let score = 0
  if (meta >= 0) score += 3 - meta * 0.3
  if (echoed) score += 2
  score += 1 - dist / WINDOW
  score += Math.min(1, pieces / 8)
  // Headlines rarely close with a full stop or run past 150 characters; teasers and first paragraphs do.
  if (closesWith(block.text, '.!', true)) score -= 1.5
  if (block.text.length > 150) score -= 1
  if (titleRun) score -= 2
  // The copy's very first line with a byline/date right below: an article container opens with its headline (+1).
  if (block.index === page.firstOpen && meta >= 0 && meta <= 1) score += 1
  // An all-caps kicker right above: "APPLE" over "The Future of Apple Innovation Is Backwards" (+0.5).
  if (kicker) score += 0.5
  // A name on its own ("Adam Clark Estes") sits in the byline cluster, not above it.
  if (page.isNameOnly(block.index)) score -= 1.5
  return score
}

/** An open line in capitals of three words at most right above: "APPLE", "AUTO NEWS". */
function underCapsKicker(page: PageTop, block: LabelledBlock): boolean {
  const prev = page.ctx.blocks[block.index - 1]
  return (
    !!prev && prev.role === null && prev.text.length <= 25 && CAPS_KICKER.test(prev.text) && /\p{L}/u.test(prev.text)
  )
}

/**
 * The best-scored candidate above the main text: open blocks within WINDOW
 * (counted in blocks no rule has claimed, so a labelled share bar or gallery
 * does not push the headline away), further up to FAR_WINDOW when a byline or
 * date sits right under it (a "Most read" list between headline and text),
 * the copy's first lines when a byline or date follows (an article container
 * starts with its headline), and the text's own first block when it is
 * headline-shaped and does not end a sentence.
 */
export function bestCandidate(
  ctx: ParseContext,
  top: number,
  regionStart: number,
  prune = true,
): LabelledBlock | undefined {
  const blocks = ctx.blocks
  const page = new PageTop(ctx, regionStart)
  const found: Array<[LabelledBlock, number]> = []
  let dist = 0
  for (let i = regionStart - 1; i >= top; i--) {
    const b = blocks[i]!
    if (b.role !== null) continue
    dist++
    const opening = i < top + 3
    if (dist > FAR_WINDOW && !opening) continue
    // Beyond WINDOW only a line with its byline/date close under it can be the headline; a page's first lines are
    // its masthead unless a byline or date follows. Asked before couldBeHeadline: four far lines in five fail it.
    if (dist > WINDOW && !metaCloseEnough(page.metaBelow(b), opening)) continue
    if (!page.couldBeHeadline(i) && !(isShortTitle(b) && page.metaBelow(b) === 0)) continue
    found.push([b, dist])
  }
  found.reverse()
  const first = blocks[regionStart]!
  if (page.couldBeHeadline(regionStart) && !closesWith(first.text, '.!?…:;', true) && page.metaBelow(first) >= 0)
    found.push([first, 0])
  // Ties go to the higher line.
  let best: LabelledBlock | undefined
  let bestScore = -Infinity
  for (const [b, d] of found) {
    const s = candidateScore(page, b, d, prune ? bestScore : -Infinity)
    if (s > bestScore) [best, bestScore] = [b, s]
  }
  return best
}

/** Whether a line far above the text has its byline/date (`meta` blocks under it, or -1) close enough: FAR_META, or anywhere below one of the copy's first lines. */
function metaCloseEnough(meta: number, opening: boolean): boolean {
  return (opening && meta >= 0) || (meta >= 0 && meta <= FAR_META)
}

/** The first open Markdown heading of the highest level (the lowest depth) in the story, if any. */
function firstTopHeading(blocks: readonly LabelledBlock[]): LabelledBlock | undefined {
  let first: LabelledBlock | undefined
  for (const b of blocks)
    if (b.role === null && b.hint === 'heading' && (first === undefined || (b.depth ?? 1) < (first.depth ?? 1)))
      first = b
  return first
}

/**
 * Step: the headline.
 * Rules: a Markdown heading (the first of the highest level) wins; on a web
 * page with residue, the best-scored candidate in the window above the main
 * text; else the first block not yet labelled, when it has a headline's shape.
 */
export function detectHeadline(ctx: ParseContext): void {
  const top = ctx.blocks.findIndex((b) => b.role === null)
  if (top < 0) return
  const heading = firstTopHeading(ctx.blocks)
  if (heading && ((heading.depth ?? 1) === 1 || heading === ctx.blocks[top])) {
    label(heading, 'headline', 'headline-markdown-heading')
    return
  }
  const { region, residue } = pageAnalysis(ctx)
  if (residue && region && top < region[0]) {
    const best = bestCandidate(ctx, top, region[0])
    if (best) {
      label(best, 'headline', 'headline-above-text')
      return
    }
  }
  // Clean copy: the first block, past a section label, a one-word kicker or a date stamp ("NEWS", "World", "October 9, 2018 at 4:02 pm").
  // Only when a headline-shaped line follows: "BAHIA COCOA REVIEW" over a wire lead is the headline itself.
  const open: LabelledBlock[] = []
  for (let i = top; i <= top + LABEL_DEPTH && i < ctx.blocks.length; i++)
    if (ctx.blocks[i]!.role === null) open.push(ctx.blocks[i]!)
  let first = open[0]!
  for (let i = 0; i < open.length; i++) {
    const b = open[i]!
    first = b
    const next = open[i + 1]
    const label =
      b.hint === undefined &&
      ((mayBeSectionLabel(b.text) && SECTION_LABEL.test(b.text)) || isDateLine(b.text) || isOneWordKicker(b.text))
    // A byline under the first line makes that line the headline: "商品の改造が商標法違反に！？" over "by 特許事務所 ／ 2016.12.01".
    if (
      !label ||
      !next ||
      i === LABEL_DEPTH ||
      !looksLikeHeadline(next) ||
      closesWith(next.text, '.!?', true) ||
      isMetaLine(next)
    )
      break
  }
  if (first.hint === undefined && looksLikeHeadline(first) && !isDateLine(first.text))
    label(first, 'headline', 'headline-first-block')
}
