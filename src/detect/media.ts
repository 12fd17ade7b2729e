import {
  CREDIT_LEAD_ONLY,
  CREDIT_LINE,
  CREDIT_LINE_OPENINGS,
  PICTURE_AGENCY_LAST_WORDS,
  TRAILING_CREDIT,
} from '../lexicon/credits.js'
import { isSpace } from '../source/chars.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { isPhotographerCredit } from './photographer-credit.js'

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
 * the pattern is tried at every position of it: it ends in a bracket that
 * opens with a credit lead or an agency ("(Getty Images)"), its last colon
 * follows a lead and no full stop follows it ("Photograph: …"), its last
 * slash follows "Reuters" or "AP Photo" and only a name follows it ("AP
 * Photo/Evan Vucci"), or its last word ends an agency's name ("… Getty
 * Images", in any case). Most paragraphs have none of these.
 */
export function mayEndInCredit(text: string): boolean {
  let end = text.length
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  if (end > 0 && text.charCodeAt(end - 1) === 0x2e) end--
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  if (end > 0 && text.charCodeAt(end - 1) === 0x29 && bracketOpensCredit(text, end - 1)) return true
  if (mayCloseWithLeadAndColon(text) || mayCloseWithAgencySlash(text)) return true
  let start = end
  while (start > 0 && isAsciiLetterOrHyphenWhenLower(text.charCodeAt(start - 1))) start--
  // The word is cut out and lower-cased only when its length and its first and last letters are an agency word's.
  if (
    start === end ||
    !AGENCY_WORD_SHAPES.has(
      wordShape(end - start, lowerAscii(text.charCodeAt(start)), lowerAscii(text.charCodeAt(end - 1))),
    )
  )
    return false
  return PICTURE_AGENCY_LAST_WORDS.has(text.slice(start, end).toLowerCase())
}

/** A word's length and its first and last letters (lower case), as one number. */
const wordShape = (length: number, first: number, last: number): number => length * 65536 + first * 256 + last
const AGENCY_WORD_SHAPES: ReadonlySet<number> = new Set(
  [...PICTURE_AGENCY_LAST_WORDS].map((w) => wordShape(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))),
)

/** A code unit of an agency word as `toLowerCase` makes it: A–Z to a–z, the Kelvin sign to "k". */
const lowerAscii = (c: number): number => (c === 0x212a ? 0x6b : c >= 65 && c <= 90 ? c | 0x20 : c)

/** Whether the bracket closing at `close` opens (past white space) with the first two letters of a credit lead or an agency: "(Getty Images)", "(photo: TASS)". */
function bracketOpensCredit(text: string, close: number): boolean {
  let i = text.lastIndexOf('(', close - 1) + 1
  if (i === 0) return false
  while (i < close && isSpace(text.charCodeAt(i))) i++
  return opensCreditWord(text, i)
}

/**
 * Whether the text may close with "photograph:", "photo:", "picture:",
 * "image:" or "credit:" and the credit after it: its last colon follows a
 * word ending in h, o, e or t (past white space), and no full stop follows
 * that colon but one closing the text.
 */
function mayCloseWithLeadAndColon(text: string): boolean {
  // includes() first: lastIndexOf() costs several times more, and most texts hold no colon.
  const colon = text.includes(':') ? text.lastIndexOf(':') : -1
  if (colon < 0) return false
  const stop = text.indexOf('.', colon + 1)
  if (stop >= 0 && stop < text.length - 1) return false
  let i = colon
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--
  const last = lowerUnit(text.charCodeAt(i - 1))
  return last === 0x68 || last === 0x6f || last === 0x65 || last === 0x74
}

/**
 * Whether the text may close with "Reuters/…" or "AP Photo/…" and a
 * photographer's name: its last slash follows an "s" or an "o", and
 * nothing but letters, white space, ".", "'" and "-" follows it (characters
 * beyond ASCII are let through).
 */
function mayCloseWithAgencySlash(text: string): boolean {
  const slash = text.includes('/') ? text.lastIndexOf('/') : -1
  if (slash <= 0) return false
  const before = lowerUnit(text.charCodeAt(slash - 1))
  if (before !== 0x73 && before !== 0x6f) return false
  for (let i = slash + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 128 && !isAsciiLetterOrHyphenWhenLower(c) && !isSpace(c) && c !== 0x2e && c !== 0x27) return false
  }
  return true
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
  return text.length <= MAX_CREDIT_LINE && mayBeCreditLine(text) && CREDIT_LINE.test(lowerAligned(text))
}

/** The first two letters of each word in CREDIT_LINE_OPENINGS, as `first * 128 + second`. */
const CREDIT_LINE_PAIRS: ReadonlySet<number> = new Set(
  CREDIT_LINE_OPENINGS.map((w) => w.charCodeAt(0) * 128 + w.charCodeAt(1)),
)

/**
 * What CREDIT_LINE needs, tested before the line is lower-cased: past an
 * opening "(" and white space, its first two letters open a word of
 * CREDIT_LINE_OPENINGS ("Photo: …", "(Getty Images)"). Most short lines
 * ("Share this", "By Jane Roe") open none.
 */
export function mayBeCreditLine(text: string): boolean {
  let i = text.charCodeAt(0) === 0x28 ? 1 : 0
  while (i < text.length && isSpace(text.charCodeAt(i))) i++
  return opensCreditWord(text, i)
}

/** Whether the two letters at `i` (lower-cased) open a word of CREDIT_LINE_OPENINGS. Past the end, NaN: one letter opens no word here. */
function opensCreditWord(text: string, i: number): boolean {
  return CREDIT_LINE_PAIRS.has(lowerUnit(text.charCodeAt(i)) * 128 + lowerUnit(text.charCodeAt(i + 1)))
}

/** A code unit as `lowerAligned` lower-cases it (the Kelvin sign becomes "k"). */
function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c | 0x20 : c
  return lowerAligned(String.fromCharCode(c)).charCodeAt(0)
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
 * a credit line (taking the unlabelled line right above it as its caption); a photographer's name over the
 * outlet under a caption ("Evan Vucci/AP Photo");
 * a caption repeated verbatim is kept once, its repeat is `duplicate` boilerplate.
 */
export function detectMedia(ctx: ParseContext): void {
  let captions = 0
  for (const block of ctx.blocks) {
    if (block.role !== null) {
      if (block.role === 'caption') captions++
      continue
    }
    if (block.hint === 'image') {
      const split = splitTrailingCredit(block.text)
      label(block, 'caption', 'media-markdown-image', {
        caption: (split?.caption ?? block.text) || null,
        credit: block.title ? cleanCredit(block.title) : (split?.credit ?? null),
      })
      captions++
    } else if (isCreditLine(block.text)) {
      const above = captionAbove(ctx, block)
      if (above) {
        label(above, 'caption', 'media-caption-above-credit', { caption: above.text, credit: cleanCredit(block.text) })
        label(block, 'credit', 'media-credit-line', { creditOf: above.index })
      } else {
        label(block, 'caption', 'media-credit-line', { caption: null, credit: cleanCredit(block.text) })
      }
      captions++
    } else if (isPhotographerCredit(block, captionAbove(ctx, block))) {
      const above = captionAbove(ctx, block)!
      label(above, 'caption', 'media-caption-above-credit', { caption: above.text, credit: block.text })
      label(block, 'credit', 'media-photographer-credit', { creditOf: above.index })
      captions++
    } else {
      const split = splitTrailingCredit(block.text)
      if (split) {
        label(block, 'caption', 'media-trailing-credit', { caption: split.caption, credit: split.credit })
        captions++
      }
    }
  }
  // Most stories have one caption or none: then none repeats another.
  if (captions > 1) dropRepeatedCaptions(ctx)
}

/** A caption repeated verbatim is kept once, its repeat is `duplicate` boilerplate; a credit line goes with its caption. */
function dropRepeatedCaptions(ctx: ParseContext): void {
  const seen = new Set<string>()
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
