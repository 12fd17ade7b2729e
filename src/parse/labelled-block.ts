import type { LabelledBlock } from '../detect/context.js'
import type { Block } from '../source/block.js'

/**
 * A block ready for labelling: no role yet. Every field a step may set is
 * there from the start, so that all blocks have one shape: blocks given their
 * fields one by one as steps labelled them took as many shapes, and every
 * step's reads of them were slower for it.
 */
export function labelled(block: Block): LabelledBlock {
  return {
    index: block.index,
    text: block.text,
    start: block.start,
    end: block.end,
    lines: block.lines,
    indent: block.indent,
    afterBlank: block.afterBlank,
    hint: block.hint,
    depth: block.depth,
    title: block.title,
    role: null,
    rule: undefined,
    kind: undefined,
    caption: undefined,
    credit: undefined,
    creditOf: undefined,
    byline: undefined,
    bodyText: undefined,
    rows: undefined,
    items: undefined,
    ordered: undefined,
  }
}
