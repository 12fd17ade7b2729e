import type { LabelledBlock, ParseContext } from './context.js'
import { isDateLine } from './page-date.js'
import { mergeWithNext, splitIntoLines } from './wire-merge.js'

/**
 * A stamp that ends a sentence ("… set for / March 9.") is the last line of a wrapped paragraph, not a page's stamp.
 */
const ENDS_SENTENCE = /[.!?…]["”’')]?$/

/**
 * The headline without the date stamp that lies under it in the same block: on a page read as hard-wrapped (a page
 * of short lines), a title and the stamp on the line under it ("Harbour ferry to run all winter" / "2024/11/03")
 * are joined into one block, as a wrapped paragraph's lines are. A stamp is the page's date, never a headline's
 * words: the block is cut before it, and the stamp is left to the steps that read dates. Returns the title's block.
 */
export function withoutTrailingStamp(ctx: ParseContext, pick: LabelledBlock): LabelledBlock {
  const lines = pick.lines.filter((line) => !line.blank)
  const last = lines.at(-1)?.text.trim()
  if (lines.length < 2 || last === undefined || ENDS_SENTENCE.test(last) || !isDateLine(last)) return pick
  const parts = splitIntoLines(ctx, pick)
  const title = parts[0]!
  for (let k = 1; k < parts.length - 1; k++) mergeWithNext(ctx, title)
  // The stamp's line is no part of whatever the title was labelled.
  const stamp = parts.at(-1)!
  stamp.role = null
  delete stamp.rule
  return title
}
