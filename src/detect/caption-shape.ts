import { BRACKETED_CREDIT, IN_THIS_PHOTO, STANDS_WHERE } from '../lexicon/caption-shapes.js'
import { label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'

// A photo caption left in a page's text with no credit line under it, told by how captions are written
// (lexicon/caption-shapes.ts). On a page copied into text it often stands right above the story's first
// paragraph, where it would be taken for the story's start. Wire copy has its own caption fields and is left alone.

/** Longest caption; a longer block is a paragraph whatever it holds. */
const MAX_CAPTION = 400
/** Speech is a paragraph's, not a caption's: "… right?” he said." */
const QUOTED = /["“”„«»]/u

/** Whether a block reads as a photo caption by its shape alone. */
export function isCaptionShaped(text: string): boolean {
  if (text.length > MAX_CAPTION) return false
  if (IN_THIS_PHOTO.test(text) || BRACKETED_CREDIT.test(text)) return true
  return STANDS_WHERE.test(text) && !QUOTED.test(text)
}

/** A caption's words and its credit in brackets at the end, if it has one: "… 2019. (Jane Roe/Reuters)". */
function splitCredit(text: string): { caption: string; credit: string | null } {
  const m = BRACKETED_CREDIT.exec(text)
  if (!m) return { caption: text, credit: null }
  const open = text.lastIndexOf('(')
  return { caption: text.slice(0, open).trim(), credit: text.slice(open + 1, text.lastIndexOf(')')).trim() }
}

/** Step: captions by their shape, on copy that is not a wire transmission. */
export function detectCaptionShapes(ctx: ParseContext): void {
  if (ctx.wireFormat !== null) return
  for (const block of ctx.blocks) {
    if (block.role !== null || block.hint === 'heading' || !isCaptionShaped(block.text)) continue
    label(block, 'caption', 'caption-shape', splitCredit(block.text))
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const CAPTION_SHAPE_RULES: readonly RuleDoc[] = [
  {
    rule: 'caption-shape',
    id: 'caption/shape',
    description:
      "a photo caption by how it is written: 'In this … photo', 'Jane Roe, left, and …', '… (Jane Roe/Reuters)'",
  },
]
