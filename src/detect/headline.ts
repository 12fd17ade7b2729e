import { comparableText } from '../source/block.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { centredHeadline } from './headline-centred.js'
import { withoutTrailingStamp } from './headline-date-split.js'
import { firstBlockHeadline } from './headline-first-block.js'
import { endsAsTextLine, isShortTitle } from './headline-lines.js'
import { candidateScore, headlineOverDek, WINDOW } from './headline-score.js'
import { shortHeadlineAboveText } from './headline-short.js'
import { opensStory, opensStoryUnderDate } from './headline-story.js'
import { pageAnalysis } from './page-residue.js'
import { PageTop } from './page-top.js'
import type { RuleDoc } from './rule-doc.js'

export { couldBeHeadline } from './headline-lines.js'

/** How far it may sit above a "Most read" list or a gallery when its byline/date is right under it. */
const FAR_WINDOW = 40
/** How close under a far candidate its byline/date must be. */
const FAR_META = 2
/** How many open blocks into the main text a headline may be found (its byline or date right under it). */
const IN_TEXT = 12
/**
 * How many lines may stand between a headline found among the text's first blocks and its byline or date: a dek or
 * a kicker's line ("Mayor Jane Roe" / "$40K Gold Chain ... STOLEN!!!!" under "Mayor's $40K Gold Chain -- STOLEN!!!").
 */
const IN_TEXT_META = 2
/** How many prose blocks may stand above a story's header found further into the main text. */
const IN_TEXT_PROSE = 2
/**
 * What a far story header under its date adds to its score: its date over it stands for the byline or date right
 * under it that candidateScore rewards (+3).
 */
const UNDER_DATE = 3

/**
 * The best-scored candidate above the main text: open blocks within WINDOW
 * (counted in blocks no rule has claimed, so a labelled share bar or gallery
 * does not push the headline away), further up to FAR_WINDOW when a byline or
 * date sits right under it (a "Most read" list between headline and text),
 * the copy's first lines when a byline or date follows (an article container
 * starts with its headline), and, among the text's first blocks, a line that
 * is headline-shaped, no prose and ends as no line of prose (endsAsTextLine), its byline or date under
 * it (within IN_TEXT_META lines, but for the text's first block).
 */
function bestCandidate(ctx: ParseContext, top: number, regionStart: number): LabelledBlock | undefined {
  const blocks = ctx.blocks
  const page = new PageTop(ctx, regionStart)
  const found: Array<[LabelledBlock, number, number?]> = []
  let dist = 0
  for (let i = regionStart - 1; i >= top; i--) {
    const b = blocks[i]!
    if (b.role !== null) continue
    dist++
    const opening = i < top + 3
    // A story's header (its byline or date under it, prose under those) is a candidate however far above the text,
    // counted as if at the window's edge: the text found may be a list or a footer under the story. So are the
    // copy's first lines (an article container opens with its headline).
    // A story's header with its date over it and prose right under it is one too (a blog's "date / title / text").
    const underDate = dist > WINDOW && opensStoryUnderDate(page, i) && page.couldBeHeadline(i)
    const story = underDate || (dist > WINDOW && opensStory(page, i) && page.couldBeHeadline(i))
    if (dist > FAR_WINDOW && !opening && !story) continue
    // A title the text's opening names whole is a candidate however far above the text.
    const named = page.titleNamedInLead(i)
    // Beyond WINDOW only a line with its byline/date close under it can be the headline; a page's first lines are
    // its masthead unless a byline or date follows.
    if (dist > WINDOW && !named && !underDate && !metaCloseEnough(page.metaBelow(b), opening)) continue
    if (!named && !page.couldBeHeadline(i) && !(isShortTitle(b) && page.metaBelow(b) === 0 && !page.inContents(i)))
      continue
    found.push([b, story || opening ? Math.min(dist, WINDOW) : dist, underDate ? UNDER_DATE : 0])
  }
  found.reverse()
  // Inside the text's first blocks, a headline-shaped line that is not prose, its byline or date close under it:
  // the text's own first block, or a story's header under blurbs the text took in ("News from your town, every day").
  const { initial, region } = pageAnalysis(ctx)
  const regionEnd = region ? region[1] : regionStart
  for (let i = regionStart, seen = 0, prose = 0; i <= regionEnd; i++) {
    const b = blocks[i]!
    if (b.role !== null) continue
    seen++
    if (initial[i] === 'good') prose++
    // Past the text's first blocks, a story's header (prose under its byline or date) that no more than a blurb or
    // two of prose stand above: under the text's opening paragraphs, a header is another story's.
    if (seen > IN_TEXT && prose > IN_TEXT_PROSE) break
    if (initial[i] === 'good' || !page.couldBeHeadline(i) || endsAsTextLine(b.text)) continue
    const meta = page.metaBelow(b)
    if (seen > IN_TEXT && !opensStory(page, i)) continue
    if (meta >= 0 && (i === regionStart || meta <= IN_TEXT_META)) found.push([b, 0])
  }
  // Ties go to the higher line.
  let best: LabelledBlock | undefined
  let bestScore = -Infinity
  for (const [b, d, bonus] of found) {
    const s = candidateScore(page, b, d) + (bonus ?? 0)
    if (s > bestScore) [best, bestScore] = [b, s]
  }
  return best && fullerCopy(ctx, headlineOverDek(page, best))
}

/**
 * The pick as the page sets it when the line right above or below is the same headline with more of its
 * punctuation: "Ferry fares -- up again!" beside "Ferry fares up again!" (a copy for a share bar or a title bar,
 * stripped of its dashes). Same words in the same order, by their comparable text.
 */
function fullerCopy(ctx: ParseContext, pick: LabelledBlock): LabelledBlock {
  const key = comparableText(pick.text)
  for (const i of [pick.index - 1, pick.index + 1]) {
    const b = ctx.blocks[i]
    if (b && b.role === null && b.text.length > pick.text.length && comparableText(b.text) === key) return b
  }
  return pick
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
 * A date stamp wrapped into the picked block as its last line is cut off it (headline-date-split.ts).
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
      label(withoutTrailingStamp(ctx, best), 'headline', 'headline-above-text')
      return
    }
    const short = shortHeadlineAboveText(ctx, top, region[0])
    if (short) {
      label(short, 'headline', 'headline-short-above-text')
      return
    }
  }
  if (!centredHeadline(ctx, top)) firstBlockHeadline(ctx, top)
  const head = ctx.blocks.find((b) => b.role === 'headline')
  if (head) withoutTrailingStamp(ctx, head)
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
    rule: 'headline-short-above-text',
    id: 'headline/short-above-text',
    description: "on a web page with no longer candidate, a short title right above the text ('Pier shut', 'Shut!')",
  },
  {
    rule: 'headline-centred',
    id: 'headline/centred',
    description: 'in a plain-text document, a line centred between the margins near the top',
  },
  {
    rule: 'headline-under-intro',
    id: 'headline/under-intro',
    description: "under a first line that ends a sentence ('Hi, I'm Jane.'), a title over prose that shares its words",
  },
  {
    rule: 'headline-first-block',
    id: 'headline/first-block',
    description: "the first block no earlier step took, when it has a headline's shape (run-on lines joined)",
  },
]
