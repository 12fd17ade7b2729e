import { label, type ParseContext } from './context.js'
import { firstProseUnder, isDekShaped } from './dek-past-furniture.js'
import { endsSentence } from './paragraph-score.js'
import { nameLine } from './web-byline.js'

/**
 * A name alone right under the dek, the dek the first prose under the headline past its furniture (kicker, date,
 * buttons): "Christie Wilcox" under "The plant's genome shows what parasites can do. Many details are unclear."
 * A page sets its byline there as often as over the dek. The dek must end its sentence and not open with a
 * quotation mark: a pull quote over its speaker's name is no dek. Labels the name the byline and returns true.
 */
export function takeNameUnderDek(ctx: ParseContext, head: number): boolean {
  const dek = firstProseUnder(ctx.blocks, head)
  if (!dek || dek.hint !== undefined || !isDekShaped(dek.text) || !endsSentence(dek.text)) return false
  const next = ctx.blocks[dek.index + 1]
  if (!next || next.role !== null || next.hint !== undefined) return false
  const name = nameLine(next.text)
  if (!name) return false
  label(next, 'byline', 'byline-name-under-dek', { byline: name })
  return true
}
