import { comparableText } from '../source/block.js'
import { label, type LabelledBlock, type ParseContext } from '../parse/context.js'
import { MIN_ABOVE, pageAnalysis } from './page-residue.js'
import { parseByline } from './byline.js'
import { SECTION_LABEL } from '../lexicon/boilerplate.js'
import { isDateLine } from './boilerplate.js'

const MAX_HEADLINE_CHARS = 250
const MAX_HEADLINE_WORDS = 35
/** How many blocks above the main text a web page's headline may sit. */
const WINDOW = 14
/** How far below a headline its byline/date cluster may start. */
const META_DEPTH = 6
/** How many labels and date stamps may stand above a clean story's headline. */
const LABEL_DEPTH = 3

/** Whether a block has the shape of a headline: one short line, not a running sentence cut off by a colon or comma. */
export function looksLikeHeadline(block: LabelledBlock): boolean {
  const t = block.text
  if (t.length === 0 || t.length > MAX_HEADLINE_CHARS) return false
  if (block.lines.length > 3) return false
  if (t.split(/\s+/).length > MAX_HEADLINE_WORDS) return false
  // "Netanyahu and Obama: A tortured relationship;" (a headline run into its dek) is one; a wrapped clause is not.
  if (/,$/.test(t) || (/;$/.test(t) && block.lines.length > 1)) return false
  return /[\p{L}\p{N}]/u.test(t)
}

/**
 * Whether a line could be a web page's headline at all: three words or more,
 * not a section label ("NEWS", "SPORTSMINNESOTA WILD"), a date, a byline or
 * a web address. "Zach Parise heating up, scores twice as Wild beat Sabres 4-1" is one.
 */
export function couldBeHeadline(block: LabelledBlock): boolean {
  if (block.role !== null || block.hint !== undefined || !looksLikeHeadline(block)) return false
  const t = block.text
  const words = t.split(/\s+/).length
  if (words < 3 || t.length < 15) return false
  if (SECTION_LABEL.test(t) || isMetaLine(block)) return false
  if (/^(?:https?:\/\/|www\.)/i.test(t)) return false
  // A line wholly in brackets is a credit or an aside: "(Jacquelyn Martin / Associated Press)".
  if (/^\(.*\)$/.test(t)) return false
  return t !== t.toUpperCase() || words >= 5
}

// "Robert Burns, AP National Security Writer", "Jane Roe, Staff Reporter" — a name, a comma, a newsroom job.
// Not "Storm hits coast, says weather writer": the line must open with the name alone.
const NAME_WITH_JOB = /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){1,3},\s[\p{L} ]{0,40}\b(?:writer|correspondent|editor|reporter|columnist|contributor|staff)$/iu
// "Posted by Vortex", "Written by Ann Lee".
const POSTED_BY = /^(?:posted|written|published|words|story)\s+by\b/i
// "4:02 pm", "11:42 EST", "11:42, UK".
// Case matters: the zone is in capitals, so "6:30 on Monday" is no time stamp.
const CLOCK_TIME = /\b\d{1,2}:\d{2},?\s{0,2}(?:[aApP]\.?[mM]\b|\b[A-Z]{2,4}\b)/

/** A byline, a date or a "5 min read" line: the cluster a headline sits on. */
function isMetaLine(block: LabelledBlock | undefined): boolean {
  if (!block) return false
  const t = block.text
  return block.role === 'byline' || parseByline(t) !== null || /^by\s/i.test(t) || /(?:^|[|·•,]\s*)by:?\s+\p{Lu}/iu.test(t) || POSTED_BY.test(t) || NAME_WITH_JOB.test(t) || isDateLine(t) || CLOCK_TIME.test(t) || /\b\d+\s+min(?:ute)?s?\s+read\b/i.test(t)
}

function hasMetaBelow(ctx: ParseContext, block: LabelledBlock): boolean {
  return ctx.blocks.slice(block.index + 1, block.index + 1 + META_DEPTH).some(isMetaLine)
}

/**
 * Scores a candidate: followed closely by a byline/date cluster (+3), its words
 * repeated in another line such as a breadcrumb or a share label (+2), near
 * the main text (up to +1), longer rather than a two-word label (up to +1),
 * inside a run of similar titles such as a "Most read" list (−2).
 */
function candidateScore(ctx: ParseContext, block: LabelledBlock, regionStart: number): number {
  const blocks = ctx.blocks
  const key = comparableText(block.text)
  let score = 0
  const meta = blocks.slice(block.index + 1, block.index + 1 + META_DEPTH).findIndex(isMetaLine)
  if (meta >= 0) score += 3 - meta * 0.3
  const repeated = blocks.some((b) => b !== block && b.index < regionStart + 3 && comparableText(b.text).endsWith(key))
  if (repeated) score += 2
  score += 1 - Math.max(0, regionStart - block.index) / WINDOW
  score += Math.min(1, block.text.split(/\s+/).length / 8)
  // Headlines rarely close with a full stop or run past 150 characters; teasers and first paragraphs do.
  if (/[.!]["”’']?$/.test(block.text)) score -= 1.5
  if (block.text.length > 150) score -= 1
  const prev = blocks[block.index - 1]
  const next = blocks[block.index + 1]
  const titleLike = (b: LabelledBlock | undefined) => !!b && b.role === null && couldBeHeadline(b) && b.text.length < 160 && !/[.!?]$/.test(b.text)
  if (titleLike(prev) && titleLike(next) && !repeated) score -= 2
  // The copy's very first line with a byline/date below: an article container opens with its headline (+1).
  if (block.index === blocks.findIndex((b) => b.role === null) && meta >= 0) score += 1
  // A name on its own ("Adam Clark Estes") sits in the byline cluster, not above it.
  if (/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(block.text) && !repeated) score -= 1.5
  return score
}

/**
 * Step: the headline.
 * Rules: a Markdown heading (the first of the highest level) wins; on a web
 * page with residue, the best-scored candidate in the window above the main
 * text; else the first block not yet labelled, when it has a headline's shape.
 */
export function detectHeadline(ctx: ParseContext): void {
  const headings = ctx.blocks.filter((b) => b.role === null && b.hint === 'heading')
  if (headings.length > 0) {
    const top = Math.min(...headings.map((b) => b.depth ?? 1))
    const first = headings.find((b) => (b.depth ?? 1) === top)!
    if (top === 1 || first === ctx.blocks.find((b) => b.role === null)) {
      label(first, 'headline', 'headline-markdown-heading')
      return
    }
  }
  const { region, residue } = pageAnalysis(ctx)
  const top = ctx.blocks.findIndex((b) => b.role === null)
  if (top < 0) return
  if (residue && region && top < region[0]) {
    // The window above the main text, and the top of the copy (an article container starts with its headline).
    const near = ctx.blocks.slice(Math.max(top, region[0] - WINDOW), region[0])
    // An opening line counts only with a byline or date under it: a page's first lines are its masthead.
    const opening = ctx.blocks.slice(top, Math.min(top + 3, region[0])).filter((b) => !near.includes(b) && hasMetaBelow(ctx, b))
    const candidates = [...opening, ...near].filter(couldBeHeadline)
    let best: LabelledBlock | undefined
    let bestScore = -Infinity
    for (const c of candidates) {
      const s = candidateScore(ctx, c, region[0])
      if (s > bestScore) [best, bestScore] = [c, s]
    }
    if (best) {
      label(best, 'headline', 'headline-above-text')
      return
    }
  }
  // Clean copy: the first block, past a section label, a one-word kicker or a date stamp ("NEWS", "World", "October 9, 2018 at 4:02 pm").
  // Only when a headline-shaped line follows: "BAHIA COCOA REVIEW" over a wire lead is the headline itself.
  const open = ctx.blocks.slice(top, top + LABEL_DEPTH + 1).filter((b) => b.role === null)
  let first = open[0]!
  for (const [i, b] of open.entries()) {
    first = b
    const next = open[i + 1]
    const label = b.hint === undefined && (SECTION_LABEL.test(b.text) || isDateLine(b.text) || !/\s/.test(b.text))
    if (!label || !next || i === LABEL_DEPTH || !looksLikeHeadline(next) || /[.!?]["”’']?$/.test(next.text)) break
  }
  if (first.hint === undefined && looksLikeHeadline(first) && !isDateLine(first.text)) label(first, 'headline', 'headline-first-block')
}
