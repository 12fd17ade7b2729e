import { comparableText } from '../source/block.js'
import { isSpace } from '../source/chars.js'
import { isAsciiAlnum, isPunctuationBeyondAscii, opensWithKey } from './comparable-ends.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { closesWith } from './headline-lines.js'
import { isCountLine, isPageMetaText } from './meta-line.js'
import { isDateLine } from './page-date.js'
import { proseLength } from './prose-shape.js'
import { nameLine } from './web-byline.js'

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
    // A date stamp under the byline ("Published 7:12 am GMT, March 4, 2025"), a reading time, a count: no dek.
    if (block.role === null && (isDateLine(block.text) || isPageMetaText(block.text) || isCountLine(block.text)))
      continue
    if (block.role === null) return block
    if (block.role !== 'byline' && block.role !== 'caption' && block.role !== 'credit' && block.role !== 'boilerplate')
      return undefined
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
  // A text without spaces (Chinese, Japanese) counts a word for every two of its characters.
  const n = Math.max(words(cand.text), Math.round((proseLength(cand.text) - cand.text.length) / 2))
  if (n < MIN_WORDS || n > MAX_WORDS) return
  // The open blocks after it are read in place (a block's index is its position).
  const blocks = ctx.blocks
  if (!anyOpenAfter(blocks, cand.index, () => true)) return
  // Most blocks are told from the dek by their first words, without normalising them; a dek in ASCII
  // (and the punctuation comparable-ends reads past) is not normalised either.
  const dek = cand.text
  const key = isReadable(dek) ? undefined : comparableText(dek)
  const repeatsDek = (b: LabelledBlock): boolean =>
    (key === undefined ? opensLike(b.text, dek) : opensWithKey(b.text, key)) ??
    comparableText(b.text).startsWith(key ?? comparableText(dek))
  if (key === '' || anyOpenAfter(blocks, cand.index, repeatsDek)) {
    label(cand, 'standfirst', 'standfirst-repeated-in-body')
    return
  }
  const md = ctx.options.from === 'markdown'
  if (md && /^([*_]).+\1$/s.test(ctx.text.slice(cand.start - ctx.base, cand.end - ctx.base).trim())) {
    label(cand, 'standfirst', 'standfirst-emphasised')
    return
  }
  if (
    !md &&
    !closesWith(cand.text, '.!?…"”’\'):', false) &&
    anyOpenAfter(blocks, cand.index, (b) => closesWith(b.text, '.!?"”', false))
  ) {
    label(cand, 'standfirst', 'standfirst-no-full-stop')
    return
  }
  // A web page's dek sits in the header cluster, the byline or date under it before the story starts.
  if (!md && clusterLineAfter(blocks, cand.index)) label(cand, 'standfirst', 'standfirst-over-byline')
}

/** Whether the next block after `index` that is not a caption, credit or boilerplate is a byline, a date line or a name alone. */
function clusterLineAfter(blocks: readonly LabelledBlock[], index: number): boolean {
  for (let i = index + 1; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.role === 'byline') return true
    if (b.role === 'caption' || b.role === 'credit' || b.role === 'boilerplate') continue
    return b.role === null && (isDateLine(b.text) || isPageMetaText(b.text) || nameLine(b.text) !== null)
  }
  return false
}

/** Whether an open block after position `index` passes `test`. */
function anyOpenAfter(blocks: readonly LabelledBlock[], index: number, test: (b: LabelledBlock) => boolean): boolean {
  for (let i = index + 1; i < blocks.length; i++) if (blocks[i]!.role === null && test(blocks[i]!)) return true
  return false
}

/** Whether comparable-ends can read all of a text: ASCII but for isPunctuationBeyondAscii. */
export function isReadable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128 && !isPunctuationBeyondAscii(c)) return false
  }
  return true
}

/** nextAlnum's answers when it finds no letter or digit: a character beyond ASCII (but for isPunctuationBeyondAscii) came first, or the text ended. */
const UNREADABLE = -2
const END = -1

/** The position of the first ASCII letter or digit at or after `i`, or END, or UNREADABLE. */
function nextAlnum(text: string, i: number): number {
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isAsciiAlnum(c)) return i
    if (c >= 128 && !isPunctuationBeyondAscii(c)) return UNREADABLE
  }
  return END
}

/**
 * Whether `comparableText(text).startsWith(comparableText(lead))`, read from
 * both texts as written, word by word (the lead's last word may be cut short:
 * "pier" opens "piers"), or null when a character of `text` beyond ASCII (but
 * for isPunctuationBeyondAscii) comes first. `lead` must be readable (isReadable).
 */
export function opensLike(text: string, lead: string): boolean | null {
  let j = nextAlnum(lead, 0)
  let i = nextAlnum(text, 0)
  for (;;) {
    if (j === END) return true
    if (i === UNREADABLE) return null
    if (i === END) return false
    // One word of each, compared in lower case.
    for (; j < lead.length && isAsciiAlnum(lead.charCodeAt(j)); i++, j++) {
      const c = i < text.length ? text.charCodeAt(i) : -1
      if (c >= 128 && !isPunctuationBeyondAscii(c)) return null
      if (!isAsciiAlnum(c) || lowerAscii(c) !== lowerAscii(lead.charCodeAt(j))) return false
    }
    j = nextAlnum(lead, j)
    if (j === END) return true
    // The lead goes on after a space: so must the text, its word ended.
    if (i < text.length) {
      const c = text.charCodeAt(i)
      if (c >= 128 && !isPunctuationBeyondAscii(c)) return null
      if (isAsciiAlnum(c)) return false
    }
    i = nextAlnum(text, i)
  }
}

const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 32 : c)
