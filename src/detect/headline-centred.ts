import { type LabelledBlock, label, type ParseContext } from './context.js'
import { isMetaLine, looksLikeHeadline } from './headline-lines.js'
import { isDateLine } from './page-date.js'

// A plain-text document (an RFC, a memo, a page read in a text browser)
// centres its title between the margins, under a header of fields set
// left and right: "                    Harbour Seal Survey" in a 72-column
// text. A line set at the right margin ("            Jane Roe") is a field,
// not a title.

/** How many open blocks from the top of the copy a centred title may sit. */
const DEPTH = 12
/** Fewest spaces before a centred title. */
const MIN_MARGIN = 10
/** How far apart its left and right margins may be. */
const SLACK = 4

/** The first block in the copy's first DEPTH open blocks set alone on a centred line, if any. */
export function centredTitle(ctx: ParseContext, top: number): LabelledBlock | undefined {
  const open = ctx.blocks.slice(top).filter((b) => b.role === null)
  const head = open.slice(0, DEPTH)
  // A loop, not Math.max(...): a block may hold thousands of lines.
  let width = 0
  for (const b of head) for (const line of b.lines) width = Math.max(width, line.text.trimEnd().length)
  return head.find((b) => {
    if (b.lines.length !== 1 || b.hint !== undefined || b.indent < MIN_MARGIN) return false
    const right = width - b.lines[0]!.text.trimEnd().length
    return Math.abs(b.indent - right) <= SLACK && looksLikeHeadline(b) && !isMetaLine(b) && !isDateLine(b.text)
  })
}

/** Labels the centred title of a plain-text document the headline; true if there is one. */
export function centredHeadline(ctx: ParseContext, top: number): boolean {
  const title = centredTitle(ctx, top)
  if (title) label(title, 'headline', 'headline-centred')
  return !!title
}
