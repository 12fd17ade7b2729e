import { SECTION_LABEL } from '../lexicon/boilerplate.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { splitDateline } from './dateline.js'
import { isMetaLine, isOneWordKicker, looksLikeHeadline } from './headline-lines.js'
import { runOn } from './headline-run-on.js'
import { isPageMetaText } from './meta-line.js'
import { isDateLine } from './page-date.js'

/** How many labels and date stamps may stand above a clean story's headline. */
const LABEL_DEPTH = 3

/**
 * The headline of clean copy (no page residue above its text): the first block, past a section label, a
 * one-word kicker, a date stamp or a byline ("NEWS", "World", "October 14, 2024 at 4:02 pm", "Politik · Jana
 * Roe"), when it has a headline's shape. Only when a headline-shaped line follows: "COCOA BELT REVIEW" over a
 * wire lead is the headline itself.
 */
export function firstBlockHeadline(ctx: ParseContext, top: number): void {
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
      (SECTION_LABEL.test(b.text) || isDateLine(b.text) || isOneWordKicker(b.text) || isPageMetaText(b.text))
    // A byline under the first line makes that line the headline: "商品の改造が商標法違反に！？" over "by 特許事務所 ／ 2016.12.01".
    // A line that asks or exclaims may be the headline under a label ("Was heißt Gerechtigkeit für Sie?"); one that
    // ends with a full stop is the lead.
    if (
      !label ||
      !next ||
      i === LABEL_DEPTH ||
      !looksLikeHeadline(next) ||
      /\.["”’']?$/.test(next.text) ||
      isMetaLine(next)
    )
      break
  }
  // A block opening with a wire dateline ("MARROW (AP) _ The state files …") is the lead of a story sent without a headline.
  if (first.hint === undefined && looksLikeHeadline(first) && !isDateLine(first.text) && !splitDateline(first.text))
    label(runOn(ctx, first), 'headline', 'headline-first-block')
}
