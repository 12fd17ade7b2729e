import { CREDIT_LEAD_ONLY, CREDIT_LINE, PICTURE_AGENCY_LAST_WORDS, TRAILING_CREDIT } from '../lexicon/credits.js'
import { label, type LabelledBlock, type ParseContext } from '../parse/context.js'
import { isSpace } from '../source/chars.js'

const MAX_CAPTION = 500
const MAX_CREDIT_LINE = 140

/** Drops trailing ")", "." and whitespace by a scan from the end: a regex for the same run is quadratic on long bracket runs. */
function trimTrailingClosers(text: string): string {
  let end = text.length
  while (end > 0 && /[)\s.]/.test(text[end - 1]!)) end--
  return text.slice(0, end)
}

/**
 * The text in lower case, character for character, so that offsets found in
 * it hold in the original: the few characters whose lower case is longer
 * ("İ" → "i̇") are left as they are. The credit patterns are matched against it.
 */
export function lowerAligned(text: string): string {
  const lower = text.toLowerCase()
  if (lower.length === text.length) return lower
  let out = ''
  for (const ch of text) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

/** "photo: Russian Defence Ministry/TASS/IMAGO" → "Russian Defence Ministry/TASS/IMAGO". */
export function cleanCredit(raw: string): string {
  const lead = CREDIT_LEAD_ONLY.exec(lowerAligned(raw))
  const rest = lead ? raw.slice(lead[0].length) : raw
  return trimTrailingClosers(rest.replace(/^[(\s]+/, '')).trim()
}

/** Whether a code unit is one that `lowerAligned` turns into a-z or "-": A–Z, a–z, "-", and the Kelvin sign (K → k). */
function isAsciiLetterOrHyphenWhenLower(c: number): boolean {
  const l = c | 0x20
  return (l >= 0x61 && l <= 0x7a && c <= 0x7a) || c === 0x2d || c === 0x212a
}

/**
 * What any trailing credit needs, tested before the text is lower-cased and
 * the pattern is tried at every position of it: it ends in ")" ("(Getty
 * Images)"), holds a ":" ("Photograph: …") or a "/" ("AP Photo/Evan Vucci"),
 * or its last word ends an agency's name ("… Getty Images", in any case).
 * Most paragraphs have none of these.
 */
export function mayEndInCredit(text: string): boolean {
  let end = text.length
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  if (end > 0 && text.charCodeAt(end - 1) === 0x2e) end--
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  if (end > 0 && text.charCodeAt(end - 1) === 0x29) return true
  if (text.includes(':') || text.includes('/')) return true
  let start = end
  while (start > 0 && isAsciiLetterOrHyphenWhenLower(text.charCodeAt(start - 1))) start--
  return start < end && PICTURE_AGENCY_LAST_WORDS.has(text.slice(start, end).toLowerCase())
}

/** Splits a caption that ends in a credit into its two parts, or returns null. */
export function splitTrailingCredit(text: string): { caption: string; credit: string } | null {
  if (text.length > MAX_CAPTION || !mayEndInCredit(text)) return null
  const lower = lowerAligned(text)
  const m = TRAILING_CREDIT.exec(lower)
  if (!m) return null
  const caption = text.slice(0, m.index).trim()
  if (caption.length === 0) return null
  // The credit as written: the first group that matched, by its offsets in the lower-cased copy.
  const [from, to] = m.indices?.[1] ?? m.indices?.[2] ?? m.indices![0]!
  return { caption, credit: cleanCredit(text.slice(from, to)) }
}

/** True when the whole line is a photo credit ("Photo: Damian Dovarganes, AP", "(Getty Images)"). */
export function isCreditLine(text: string): boolean {
  return text.length <= MAX_CREDIT_LINE && CREDIT_LINE.test(lowerAligned(text))
}

function captionAbove(ctx: ParseContext, credit: LabelledBlock): LabelledBlock | undefined {
  const prev = ctx.blocks[credit.index - 1]
  if (!prev || prev.index === 0 || credit.afterBlank) return undefined
  if (prev.role !== null || prev.text.length > MAX_CAPTION) return undefined
  return prev
}

/**
 * Step: photo captions and credits.
 * Rules, strongest first: a Markdown image; a caption ending in a credit;
 * a credit line (taking the unlabelled line right above it as its caption);
 * a caption repeated verbatim is kept once, its repeat is `duplicate` boilerplate.
 */
export function detectMedia(ctx: ParseContext): void {
  const seen = new Set<string>()
  for (const block of ctx.blocks) {
    if (block.role !== null) continue
    if (block.hint === 'image') {
      const split = splitTrailingCredit(block.text)
      label(block, 'caption', 'media-markdown-image', {
        caption: (split?.caption ?? block.text) || null,
        credit: block.title ? cleanCredit(block.title) : (split?.credit ?? null),
      })
    } else if (isCreditLine(block.text)) {
      const above = captionAbove(ctx, block)
      if (above) {
        label(above, 'caption', 'media-caption-above-credit', { caption: above.text, credit: cleanCredit(block.text) })
        label(block, 'credit', 'media-credit-line', { creditOf: above.index })
      } else {
        label(block, 'caption', 'media-credit-line', { caption: null, credit: cleanCredit(block.text) })
      }
    } else {
      const split = splitTrailingCredit(block.text)
      if (split) label(block, 'caption', 'media-trailing-credit', { caption: split.caption, credit: split.credit })
    }
  }
  for (const block of ctx.blocks) {
    if (block.role !== 'caption' || block.rule === 'media-duplicate') continue
    if (seen.has(block.text)) label(block, 'boilerplate', 'media-duplicate', { kind: 'duplicate' })
    else seen.add(block.text)
  }
  // A credit line whose caption turned out to be a repeat goes with it.
  for (const block of ctx.blocks) {
    if (block.role === 'credit' && block.creditOf !== undefined && ctx.blocks[block.creditOf]?.role === 'boilerplate') {
      label(block, 'boilerplate', 'media-duplicate', { kind: 'duplicate' })
    }
  }
}
