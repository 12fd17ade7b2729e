import { comparableText } from '../source/block.js'
import { label, type LabelledBlock, type ParseContext } from '../parse/context.js'

const MIN_WORDS = 6
const MAX_WORDS = 70

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)

/**
 * Whether `comparableText(text)` can open with the word `first`: its first
 * run of letters and digits, lower-cased, must be that word ("The pier…"
 * may open with "the"; "Council…" may not). Read from the text as written
 * while it is ASCII; past a non-ASCII character it says yes and leaves the
 * answer to the full comparison.
 */
function mayOpenWith(text: string, first: string): boolean {
  let i = 0
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128) return true
    if (isAsciiAlnum(c)) break
  }
  let k = 0
  for (; i < text.length; i++, k++) {
    const c = text.charCodeAt(i)
    if (c >= 128) return true
    if (!isAsciiAlnum(c)) break
    if (k >= first.length || (c <= 90 && c >= 65 ? c | 32 : c) !== first.charCodeAt(k)) return false
  }
  return k === first.length
}

/**
 * The first word of `comparableText(text)` when the text is ASCII up to its
 * second word (so that word follows a space): "The pier, closed…" → "the".
 * Null when it cannot tell so cheaply.
 */
function firstOfTwoWords(text: string): string | null {
  let i = 0
  let start = -1
  let end = -1
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128) return null
    const alnum = isAsciiAlnum(c)
    if (start < 0) {
      if (alnum) start = i
    } else if (end < 0) {
      if (!alnum) end = i
    } else if (alnum) return text.slice(start, end).toLowerCase()
  }
  return null
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
  // Only a block whose first word is the dek's can open with the dek: a cheap test before normalising either.
  let key = ''
  let first = firstOfTwoWords(cand.text)
  if (first === null) {
    key = comparableText(cand.text)
    const space = key.indexOf(' ')
    first = space < 0 ? null : key.slice(0, space)
  }
  if (later.some((b) => (first === null || mayOpenWith(b.text, first)) && comparableText(b.text).startsWith((key ||= comparableText(cand.text))))) {
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
