import { AAP_HEADLINE_TAGS, AAP_TAG, FIELD_TAG, FIELD_TAGS } from '../lexicon/wire-formats.js'
import { parseByline } from './byline.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'
import { splitIntoLines } from './wire-merge.js'

const ZCZC = /^zczc\b/i

/**
 * A one-character tag line of AAP copy, as tag and value: "$Bail curfew lifted for Qld teen $" → `$`, "Bail curfew
 * lifted for Qld teen".
 */
export function aapTag(text: string): { tag: string; value: string } | null {
  if (!AAP_TAG.test(text)) return null
  // A closing tag character ("… teen $") is no part of the value.
  const value = text
    .slice(1)
    .replace(/\s[$%#^]$/, '')
    .trim()
  return { tag: text[0]!, value }
}

/** A `XX#value` line of a tagged feed: "KY#ACNB Comnews BRN.AX" → `KY`, "ACNB Comnews BRN.AX". */
export function fieldTag(text: string): { tag: string; value: string } | null {
  const m = FIELD_TAG.exec(text)
  return m ? { tag: m[1]!, value: m[2]!.trim() } : null
}

/**
 * Reads the header of AAP copy, if the story opens with ZCZC: the tag lines under it, one-character
 * (`%A`, `#Court: Marlow_BC2`, `$GPS device …`, `:(MELBOURNE)`) or `XX#` tags (`KN#News Bites`,
 * `TI#…`, `AB#…`, `TX#`), up to the first line that has none. Tags are `not-for-publication`
 * boilerplate but for the headline (`$` with words, `TI#`), the standfirst (`AB#`) and a byline
 * (`BY#`), which keep their words without the tag. Returns whether the story is AAP copy.
 */
export function readAap(ctx: ParseContext): boolean {
  const first = ctx.blocks.find((b) => b.role === null)
  if (!first || first.hint !== undefined || !ZCZC.test(first.text)) return false
  const zczc = splitIntoLines(ctx, first)[0]!
  label(zczc, 'boilerplate', 'wire-zczc', { kind: 'not-for-publication' })
  let headline = false
  for (let i = zczc.index + 1; i < ctx.blocks.length; i++) {
    const block = ctx.blocks[i]!
    if (block.role !== null || block.hint !== undefined || !isTagLine(block.text)) break
    // Tag lines read as one paragraph are taken a line at a time.
    const line = splitIntoLines(ctx, block)[0]!
    const text = fieldTag(line.text)?.tag === FIELD_TAGS.text
    headline = readTag(line, headline)
    if (text) break
  }
  return true
}

function isTagLine(text: string): boolean {
  return AAP_TAG.test(text) || FIELD_TAG.test(text)
}

/** Labels one tag line; returns whether a headline has been found (this one or an earlier one). */
function readTag(block: LabelledBlock, headline: boolean): boolean {
  const field = fieldTag(block.text)
  const tag = field ?? aapTag(block.text)!
  const words = tag.value.split(/\s+/).filter(Boolean).length
  if (!headline && words >= 2 && (field ? field.tag === FIELD_TAGS.headline : AAP_HEADLINE_TAGS.includes(tag.tag))) {
    block.text = tag.value
    label(block, 'headline', 'headline-wire-tag')
    return true
  }
  if (field?.tag === FIELD_TAGS.standfirst && words > 0) {
    block.text = tag.value
    label(block, 'standfirst', 'standfirst-wire-tag')
    return headline
  }
  const byline = field?.tag === FIELD_TAGS.byline && words > 0 ? parseByline(`By ${tag.value}`) : null
  if (byline) {
    block.text = tag.value
    label(block, 'byline', 'byline-wire-tag', { byline: { ...byline, text: tag.value } })
    return headline
  }
  label(block, 'boilerplate', field ? 'wire-field-tag' : 'wire-aap-tag', { kind: 'not-for-publication' })
  return headline
}

/** The rules of this step, for `article-parse explain --rules`. */
export const AAP_RULES: readonly RuleDoc[] = [
  { rule: 'wire-zczc', id: 'boilerplate/wire-zczc', description: "AAP's ZCZC line opening a transmission" },
  {
    rule: 'headline-wire-tag',
    id: 'headline/wire-tag',
    description: "AAP's headline tag ('$Harbour ferry fares to rise $') or a feed's TI# field",
  },
  { rule: 'standfirst-wire-tag', id: 'standfirst/wire-tag', description: "a tagged feed's abstract field (AB#…)" },
  { rule: 'byline-wire-tag', id: 'byline/wire-tag', description: "a tagged feed's byline field (BY#…)" },
  {
    rule: 'wire-field-tag',
    id: 'boilerplate/wire-field-tag',
    description: "a tagged feed's other XX# field lines ('KN#News Bites')",
  },
  {
    rule: 'wire-aap-tag',
    id: 'boilerplate/wire-aap-tag',
    description: "AAP's one-character tag lines under ZCZC ('%A', '#Court: …', ':(MELBOURNE)')",
  },
]
