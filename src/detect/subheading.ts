import { countPieces } from '../source/words.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'

const MAX_CHARS = 90
const MAX_WORDS = 14
const MIN_NEIGHBOUR_CHARS = 120

function isProse(block: LabelledBlock | undefined): boolean {
  return !!block && (block.role === null || block.role === 'paragraph') && block.text.length >= MIN_NEIGHBOUR_CHARS
}

/** The shape of a crosshead: short, capitalised, no closing full stop (a question mark is fine). */
export function looksLikeSubheading(text: string): boolean {
  if (text.length === 0 || text.length > MAX_CHARS) return false
  if (countPieces(text, MAX_WORDS) > MAX_WORDS) return false
  if (!/^[\p{Lu}\p{N}"“‘']/u.test(text)) return false
  if (/[.,;:]$/.test(text) && !/\.\.\.$/.test(text)) return false
  if (/^["“‘'].*["”’']$/.test(text)) return false
  return true
}

/**
 * Step: crossheads inside the body.
 * Rules: a Markdown heading below the headline; a short line with a
 * crosshead's shape standing between two paragraphs of prose.
 */
export function detectSubheadings(ctx: ParseContext): void {
  const blocks = ctx.blocks
  const firstBody = blocks.findIndex((b) => b.role === null)
  for (const block of blocks) {
    if (block.role !== null) continue
    if (block.hint === 'heading') {
      label(block, 'subheading', 'subheading-markdown-heading')
      continue
    }
    if (block.hint !== undefined || block.index <= firstBody) continue
    const prev = blocks[block.index - 1]
    const next = blocks[block.index + 1]
    // Between two paragraphs of prose, with a crosshead's shape.
    if (isProse(prev) && isProse(next) && looksLikeSubheading(block.text))
      label(block, 'subheading', 'subheading-between-prose')
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const SUBHEADING_RULES: readonly RuleDoc[] = [
  {
    rule: 'subheading-markdown-heading',
    id: 'subheading/markdown-heading',
    description: 'a Markdown heading below the headline',
  },
  {
    rule: 'subheading-between-prose',
    id: 'subheading/between-prose',
    description: 'a short capitalised line with no closing full stop between two paragraphs of prose',
  },
]
