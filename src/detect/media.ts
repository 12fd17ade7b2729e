import { CREDIT_LEAD_ONLY, CREDIT_LINE, PICTURE_AGENCY_NAMES, TRAILING_CREDIT } from '../lexicon/credits.js'
import { isSpace } from '../source/chars.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { isDateLine } from './page-date.js'
import { isPhotographerCredit } from './photographer-credit.js'
import { repeatedCredits, splitBracketedName } from './repeated-credit.js'
import type { RuleDoc } from './rule-doc.js'

const MAX_CAPTION = 500
const MAX_CREDIT_LINE = 140

/**
 * Drops trailing ")", "." and whitespace by a scan from the end: a regex for the same run is quadratic on long
 * bracket runs.
 */
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
  // Lower case makes a text longer only where a character grows: when it did not, each kept its place.
  if (lower.length === text.length) return lower
  let out = ''
  for (const ch of text) {
    const l = ch.toLowerCase()
    out += l.length === ch.length ? l : ch
  }
  return out
}

/** "photo: Port Authority/TASS/IMAGO" → "Port Authority/TASS/IMAGO". */
export function cleanCredit(raw: string): string {
  const lead = CREDIT_LEAD_ONLY.exec(lowerAligned(raw))
  const rest = lead ? raw.slice(lead[0].length) : raw
  return trimTrailingClosers(rest.replace(/^[(\s]+/, '')).trim()
}

/** The last word of each agency's name: a caption ending in "… in Kyiv Getty Images" ends in "images". */
const AGENCY_LAST_WORDS: ReadonlySet<string> = new Set(PICTURE_AGENCY_NAMES.map((name) => name.split(' ').at(-1)!))

/**
 * Whether a caption may end in a credit as TRAILING_CREDIT finds one, by how
 * it ends (but for white space and a full stop): with a bracket, with words
 * after a colon and no full stop, with words after a slash ("AP Photo/Jane
 * Roe"), or with the last word of an agency's name. Why: TRAILING_CREDIT is
 * tried at every position of a caption, and most paragraphs end none of these
 * ways: trying it on every one cost more than the rest of the step
 * (bench/README.md).
 */
export function mayEndInCredit(text: string): boolean {
  let end = text.length
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  if (text[end - 1] === '.') end--
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--
  if (text[end - 1] === ')' || text.includes('/')) return true
  // (includes() first: V8's lastIndexOf() is several times slower, and most texts hold no colon.)
  const colon = text.includes(':') ? text.lastIndexOf(':', end - 1) : -1
  const stop = colon < 0 ? -1 : text.indexOf('.', colon)
  if (colon >= 0 && (stop < 0 || stop >= end)) return true
  // The last word, as an agency's name would close the caption: "… in Kyiv Getty Images". One with other white
  // space than a space before it is let through.
  const word = text.slice(text.lastIndexOf(' ', end - 1) + 1, end).toLowerCase()
  return AGENCY_LAST_WORDS.has(word) || /\s/.test(word)
}

/** Splits a caption that ends in a credit into its two parts, or returns null. */
export function splitTrailingCredit(text: string): { caption: string; credit: string } | null {
  if (text.length > MAX_CAPTION) return null
  if (!mayEndInCredit(text)) return null
  const lower = lowerAligned(text)
  const m = TRAILING_CREDIT.exec(lower)
  if (!m) return null
  const caption = text.slice(0, m.index).trim()
  if (caption.length === 0) return null
  // The credit as written: the first group that matched, by its offsets in the lower-cased copy.
  const [from, to] = m.indices?.[1] ?? m.indices?.[2] ?? m.indices![0]!
  return { caption, credit: cleanCredit(text.slice(from, to)) }
}

/** True when the whole line is a photo credit ("Photo: Dana Doyle, AP", "(Getty Images)"). */
export function isCreditLine(text: string): boolean {
  return text.length <= MAX_CREDIT_LINE && CREDIT_LINE.test(lowerAligned(text))
}

/**
 * The unlabelled line right above a credit, its caption; not a line that is only a date ("Dec 19, 2016"): a page
 * sets the story's date over its picture, and that date says nothing of the picture.
 */
function captionAbove(ctx: ParseContext, credit: LabelledBlock): LabelledBlock | undefined {
  const prev = ctx.blocks[credit.index - 1]
  if (!prev || prev.index === 0 || credit.afterBlank) return undefined
  if (prev.role !== null || prev.text.length > MAX_CAPTION || isDateLine(prev.text)) return undefined
  return prev
}

/**
 * Step: photo captions and credits.
 * Rules, strongest first: a Markdown image; a caption ending in a credit;
 * a credit line (taking the unlabelled line right above it as its caption); a photographer's name over the
 * outlet under a caption ("Evan Marsh/AP Photo"); a short line ending in a bracketed name the page ends two lines
 * or more with (repeated-credit.ts); a caption repeated verbatim is kept once, its repeat is `duplicate` boilerplate.
 */
export function detectMedia(ctx: ParseContext): void {
  const credited = repeatedCredits(ctx.blocks.filter((b) => b.role === null).map((b) => b.text))
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
    } else if (isPhotographerCredit(block, captionAbove(ctx, block))) {
      const above = captionAbove(ctx, block)!
      label(above, 'caption', 'media-caption-above-credit', { caption: above.text, credit: block.text })
      label(block, 'credit', 'media-photographer-credit', { creditOf: above.index })
    } else {
      const split = splitTrailingCredit(block.text)
      const named = split || credited.size === 0 ? null : splitBracketedName(block.text)
      if (split) {
        label(block, 'caption', 'media-trailing-credit', { caption: split.caption, credit: split.credit })
      } else if (named && credited.has(named.name)) {
        label(block, 'caption', 'media-repeated-credit', { caption: named.caption, credit: named.name })
      }
    }
  }
  dropRepeatedCaptions(ctx)
}

/**
 * A caption repeated verbatim is kept once, its repeat is `duplicate` boilerplate; a credit line goes with its
 * caption.
 */
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

/** The rules of this step, for `article-parse explain --rules`. */
export const MEDIA_RULES: readonly RuleDoc[] = [
  {
    rule: 'media-markdown-image',
    id: 'caption/markdown-image',
    description: 'a Markdown image: its alt text the caption, its title or a trailing credit the credit',
  },
  {
    rule: 'media-caption-above-credit',
    id: 'caption/above-credit',
    description: 'the line over a photo credit line is its caption',
  },
  {
    rule: 'media-credit-line',
    id: 'credit/credit-line',
    description: "a photo credit line ('Photo: Jane Roe/Reuters') under its caption",
  },
  {
    rule: 'media-credit-line',
    id: 'caption/credit-line',
    description: 'a photo credit line with no caption above it: an image with a credit only',
  },
  {
    rule: 'media-trailing-credit',
    id: 'caption/trailing-credit',
    description: "a line ending with a photo credit ('… at the harbour. (Photo: AFP)')",
  },
  {
    rule: 'media-repeated-credit',
    id: 'caption/repeated-credit',
    description: "a short line ending in a name in brackets the page ends two lines or more with ('… (Jane Roe)')",
  },
  {
    rule: 'media-duplicate',
    id: 'boilerplate/media-duplicate',
    description: 'a caption repeated word for word (and its credit line): kept once',
  },
  {
    rule: 'media-photographer-credit',
    id: 'credit/photographer-credit',
    description:
      "a photographer's name over the outlet, with no 'Photo:' lead ('Jane Roe/AP Photo'), under its caption",
  },
]
