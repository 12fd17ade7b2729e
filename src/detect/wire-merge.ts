import { tidy } from '../source/block.js'
import type { LabelledBlock, ParseContext } from './context.js'

/**
 * Joins `next` into `block` (the two lines of an AP byline, a dateline
 * standing on its own line above the body), so the pair is one element
 * whose position covers both. Later blocks are renumbered.
 */
export function mergeWithNext(ctx: ParseContext, block: LabelledBlock): LabelledBlock | undefined {
  const at = ctx.blocks.indexOf(block)
  const next = ctx.blocks[at + 1]
  if (at < 0 || !next) return undefined
  block.text = tidy(`${block.text} ${next.text}`)
  block.end = next.end
  block.lines = [...block.lines, ...next.lines]
  ctx.blocks.splice(at + 1, 1)
  ctx.blocks.forEach((b, i) => {
    if (b.creditOf !== undefined && b.creditOf > at) b.creditOf--
    b.index = i
  })
  return block
}
