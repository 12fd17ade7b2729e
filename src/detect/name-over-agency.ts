import type { Byline } from '../model/article.js'
import { parseByline } from './byline.js'
import type { LabelledBlock, ParseContext } from './context.js'
import { nameLine } from './web-byline.js'

/**
 * A reporter's name right over the agency's line, as portals print wire stories: "NATALIYA VASILYEVA" over
 * "Associated PressDecember 2, 2016", "Jane Roe" over "Reuters · 2 hours ago". `agencyLine` is a block read as a
 * name beside a date (`byline` what it was read as); when that name is an agency's and the open block right over
 * it a person's name alone, the byline is the person, of that agency. Returns the name's block and its byline, or
 * null. Not "Marrow Gazette" over "Hannah Colby" (no agency), not an agency with no name over it.
 */
export function nameOverAgency(
  ctx: ParseContext,
  agencyLine: LabelledBlock,
  byline: Byline,
): { block: LabelledBlock; byline: Byline } | null {
  if (byline.authors.length !== 1) return null
  const agency = parseByline(`By ${byline.text}`)
  if (!agency?.agency || agency.authors.length > 0) return null
  const above = ctx.blocks[agencyLine.index - 1]
  if (!above || above.role !== null || above.hint !== undefined) return null
  const name = nameLine(above.text)
  if (!name || parseByline(`By ${name.text}`)?.agency) return null
  return { block: above, byline: { ...name, agency: agency.agency } }
}
