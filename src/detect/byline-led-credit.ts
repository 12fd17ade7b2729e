import { BYLINE_LEAD } from '../lexicon/agencies.js'
import { label, type ParseContext } from './context.js'
import { parseWebByline } from './web-byline.js'

/** A byline lead opening a line: "By", "By:", "Von", "Par", "Por". */
const LEAD = new RegExp(`^${BYLINE_LEAD}\\b`, 'u')

/**
 * A line right under the headline (or its dek) that the media step read as a photo's credit for its names and
 * agency, but that opens with a byline's lead: "By: Jane Roe, John Doe, The Associated Press" between the dek and
 * the date. A credit names who took the picture ("Jane Roe/AP"); a lead introduces the story's authors. Labels it
 * the byline and returns true.
 */
export function takeLedCredit(ctx: ParseContext, head: number): boolean {
  for (let i = head + 1, open = 0; i < ctx.blocks.length && open < 2; i++) {
    const b = ctx.blocks[i]!
    if (b.role === null) open++
    if (b.role !== 'caption' || b.rule !== 'media-trailing-credit' || !LEAD.test(b.text)) continue
    const web = parseWebByline(b.text)
    if (!web || web.authors.length === 0) return false
    label(b, 'byline', 'byline-led-credit', { byline: web, caption: undefined, credit: undefined })
    return true
  }
  return false
}
