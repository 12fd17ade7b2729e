import { comparableText } from '../source/block.js'
import { isSpace } from '../source/chars.js'
import { isDateLine } from './boilerplate.js'
import { opensWithKey } from './comparable-ends.js'
import { closesWith } from './headline-lines.js'
import { label, type LabelledBlock, type ParseContext } from '../parse/context.js'

const MIN_WORDS = 6
const MAX_WORDS = 70

/** How many words a text has (runs of non-space, as `text.split(/\s+/).filter(Boolean)` finds them). */
function words(text: string): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i))
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/** The block right after the headline that could be a dek, skipping bylines and captions. */
function candidateAfterHeadline(ctx: ParseContext): LabelledBlock | undefined {
  const blocks = ctx.blocks
  const head = blocks.findIndex((b) => b.role === 'headline')
  if (head < 0) return undefined
  for (let i = head + 1; i < blocks.length; i++) {
    const block = blocks[i]!
    // A date stamp under the byline ("Published 7:12 am GMT, March 4, 2025") is no dek: look past it.
    if (block.role === null && isDateLine(block.text)) continue
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
  // The open blocks after it are read in place (a block's index is its position).
  const blocks = ctx.blocks
  if (!anyOpenAfter(blocks, cand.index, () => true)) return
  const key = comparableText(cand.text)
  // Most blocks are told from the dek by their first words, without normalising them.
  if (key === '' || anyOpenAfter(blocks, cand.index, (b) => opensWithKey(b.text, key) ?? comparableText(b.text).startsWith(key))) {
    label(cand, 'standfirst', 'standfirst-repeated-in-body')
    return
  }
  const md = ctx.options.from === 'markdown'
  if (md && /^([*_]).+\1$/s.test(ctx.text.slice(cand.start - ctx.base, cand.end - ctx.base).trim())) {
    label(cand, 'standfirst', 'standfirst-emphasised')
    return
  }
  if (!md && !closesWith(cand.text, '.!?…"”’\'):', false) && anyOpenAfter(blocks, cand.index, (b) => closesWith(b.text, '.!?"”', false))) {
    label(cand, 'standfirst', 'standfirst-no-full-stop')
  }
}

/** Whether an open block after position `index` passes `test`. */
function anyOpenAfter(blocks: readonly LabelledBlock[], index: number, test: (b: LabelledBlock) => boolean): boolean {
  for (let i = index + 1; i < blocks.length; i++) if (blocks[i]!.role === null && test(blocks[i]!)) return true
  return false
}
