import type { LabelledBlock, ParseContext } from './context.js'
import { inCapitals, isMetaLine, isNameOnly, isTitleText, looksLikeHeadline } from './headline-lines.js'
import { wordsIn } from './prose-shape.js'

// The last resort of the headline search on a web page: when no line above the main text has a headline's length,
// the headline is short ("Pier shut", "All at sea", "桟橋閉鎖へ", "Shut!"), and a page sets it right above its text,
// past its byline and date. A menu's labels stand in a row far above; a kicker is in capitals.

/** The longest a short headline may be, in characters. */
const SHORT_CHARS = 40

/**
 * The open line right above the main text (past bylines and dates) when it is a short headline by its shape
 * (isShortHeadline), else undefined.
 */
export function shortHeadlineAboveText(ctx: ParseContext, top: number, regionStart: number): LabelledBlock | undefined {
  for (let i = regionStart - 1; i >= top; i--) {
    const b = ctx.blocks[i]!
    if (b.role === 'byline' || (b.role === null && isMetaLine(b))) continue
    if (b.role !== null) continue
    return isShortHeadline(b) ? b : undefined
  }
  return undefined
}

/**
 * A short headline by its shape: 40 characters at most, two words or more (a word per two Chinese or Japanese
 * characters) or one that exclaims or asks ("Shut!"), no sentence or clause cut off by a stop, a colon or a comma,
 * not in capitals (a kicker: "NEWS"), not a name alone (a byline: "Hannah Colby"), no section label, breadcrumb or
 * byline (isTitleText).
 */
export function isShortHeadline(b: LabelledBlock): boolean {
  const t = b.text
  if (b.hint !== undefined || t.length > SHORT_CHARS || !looksLikeHeadline(b)) return false
  if (/[.:;,]$/u.test(t) || inCapitals(t) || isNameOnly(t)) return false
  const words = wordsIn(t, 5)
  return (words >= 2 || /[!?]$/u.test(t)) && isTitleText(t, words)
}
