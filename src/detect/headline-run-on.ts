import { CONTINUING_WORDS } from '../lexicon/headline-words.js'
import type { LabelledBlock, ParseContext } from './context.js'
import { looksLikeHeadline } from './headline-lines.js'
import { mergeWithNext } from './wire-merge.js'

/**
 * A headline set on two lines: the first ends with a word no headline ends with ("Cancellation of")
 * and the next line, with no blank line between, reads as a headline too. The two become one block.
 */
export function runOn(ctx: ParseContext, first: LabelledBlock): LabelledBlock {
  const next = ctx.blocks[first.index + 1]
  const lastWord = first.text.slice(first.text.lastIndexOf(' ') + 1).toLowerCase()
  if (!next || next.role !== null || next.afterBlank || next.hint !== undefined) return first
  if (!CONTINUING_WORDS.includes(lastWord) || !looksLikeHeadline(next)) return first
  return mergeWithNext(ctx, first) ?? first
}
