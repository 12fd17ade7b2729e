import { storyStartAfter } from './header-cluster.js'
import { isUnderDate } from './header-meta.js'
import { pageAnalysis } from './page-residue.js'
import type { PageTop } from './page-top.js'
import { wordsIn } from './prose-shape.js'

// Three shapes of a page the headline search reads around a candidate, from
// the evidence PageTop gathers: a story's header (the headline over its
// byline or date, the story's prose under those), the same under its date
// (date, perhaps a label, headline, prose), and a list of dated teasers
// (title over date, again and again), whose items are other stories.

/** How many blocks under a story's header its prose starts, at most (a byline, a date, a job, a share row). */
const PROSE_WITHIN = 12
/** Fewest words of a title that marks another story (a newsroom's name, "Gazette Health News", is shorter). */
const OTHER_TITLE_WORDS = 5

/**
 * Whether block `i` heads a story: its byline or date right under it (or one line down), and prose (a block the
 * page's scoring found `good`) right under those, past short lines such as a job or a share row (storyStartAfter),
 * but no other title over its own byline or date ("Gazette Health News" over "Reviewed by …" is the newsroom).
 */
export function opensStory(page: PageTop, i: number): boolean {
  const blocks = page.ctx.blocks
  const b = blocks[i]
  const { initial } = pageAnalysis(page.ctx)
  // Prose close under it, or no story: the cheap test first, as it is asked of every line far above the text.
  if (!b || !initial.slice(i + 1, i + 1 + PROSE_WITHIN).includes('good')) return false
  const meta = page.metaBelow(b)
  if (meta < 0 || meta > 1) return false
  const start = storyStartAfter(page.ctx, i, (j) => initial[j] === 'good')
  if (start < 0) return false
  // Another title over its own byline or date on the way: a list of teasers, each over its date.
  for (let j = i + 1; j < start; j++) {
    const other = blocks[j]!
    if (other.role !== null || page.isMeta(j) || !page.couldBeHeadline(j)) continue
    if (wordsIn(other.text, OTHER_TITLE_WORDS) >= OTHER_TITLE_WORDS && page.metaBelow(other) === 0) return false
  }
  return true
}

/**
 * Whether block `i` heads a story under its date: the date right above it, or above a short label
 * over it ("21 September 2020" / "Databases" / the headline), and prose (a block the page's scoring found `good`)
 * right under it or under one line between (its dek). Blogs and magazines set the date over the title. A teaser
 * in a list of dated teasers has the next item's date under its blurb: no story.
 */
export function opensStoryUnderDate(page: PageTop, i: number): boolean {
  const blocks = page.ctx.blocks
  const b = blocks[i]
  // Its own date right under it: the date above is the item's above, in a list of titles each over its date.
  if (!b || page.metaBelow(b) === 0) return false
  const { initial } = pageAnalysis(page.ctx)
  // Right above, no share row or player between: the date, or a label over which the date stands.
  if (!isUnderDate(blocks, i)) return false
  const first = openBelow(page, i)
  const prose = first >= 0 && initial[first] !== 'good' ? openBelow(page, first) : first
  if (prose < 0 || initial[prose] !== 'good') return false
  const next = openBelow(page, prose)
  return next < 0 || !page.isMeta(next)
}

/** The nearest open block under block `i`, or -1. */
function openBelow(page: PageTop, i: number): number {
  const blocks = page.ctx.blocks
  for (let j = i + 1; j < blocks.length; j++) if (blocks[j]!.role === null) return j
  return -1
}

/**
 * Whether block `i` is an item of a list of dated teasers, three at least, past the first: it has its byline or
 * date right under it, and so do the title above it and the one above that or the one below, past their cluster
 * and a kicker at most ("AUTO NEWS" / title / "January 14, 2024", three times over). The first is left alone: a
 * story's header may stand over a list of related stories.
 */
export function inDatedList(page: PageTop, i: number): boolean {
  const b = page.ctx.blocks[i]
  if (!b || page.metaBelow(b) !== 0) return false
  const up = datedTitleNear(page, i, -1)
  const down = datedTitleNear(page, i, 1)
  return up >= 0 && (down >= 0 || datedTitleNear(page, up, -1) >= 0)
}

/** The next title up (`step` -1) or down (1) from block `i` when it has its byline or date right under it, or -1. */
function datedTitleNear(page: PageTop, i: number, step: number): number {
  const blocks = page.ctx.blocks
  let others = 0
  let meta = 0
  for (let j = i + step; j >= 0 && j < blocks.length; j += step) {
    const b = blocks[j]!
    if (b.role !== null && b.role !== 'byline') continue
    if (page.isMeta(j)) meta++
    else if (page.couldBeHeadline(j)) return meta > 0 && page.metaBelow(b) === 0 ? j : -1
    // A kicker or a name between the items; more is no list.
    else if (++others > 1) return -1
  }
  return -1
}
