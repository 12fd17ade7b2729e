import { WHOLE_QUOTATION } from '../lexicon/headline-words.js'
import type { LabelledBlock } from './context.js'
import { CAPS_KICKER } from './headline-lines.js'
import { inDatedList } from './headline-story.js'
import type { PageTop } from './page-top.js'
import { wordsIn } from './prose-shape.js'

// The score of a candidate for a web page's headline, from the evidence
// PageTop gathers, and the dek rule that may hand the pick to the line above.

/** How many open blocks (not yet labelled) above the main text a web page's headline may sit. */
export const WINDOW = 14

/**
 * Scores a candidate `dist` open blocks above the main text: followed closely
 * by a byline/date cluster (+3), or else under a date that tops its cluster
 * (+1), about the story's opening (up to +3), echoed in another line such as a
 * breadcrumb or a page title (+2), near the main text (up to +1, less the
 * further it is), longer rather than a two-word label (up to +1), inside a run
 * of similar titles such as a "Most read" list or a list of dated teasers (−2).
 */
export function candidateScore(page: PageTop, block: LabelledBlock, dist: number): number {
  const meta = page.metaBelow(block)
  const echoed = page.isEchoed(block)
  const fullStop = /\.["”’']?$/.test(block.text)
  let score = 0
  if (meta >= 0) score += 3 - meta * 0.3
  // A date over the headline, none under it.
  else if (page.metaAbove(block)) score += 1
  // Not for a sentence that ends with a full stop (a dek, a caption, a teaser), which sums the story up by nature.
  if (!fullStop) score += 3 * page.aboutLead(block)
  // Echoed elsewhere: in another line, or (one of the copy's first lines) named whole in the text's opening.
  if (echoed || page.titleNamedInLead(block.index)) score += 2
  score += 1 - dist / WINDOW
  score += Math.min(1, wordsIn(block.text, 8) / 8)
  // Headlines rarely close with a full stop or a colon or run past 150 characters; teasers and first paragraphs do.
  if (endsAsTeaser(block.text)) score -= 1.5
  if (block.text.length > 150) score -= 1
  if (!echoed && page.titleLike(block.index - 1) && page.titleLike(block.index + 1)) score -= 2
  // An item of a list of dated teasers, each title over its date (−2).
  else if (!echoed && inDatedList(page, block.index)) score -= 2
  // The copy's very first line with a byline/date right below: an article container opens with its headline (+1).
  if (block.index === page.firstOpen && meta >= 0 && meta <= 1) score += 1
  // An all-caps kicker right above: "PHONES" over "The Future of Phone Design Is Behind Us" (+0.5).
  if (underCapsKicker(page, block)) score += 0.5
  // A name on its own ("Adam Reed Colby") sits in the byline cluster, not above it.
  if (page.isNameOnly(block.index)) score -= 1.5
  return score
}

/**
 * Whether a candidate closes as a teaser or a paragraph does, not as a headline: a full stop, a colon or a semicolon,
 * perhaps before a closing quote ("Six weeks of work begin on Monday.", "Here is what we know:"). An exclamation mark
 * closes headlines too ("Ferry fares frozen for a year!"), and a question mark ("Is the pier safe?").
 */
export function endsAsTeaser(t: string): boolean {
  return /[.:;]["”’']?$/.test(t)
}

/** An open line in capitals of three words at most right above: "APPLE", "AUTO NEWS". */
function underCapsKicker(page: PageTop, block: LabelledBlock): boolean {
  const prev = page.ctx.blocks[block.index - 1]
  return (
    !!prev && prev.role === null && prev.text.length <= 25 && CAPS_KICKER.test(prev.text) && /\p{L}/u.test(prev.text)
  )
}

/**
 * A dek sits under its headline, both above the byline: when the line right above the pick (no byline or date
 * between) could be a headline too, is shorter, ends no sentence and is about the story (its words in the lead,
 * or echoed in a title or address), that line is the headline and the pick its dek. A pick that ends a sentence
 * is a dek by its shape, and any word in common will do; otherwise the line above needs five words or more (a
 * kicker, "Small Kitchen Storage Ideas", is shorter) and a quarter of its words in the lead. A teaser of a
 * "Most read" list above the headline shares no words with the story. A line that is one quotation, whole, is the
 * headline over its dek whatever its words: "“We had no other choice”" over "Mayor defends closing the seafront road"
 * (a speaker's words are not the story's, and a kicker or a teaser is never a bare quotation). A pick with a dek
 * of its own under it (hasOwnDek) keeps the headline: the line above is its kicker.
 */
export function headlineOverDek(page: PageTop, pick: LabelledBlock): LabelledBlock {
  const i = page.openAbove(pick.index)
  const above = page.ctx.blocks[i]
  if (!above || above.role !== null || !page.couldBeHeadline(i) || above.text.length >= pick.text.length) return pick
  if (/[.!]["”’']?$/.test(above.text)) return pick
  if (WHOLE_QUOTATION.test(above.text.trim()) && !WHOLE_QUOTATION.test(pick.text.trim())) return above
  if (/[.!]["”’']?$/.test(pick.text)) return page.aboutLead(above) > 0 || page.isEchoed(above) ? above : pick
  if (wordsIn(above.text, 5) < 5 || hasOwnDek(page, pick)) return pick
  return page.aboutLead(above) >= 0.25 || page.isEchoed(above) ? above : pick
}

/**
 * Whether the pick has a dek of its own under it: the next open line ends a sentence and sits right over the
 * byline or date. A headline has one dek, so the line above the pick is its kicker, as German and Dutch pages set
 * one ("Schäden an der alten Seebrücke" / "Uferstraße in Marrow wird gesperrt" / "Die Stadt zieht … vor." / "Von …").
 */
function hasOwnDek(page: PageTop, pick: LabelledBlock): boolean {
  const blocks = page.ctx.blocks
  let j = pick.index + 1
  while (j < blocks.length && blocks[j]!.role !== null) j++
  const next = blocks[j]
  return !!next && !page.isMeta(j) && /[.!?…]["”’']?$/.test(next.text) && page.metaBelow(next) === 0
}
