import { PAGE_CONTROL } from '../lexicon/page-meta.js'
import { countPieces } from '../source/words.js'
import type { LabelledBlock } from './context.js'
import { isHeaderMetaText } from './dek-shape.js'
import { isCountLine } from './meta-line.js'
import { isDateLine } from './page-date.js'
import { endsSentence } from './paragraph-score.js'

// A page's header often sets short furniture between its headline and its dek:
// a kicker ("Analysis"), the date, a reading time, "Print" and "Share" buttons,
// the headline again as the page's title repeats it. The dek is then the first
// block of prose past all that, one or two sentences, with the byline right
// under it ("Christie Wilcox") before the story.

/** Fewest and most words of a dek. */
export const DEK_MIN_WORDS = 6
export const DEK_MAX_WORDS = 70
/** Longest furniture line: a kicker, a button's label, a title. */
const FURNITURE_CHARS = 80
/** Most open blocks passed over between the headline and the dek. */
const MAX_FURNITURE = 12

/**
 * Whether a line is header furniture: a date, a count, a reading time, a control about the page, or a short line
 * that ends no sentence (a kicker, a button, the title again).
 */
export function isFurniture(text: string): boolean {
  if (isDateLine(text) || isHeaderMetaText(text) || isCountLine(text) || PAGE_CONTROL.test(text)) return true
  return text.length <= FURNITURE_CHARS && !endsSentence(text)
}

/**
 * Whether a text has a dek's shape: six to seventy words, not opening with a quotation mark (a pull quote over its
 * speaker's name is no dek).
 */
export function isDekShaped(text: string): boolean {
  const n = countPieces(text.trim(), DEK_MAX_WORDS)
  return n >= DEK_MIN_WORDS && n <= DEK_MAX_WORDS && !/^["“„«‘'‚‹]/u.test(text)
}

/**
 * The first open block of prose under the headline at `head`, past header furniture only (blocks other steps
 * labelled are passed over too): the block a dek would be. Undefined when the search meets none, or more
 * furniture than a header holds.
 */
export function firstProseUnder(blocks: readonly LabelledBlock[], head: number): LabelledBlock | undefined {
  return walkHeader(blocks, head, () => {})
}

/**
 * The lines under the headline at `head` that have a dek's shape but no closing full stop, in order, among the
 * furniture and up to the first prose firstProseUnder would find (a line longer than furniture): "Three arrested
 * as hundreds gather outside the harbour offices" under "Listen · 4 min", over the byline. Lines above a caption's
 * credit are passed over.
 */
export function unstoppedDeksUnder(blocks: readonly LabelledBlock[], head: number): LabelledBlock[] {
  const found: LabelledBlock[] = []
  walkHeader(blocks, head, (b, caption) => {
    if (!caption && !endsSentence(b.text) && isDekShaped(b.text)) found.push(b)
  })
  return found
}

/**
 * Walks the open blocks under the headline at `head`, showing each to `visit` (with whether it is a picture's
 * caption over its credit line, "The judge leaves the court." / "Photo: Radio-Canada"), and returns the first
 * that is prose rather than furniture; undefined when it meets none, or more furniture than a header holds.
 */
function walkHeader(
  blocks: readonly LabelledBlock[],
  head: number,
  visit: (block: LabelledBlock, caption: boolean) => void,
): LabelledBlock | undefined {
  let furniture = 0
  for (let i = head + 1; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.role !== null) continue
    const next = blocks[i + 1]
    const caption = next !== undefined && (next.role === 'caption' || next.role === 'credit')
    visit(b, caption)
    if (!caption && !isFurniture(b.text)) return b
    if (++furniture > MAX_FURNITURE) return undefined
  }
  return undefined
}
