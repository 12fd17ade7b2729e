import { AUTHOR_LABEL, PAGE_CONTROL } from '../lexicon/page-meta.js'
import { comparableText } from '../source/block.js'
import { comparableEnd, END_SHORT, END_UNKNOWN } from './comparable-ends.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { firstProseUnder, isDekShaped } from './dek-past-furniture.js'
import { isCountLine, isPageMetaText } from './meta-line.js'
import { isDateLine } from './page-date.js'
import { endsSentence } from './paragraph-score.js'
import { proseLength } from './prose-shape.js'
import type { RuleDoc } from './rule-doc.js'
import { nameLine } from './web-byline.js'

const MIN_WORDS = 6
const MAX_WORDS = 70

/** How many words a text has: runs of anything but white space. */
const words = (text: string): number => text.split(/\s+/).filter(Boolean).length

/**
 * Whether a text's comparable text may open with a dek's, by the first
 * characters of both (comparableEnd, `dekHead` the dek's): a dek that is
 * short or cannot be read this way lets every text through. Why: normalising
 * every paragraph after a dek was the costliest work of the step
 * (bench/README.md), and most open otherwise.
 */
export function mayRepeat(text: string, dekHead: number): boolean {
  if (dekHead === END_SHORT || dekHead === END_UNKNOWN) return true
  const head = comparableEnd(text, false)
  return head === END_UNKNOWN || head === dekHead
}

/** A number among two or three words, no sentence: a count and its label ("New, 203 comments"), never a dek. */
function isLabelledCount(text: string): boolean {
  const n = words(text)
  return n >= 2 && n <= 3 && text.length <= 30 && /\d/.test(text) && !/[.!?…]$/.test(text)
}

/**
 * The block right after the headline that could be a dek, skipping bylines, captions, date lines, counts and controls.
 */
function candidateAfterHeadline(ctx: ParseContext): LabelledBlock | undefined {
  const blocks = ctx.blocks
  const head = blocks.findIndex((b) => b.role === 'headline')
  if (head < 0) return undefined
  for (let i = head + 1; i < blocks.length; i++) {
    const block = blocks[i]!
    // A date stamp under the byline ("Published 7:12 am GMT, March 4, 2025"), a reading time, a count: no dek.
    if (block.role === null && (isDateLine(block.text) || isPageMetaText(block.text) || isCountLine(block.text)))
      continue
    // A count with its label between the headline and the dek: "New, 203 comments", "12 Kommentare".
    if (block.role === null && isLabelledCount(block.text)) continue
    // A control or a notice about the page: "Listen to this article · 4 min", "Note that this article is from 2017."
    if (block.role === null && PAGE_CONTROL.test(block.text)) continue
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
  if (cand && cand.hint === undefined && standfirstRightUnder(ctx, cand)) return
  if (ctx.options.from === 'markdown') return
  // Past the header's furniture (kicker, date, buttons, the title again), the first prose with the byline under it.
  const head = ctx.blocks.findIndex((b) => b.role === 'headline')
  const dek = head < 0 ? undefined : firstProseUnder(ctx.blocks, head)
  if (!dek || dek === cand || dek.hint !== undefined || !isDekShaped(dek.text) || !endsSentence(dek.text)) return
  // The headline again in other words' case ("Pearl Dress ... STOLEN!!!" under "Star's Pearl Dress -- STOLEN!!!").
  if (comparableText(ctx.blocks[head]!.text).includes(comparableText(dek.text))) return
  if (clusterLineAfter(ctx.blocks, dek.index)) label(dek, 'standfirst', 'standfirst-past-furniture')
}

/**
 * The standfirst's rules for the block right under the headline (candidateAfterHeadline); true when one labelled it.
 */
function standfirstRightUnder(ctx: ParseContext, cand: LabelledBlock): boolean {
  // A text without spaces (Chinese, Japanese) counts a word for every two of its characters.
  const n = Math.max(words(cand.text), Math.round((proseLength(cand.text) - cand.text.length) / 2))
  if (n < MIN_WORDS || n > MAX_WORDS) return false
  // The open blocks after it are read in place (a block's index is its position).
  const blocks = ctx.blocks
  if (!anyOpenAfter(blocks, cand.index, () => true)) return false
  // Sites print the dek again as the lead: a block opening with the dek's words, in any case and punctuation.
  const dekHead = comparableEnd(cand.text, false)
  const repeatsDek = (b: LabelledBlock) =>
    mayRepeat(b.text, dekHead) && comparableText(b.text).startsWith(comparableText(cand.text))
  if (anyOpenAfter(blocks, cand.index, repeatsDek)) {
    label(cand, 'standfirst', 'standfirst-repeated-in-body')
    return true
  }
  const md = ctx.options.from === 'markdown'
  if (md && /^([*_]).+\1$/s.test(ctx.text.slice(cand.start - ctx.base, cand.end - ctx.base).trim())) {
    label(cand, 'standfirst', 'standfirst-emphasised')
    return true
  }
  if (
    !md &&
    !/[.!?…"”’'):。！？]$/.test(cand.text) &&
    !isCaptionWithCredit(cand.text) &&
    anyOpenAfter(blocks, cand.index, (b) => /[.!?"”]$/.test(b.text))
  ) {
    label(cand, 'standfirst', 'standfirst-no-full-stop')
    return true
  }
  // A web page's dek sits in the header cluster, the byline or date under it before the story starts.
  if (md || !clusterLineAfter(blocks, cand.index)) return false
  label(cand, 'standfirst', 'standfirst-over-byline')
  return true
}

/**
 * Whether a text is a caption with its credit glued on after its full stop, as a page sets them in two spans:
 * "Researchers at work in the laboratory.Marrow Daily / AP". It ends with no full stop, but is no dek.
 */
export function isCaptionWithCredit(text: string): boolean {
  return /\p{Ll}[.!?]["”’]?\p{Lu}[^.!?]{0,60}$/u.test(text)
}

/**
 * Whether the next block after `index` that is not a caption, credit or boilerplate is a byline, a date line or a name
 * alone.
 */
function clusterLineAfter(blocks: readonly LabelledBlock[], index: number): boolean {
  for (let i = index + 1; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.role === 'byline') return true
    if (b.role === 'caption' || b.role === 'credit' || b.role === 'boilerplate') continue
    return (
      b.role === null &&
      (isDateLine(b.text) || isPageMetaText(b.text) || nameLine(b.text) !== null || isLedByLabel(b.text))
    )
  }
  return false
}

/** Longest line read as an author's label and what follows it. */
const LABELLED_CHARS = 80

/**
 * A short line opening with an author's label and a capital after it: "Un texte de Léa Martin d'Enquête", "Written
 * by Jane Roe for the Gazette", a byline even when what follows the name is more than names.
 */
function isLedByLabel(text: string): boolean {
  const m = text.length <= LABELLED_CHARS ? AUTHOR_LABEL.exec(text) : null
  return m !== null && /^\p{Lu}/u.test(text.slice(m[0].length))
}

/** Whether an open block after position `index` passes `test`. */
function anyOpenAfter(blocks: readonly LabelledBlock[], index: number, test: (b: LabelledBlock) => boolean): boolean {
  for (let i = index + 1; i < blocks.length; i++) if (blocks[i]!.role === null && test(blocks[i]!)) return true
  return false
}

/** The rules of this step, for `article-parse explain --rules`. */
export const STANDFIRST_RULES: readonly RuleDoc[] = [
  {
    rule: 'standfirst-repeated-in-body',
    id: 'standfirst/repeated-in-body',
    description: 'the block under the headline that the body repeats as its lead',
  },
  {
    rule: 'standfirst-emphasised',
    id: 'standfirst/emphasised',
    description: 'in Markdown, a wholly emphasised paragraph right under the headline',
  },
  {
    rule: 'standfirst-no-full-stop',
    id: 'standfirst/no-full-stop',
    description: 'a sentence-like block under the headline without the closing full stop a lead paragraph has',
  },
  {
    rule: 'standfirst-over-byline',
    id: 'standfirst/over-byline',
    description: 'on a web page, a sentence under the headline with the byline or date right under it: the dek',
  },
  {
    rule: 'standfirst-past-furniture',
    id: 'standfirst/past-furniture',
    description:
      "on a web page, the first prose under the headline past its furniture (kicker, date, 'Print', the title again) " +
      'with the byline or date right under it',
  },
]
