import { SECTION_LABEL } from '../lexicon/boilerplate.js'
import { countPieces } from '../source/words.js'
import { isDateLine } from './boilerplate.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { splitDateline } from './dateline.js'
import { CAPS_KICKER, isMetaLine, isOneWordKicker, isShortTitle, looksLikeHeadline } from './headline-lines.js'
import { runOn } from './headline-run-on.js'
import { pageAnalysis } from './page-residue.js'
import { PageTop } from './page-top.js'
import type { RuleDoc } from './rule-doc.js'

export { couldBeHeadline } from './headline-lines.js'

/** How many open blocks (not yet labelled) above the main text a web page's headline may sit. */
const WINDOW = 14
/** How far it may sit above a "Most read" list or a gallery when its byline/date is right under it. */
const FAR_WINDOW = 40
/** How close under a far candidate its byline/date must be. */
const FAR_META = 2
/** How many labels and date stamps may stand above a clean story's headline. */
const LABEL_DEPTH = 3

/**
 * Scores a candidate `dist` open blocks above the main text: followed closely
 * by a byline/date cluster (+3), echoed in another line such as a breadcrumb
 * or a page title (+2), near the main text (up to +1, less the further it is),
 * longer rather than a two-word label (up to +1), inside a run of similar
 * titles such as a "Most read" list (−2).
 */
function candidateScore(page: PageTop, block: LabelledBlock, dist: number): number {
  const meta = page.metaBelow(block)
  const echoed = page.isEchoed(block)
  let score = 0
  if (meta >= 0) score += 3 - meta * 0.3
  if (echoed) score += 2
  score += 1 - dist / WINDOW
  score += Math.min(1, countPieces(block.text, 8) / 8)
  // Headlines rarely close with a full stop or run past 150 characters; teasers and first paragraphs do.
  if (/[.!]["”’']?$/.test(block.text)) score -= 1.5
  if (block.text.length > 150) score -= 1
  if (!echoed && page.titleLike(block.index - 1) && page.titleLike(block.index + 1)) score -= 2
  // The copy's very first line with a byline/date right below: an article container opens with its headline (+1).
  if (block.index === page.firstOpen && meta >= 0 && meta <= 1) score += 1
  // An all-caps kicker right above: "APPLE" over "The Future of Apple Innovation Is Backwards" (+0.5).
  if (underCapsKicker(page, block)) score += 0.5
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
function bestCandidate(ctx: ParseContext, top: number, regionStart: number): LabelledBlock | undefined {
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
    // its masthead unless a byline or date follows.
    if (dist > WINDOW && !metaCloseEnough(page.metaBelow(b), opening)) continue
    if (!page.couldBeHeadline(i) && !(isShortTitle(b) && page.metaBelow(b) === 0)) continue
    found.push([b, dist])
  }
  found.reverse()
  const first = blocks[regionStart]!
  if (page.couldBeHeadline(regionStart) && !/[.!?…:;]["”’']?$/.test(first.text) && page.metaBelow(first) >= 0)
    found.push([first, 0])
  // Ties go to the higher line.
  let best: LabelledBlock | undefined
  let bestScore = -Infinity
  for (const [b, d] of found) {
    const s = candidateScore(page, b, d)
    if (s > bestScore) [best, bestScore] = [b, s]
  }
  return best
}

/**
 * Whether a line far above the text has its byline/date (`meta` blocks under it, or -1) close enough: FAR_META, or
 * anywhere below one of the copy's first lines.
 */
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
  // A headline where the wire format puts it (ANPA's `^…<` line, 7901's heading, AAP's tag) wins.
  if (ctx.blocks.some((b) => b.role === 'headline')) return
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
  // Clean copy: the first block, past a section label, a one-word kicker or a date stamp ("NEWS", "World", "October
  // 9, 2018 at 4:02 pm").
  // Only when a headline-shaped line follows: "BAHIA COCOA REVIEW" over a wire lead is the headline itself.
  const open: LabelledBlock[] = []
  for (let i = top; i <= top + LABEL_DEPTH && i < ctx.blocks.length; i++)
    if (ctx.blocks[i]!.role === null) open.push(ctx.blocks[i]!)
  let first = open[0]!
  for (let i = 0; i < open.length; i++) {
    const b = open[i]!
    first = b
    const next = open[i + 1]
    const label = b.hint === undefined && (SECTION_LABEL.test(b.text) || isDateLine(b.text) || isOneWordKicker(b.text))
    // A byline under the first line makes that line the headline: "商品の改造が商標法違反に！？" over "by 特許事務所 ／ 2016.12.01".
    if (
      !label ||
      !next ||
      i === LABEL_DEPTH ||
      !looksLikeHeadline(next) ||
      /[.!?]["”’']?$/.test(next.text) ||
      isMetaLine(next)
    )
      break
  }
  // A block opening with a wire dateline ("HONOLULU (AP) _ Hawaii files …") is the lead of a story sent without a headline.
  if (first.hint === undefined && looksLikeHeadline(first) && !isDateLine(first.text) && !splitDateline(first.text))
    label(runOn(ctx, first), 'headline', 'headline-first-block')
}

/** The rules of this step, for `article-parse explain --rules`. */
export const HEADLINE_RULES: readonly RuleDoc[] = [
  {
    rule: 'headline-markdown-heading',
    id: 'headline/markdown-heading',
    description: 'the first Markdown heading of the highest level',
  },
  {
    rule: 'headline-above-text',
    id: 'headline/above-text',
    description: 'on a web page, the best-scored line above the main text (a byline or date under it, echoed, near)',
  },
  {
    rule: 'headline-first-block',
    id: 'headline/first-block',
    description: "the first block no earlier step took, when it has a headline's shape (run-on lines joined)",
  },
]
