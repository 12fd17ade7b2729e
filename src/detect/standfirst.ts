import { comparableText } from '../source/block.js'
import { label, type LabelledBlock, type ParseContext } from '../parse/context.js'

const MIN_WORDS = 6
const MAX_WORDS = 70

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** The block right after the headline that could be a dek, skipping bylines and captions. */
function candidateAfterHeadline(ctx: ParseContext): LabelledBlock | undefined {
  const head = ctx.blocks.findIndex((b) => b.role === 'headline')
  if (head < 0) return undefined
  for (const block of ctx.blocks.slice(head + 1)) {
    if (block.role === null) return block
    if (block.role !== 'byline' && block.role !== 'caption' && block.role !== 'credit' && block.role !== 'boilerplate') return undefined
  }
  return undefined
}

/**
 * Step: the standfirst (dek) under the headline.
 * Rules: a Markdown paragraph right under the headline that is wholly
 * emphasised; a block the body repeats (sites print the dek again as the
 * lead); a sentence-like block without a closing full stop, which a lead
 * paragraph always has.
 */
export function detectStandfirst(ctx: ParseContext): void {
  const cand = candidateAfterHeadline(ctx)
  if (!cand || cand.hint !== undefined) return
  const n = words(cand.text)
  if (n < MIN_WORDS || n > MAX_WORDS) return
  const later = ctx.blocks.filter((b) => b.index > cand.index && b.role === null)
  if (later.length === 0) return
  const key = comparableText(cand.text)
  if (later.some((b) => comparableText(b.text).startsWith(key))) {
    label(cand, 'standfirst', 'standfirst-repeated-in-body')
    return
  }
  const md = ctx.options.from === 'markdown'
  if (md && /^([*_]).+\1$/s.test(ctx.text.slice(cand.start - ctx.base, cand.end - ctx.base).trim())) {
    label(cand, 'standfirst', 'standfirst-emphasised')
    return
  }
  if (!md && !/[.!?…"”’'):]$/.test(cand.text) && later.some((b) => /[.!?"”]$/.test(b.text))) {
    label(cand, 'standfirst', 'standfirst-no-full-stop')
  }
}
