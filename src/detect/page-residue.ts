import { BOILERPLATE_PATTERNS, LINK_ROW } from '../lexicon/boilerplate.js'
import type { BoilerplateKind } from '../model/article.js'
import { endBeforeAuthorBox } from './author-box.js'
import { withClosingLine } from './closing-line.js'
import { endBeforeComments } from './comment-section.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { startAtDatelineLead } from './dateline-lead.js'
import { captionsUnderCounters } from './gallery-caption.js'
import { storyStartAfter } from './header-cluster.js'
import { introducedListEnd, numberedListEnd, settleListsInText } from './introduced-list.js'
import { countsOf } from './language.js'
import { listAfterText } from './list-after-text.js'
import { classifyCounted, mainRegion, type ParagraphClass, smoothClasses } from './paragraph-score.js'
import { classifyByShape, isOtherScript } from './prose-shape.js'
import { endBeforeLinkList, linksUnderHeaders } from './related-links.js'
import type { RuleDoc } from './rule-doc.js'
import { endBeforeRightsLine, furnitureBefore, settleTailPastFurniture, storyPiece } from './text-end.js'
import { readLayouts } from './text-layouts.js'

/** What the paragraph scorer made of a story. */
export interface PageAnalysis {
  /** Each block's class from its own text, and after context. */
  initial: ParagraphClass[]
  classes: ParagraphClass[]
  /**
   * First and last block of the main text, or null when there is no prose at all (or the copy is hard-wrapped, see
   * NO_PAGE).
   */
  region: [number, number] | null
  /** The text carries page residue worth removing (not clean copy, not a wire feed). */
  residue: boolean
}

/** Each story's analysis, with the number of blocks it was made from. */
const ANALYSES = new WeakMap<ParseContext, { blocks: number; analysis: PageAnalysis }>()

/** Blocks outside the main text, or residue in it, before we call the copy a web page. */
const MIN_RESIDUE_BLOCKS = 3
/** Unlabelled blocks above the main text that make a page top (menus), not a story's opening lines. */
export const MIN_ABOVE = 3
/** The main text holds at least 1/MAIN_SHARE of the page's prose, or the copy is not cut as a page. */
const MAIN_SHARE = 10

/**
 * The rules of the boilerplate lexicon's lines but its copyright lines: a page's furniture (share rows, menu
 * controls, sign-up boxes), which a wire feed, a release or a standards document never carries. A copyright
 * line ends all of them.
 */
const PAGE_FURNITURE = new Set(BOILERPLATE_PATTERNS.filter((p) => p.kind !== 'copyright').map((p) => p.rule))

/**
 * What copy sent with a wire format's header gets: agency feeds are never web pages, so their blocks are not scored.
 */
const NO_PAGE: PageAnalysis = { initial: [], classes: [], region: null, residue: false }

function analyse(ctx: ParseContext): PageAnalysis {
  // Hard-wrapped copy is scored on its joined paragraphs: a page dumped at 72–80 columns (lynx, w3m, e-mail) is
  // still a page, and wire copy without a page's residue around it comes out clean.
  if (ctx.wireFormat !== null) return NO_PAGE
  const blocks = ctx.blocks
  // Only blocks no rule has claimed are scored and smoothed: an "Advertisement" line between two
  // short paragraphs is settled already and must not vote them out as residue.
  const open: LabelledBlock[] = []
  const texts: string[] = []
  const own: ParagraphClass[] = []
  let unread = 0
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.role !== null) continue
    open.push(b)
    texts.push(b.text)
    // A block in a script with no stopword list, or any block of a page in no language we hold one for (Polish,
    // Turkish), is read by the shape of its prose (prose-shape.ts): stopwords of other languages say nothing of it.
    // A row of numbered links from a text browser's dump is residue whatever its words.
    const shaped = isOtherScript(b.text) || ctx.language === null
    if (shaped) unread++
    own.push(
      b.hint === 'heading'
        ? 'short'
        : LINK_ROW.test(b.text)
          ? 'bad'
          : shaped
            ? classifyByShape(b.text)
            : classifyCounted(b.text, countsOf(ctx, i), ctx.language),
    )
  }
  // Listings, notes, tables and lists in the story; menus and lists of links around it (text-layouts.ts).
  const code = readLayouts(open, texts, own)
  const settled = smoothClasses(own)
  const labelled = furnitureBefore(blocks)
  settleTailPastFurniture(own, settled, labelled)
  const whole = mainRegion(texts, settled, code)
  // Where the text ends is looked for with a listing's lines blank: they are neither prose nor residue there either.
  const shown = texts.map((t, k) => (code[k] ? '' : t))
  // The story run on over its closing lines (closing-line.ts) and a list its last line introduces, and over the
  // closing lines under that list.
  const closing = (piece: [number, number]) => withClosingLine(texts, own, settled, piece, labelled)
  const piece =
    whole &&
    closing(
      withIntroducedList(
        texts,
        settled,
        closing(storyPiece(shown, own, settled, whole, (piece) => holdsItsProse(texts, own, piece), labelled)),
      ),
    )
  // A story that opens with its dateline starts there (dateline-lead.ts).
  const found = piece && startAtDatelineLead(texts, own, piece)
  if (found) settleListsInText(texts, own, settled, found)
  const initial = blocks.map((b): ParagraphClass => (b.role === 'boilerplate' ? 'bad' : 'short'))
  const smoothed = initial.slice()
  for (let k = 0; k < open.length; k++) {
    initial[open[k]!.index] = own[k]!
    smoothed[open[k]!.index] = settled[k]!
  }
  const first = found ? open[found[0]]!.index : -1
  const region: [number, number] | null = found
    ? [first, endBeforeRightsLine(blocks, [first, endBeforeLinkList(ctx, [first, open[found[1]]!.index], initial)])]
    : null
  // Evidence that this is a page, not clean copy with a table or a line-up in it:
  // lines the lexicon knows (share, advert, copyright …) or several lines above the prose.
  let stray = 0
  let known = 0
  let furniture = 0
  let above = 0
  for (let i = 0; i < blocks.length; i++) {
    const role = blocks[i]!.role
    if (role === 'boilerplate') known++
    if (role === 'boilerplate' ? PAGE_FURNITURE.has(blocks[i]!.rule ?? '') : LINK_ROW.test(blocks[i]!.text)) furniture++
    if (role !== null || !region) continue
    if (i < region[0]) above++
    if (i < region[0] || i > region[1] || smoothed[i] === 'bad') stray++
  }
  // A page in a script the lexicon has no words for (most of its blocks) shows a list of links under the story
  // instead (list-after-text.ts).
  // Hard-wrapped copy is a page only with a line of a page's furniture: one the lexicon knows (share, menu
  // controls) or a row of numbered links as a text browser dumps them. A release or a feed wrapped at 69 columns
  // has short lines above its text and labelled notes too.
  const residue =
    region !== null &&
    stray >= MIN_RESIDUE_BLOCKS &&
    (ctx.layout.wrapped
      ? furniture > 0
      : known > 0 || above >= MIN_ABOVE || (unread * 2 > open.length && listAfterText(own, found!))) &&
    holdsItsProse(texts, own, found)
  return { initial, classes: smoothed, region, residue }
}

/**
 * The main text run on over a list its last line, or the line after it, introduces (introduced-list.ts): the list's
 * items are the story's, settled good.
 */
function withIntroducedList(
  texts: readonly string[],
  settled: ParagraphClass[],
  found: [number, number],
): [number, number] {
  for (const intro of [found[1], found[1] + 1]) {
    const last = Math.max(introducedListEnd(texts, intro), numberedListEnd(texts, intro))
    if (last < 0) continue
    for (let k = found[1] + 1; k <= last; k++) settled[k] = 'good'
    return [found[0], last]
  }
  return found
}

/**
 * Whether the main text found holds a tenth or more of the prose on the page (the characters of blocks good or
 * near-good by their own text). When it holds less, the scorer has not found the story: the story sits in a stream
 * of teasers it took for residue, or the page writes its prose in a way the classes do not read (a Chinese blog that
 * breaks its clauses with spaces, no stops). Such copy is left whole rather than cut down to a sliver of its prose.
 */
export function holdsItsProse(
  texts: readonly string[],
  own: readonly ParagraphClass[],
  found: [number, number] | null,
): boolean {
  if (!found) return false
  let inside = 0
  let all = 0
  for (let i = 0; i < texts.length; i++) {
    if (own[i] !== 'good' && own[i] !== 'near-good') continue
    all += texts[i]!.length
    if (i >= found[0] && i <= found[1]) inside += texts[i]!.length
  }
  return inside * MAIN_SHARE >= all
}

/** Step: scores every block once, before the headline is looked for; later steps read the result. */
export function scoreParagraphs(ctx: ParseContext): void {
  ANALYSES.set(ctx, { blocks: ctx.blocks.length, analysis: analyse(ctx) })
}

/**
 * The analysis `scoreParagraphs` recorded, computed again if the step did not run or if blocks were joined since
 * (a dateline alone on its line joined to the paragraph under it): its classes and region are by block index.
 */
export function pageAnalysis(ctx: ParseContext): PageAnalysis {
  const recorded = ANALYSES.get(ctx)
  if (recorded && recorded.blocks === ctx.blocks.length) return recorded.analysis
  const analysis = analyse(ctx)
  ANALYSES.set(ctx, { blocks: ctx.blocks.length, analysis })
  return analysis
}

/**
 * Above the headline, menus; below the text, related lists (short lines that end no sentence); anything else is
 * `other`.
 */
function residueKind(place: 'top' | 'head' | 'text' | 'tail', block: LabelledBlock): BoilerplateKind {
  if (place === 'top') return 'navigation'
  if (place === 'tail' && block.text.length < 160 && !/[.!?]$/.test(block.text)) return 'related'
  return 'other'
}

/**
 * Step: page residue. On text that carries it, unlabelled blocks before the
 * headline are navigation; blocks outside the main text, and residue inside
 * it, are boilerplate. Clean copy and wire feeds are left alone.
 */
export function detectPageResidue(ctx: ParseContext): void {
  const { initial, classes, region: found, residue } = pageAnalysis(ctx)
  if (!residue || !found) return
  const end = Math.min(endBeforeAuthorBox(ctx, found, classes), endBeforeComments(ctx.blocks, found, classes, initial))
  const region: [number, number] = [found[0], end]
  const head = ctx.blocks.findIndex((b) => b.role === 'headline')
  // A story that opens straight away (a line or two above the prose) keeps
  // whatever reads as prose there: "MARROW, N.C. (AP) — The Latest on …".
  let above = 0
  for (const b of ctx.blocks) if (b.role === null && b.index < region[0]) above++
  const keepTop = (i: number) => above < MIN_ABOVE && (initial[i] === 'good' || initial[i] === 'near-good')
  // The story's first paragraph right under the header cluster, cut off from the rest by a player or a list.
  const start = head >= 0 ? storyStartAfter(ctx, head, (i) => initial[i] === 'good') : -1
  const links = linksUnderHeaders(ctx, region)
  const captions = captionsUnderCounters(ctx.blocks, region, initial)
  for (const block of ctx.blocks) {
    if (block.role !== null) continue
    const i = block.index
    if (links.has(i) || captions.has(i)) {
      label(block, 'boilerplate', 'residue-in-text', { kind: links.has(i) ? 'related' : 'other' })
      continue
    }
    if (i < region[0] && (keepTop(i) || i === start)) continue
    if (head >= 0 && i < head) {
      label(block, 'boilerplate', 'residue-before-headline', { kind: residueKind('top', block) })
    } else if (head >= 0 && i < start) {
      // Under the headline, before the story's first paragraph: the header cluster's lines.
      label(block, 'boilerplate', 'residue-in-header', { kind: 'other' })
    } else if (i < region[0]) {
      label(block, 'boilerplate', 'residue-before-text', { kind: residueKind(head >= 0 ? 'head' : 'top', block) })
    } else if (i > region[1]) {
      label(block, 'boilerplate', 'residue-after-text', { kind: residueKind('tail', block) })
    } else if (classes[i] === 'bad') {
      label(block, 'boilerplate', 'residue-in-text', { kind: residueKind('text', block) })
    }
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const PAGE_RESIDUE_RULES: readonly RuleDoc[] = [
  {
    rule: 'residue-before-headline',
    id: 'boilerplate/residue-before-headline',
    description: "on a web page, what stands above the headline: menus, breadcrumbs, the site's furniture",
  },
  {
    rule: 'residue-before-text',
    id: 'boilerplate/residue-before-text',
    description: 'on a web page, a block between the top and the main text that is not prose',
  },
  {
    rule: 'residue-after-text',
    id: 'boilerplate/residue-after-text',
    description: 'on a web page, what follows the main text: related links, footers, comments',
  },
  {
    rule: 'residue-in-text',
    id: 'boilerplate/residue-in-text',
    description: 'on a web page, a short block scored as residue inside the main text',
  },
  {
    rule: 'residue-in-header',
    id: 'boilerplate/residue-in-header',
    description: "on a web page, the header cluster's leftovers under the headline before the story's first paragraph",
  },
]
