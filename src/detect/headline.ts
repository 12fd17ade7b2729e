import { label, type LabelledBlock, type ParseContext } from '../parse/context.js'

const MAX_HEADLINE_CHARS = 250
const MAX_HEADLINE_WORDS = 35

/** Whether a block has the shape of a headline: one short line, not a running sentence cut off by a colon or comma. */
export function looksLikeHeadline(block: LabelledBlock): boolean {
  const t = block.text
  if (t.length === 0 || t.length > MAX_HEADLINE_CHARS) return false
  if (block.lines.length > 3) return false
  if (t.split(/\s+/).length > MAX_HEADLINE_WORDS) return false
  if (/[,;]$/.test(t)) return false
  return /[\p{L}\p{N}]/u.test(t)
}

/**
 * Step: the headline.
 * Rules: a Markdown heading (the first of the highest level) wins; else the
 * first block not yet labelled, when it has a headline's shape.
 */
export function detectHeadline(ctx: ParseContext): void {
  const headings = ctx.blocks.filter((b) => b.role === null && b.hint === 'heading')
  if (headings.length > 0) {
    const top = Math.min(...headings.map((b) => b.depth ?? 1))
    const first = headings.find((b) => (b.depth ?? 1) === top)!
    if (top === 1 || first === ctx.blocks.find((b) => b.role === null)) {
      label(first, 'headline', 'headline-markdown-heading')
      return
    }
  }
  const first = ctx.blocks.find((b) => b.role === null)
  if (first && first.hint === undefined && looksLikeHeadline(first)) label(first, 'headline', 'headline-first-block')
}
