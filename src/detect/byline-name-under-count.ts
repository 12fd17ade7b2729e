import { CJK_NAME } from './byline-cjk.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { isCountLine } from './meta-line.js'
import { isDateLine } from './page-date.js'

/**
 * A name in a script without capitals alone under a count that sits under the date, as Japanese and Chinese blogs
 * print the post's views between its date and its writer: "2024.05.02 09:30" / "1,204" / "山田ゆうこ". Such a name is
 * not told from a one-word section label ("経済") by its shape, so it counts in this place only.
 */
export function takeNameUnderCount(ctx: ParseContext, block: LabelledBlock): boolean {
  const name = block.text.trim()
  const count = ctx.blocks[block.index - 1]
  if (block.hint !== undefined || !CJK_NAME.test(name) || !count || count.role !== null || !isCountLine(count.text))
    return false
  const date = ctx.blocks[block.index - 2]
  if (!date || date.role !== null || !isDateLine(date.text)) return false
  label(block, 'byline', 'byline-name-under-count', { byline: { text: name, authors: [name], agency: null } })
  return true
}
