import { stripControls, type Line } from './lines.js'

/** Structure a Markdown source states outright; plain text never sets it. */
export type BlockHint = 'heading' | 'image' | 'blockquote' | 'list' | 'thematic' | 'code' | 'html'

/** A run of source lines that forms one unit: a paragraph, a heading, a caption … */
export interface Block {
  /** Position in the story, from 0. */
  index: number
  /** The words of the block: lines joined, whitespace tidied, controls removed. */
  text: string
  /** Offsets into the decoded file text. */
  start: number
  end: number
  lines: Line[]
  /** Indent of the first line. */
  indent: number
  /** The block was separated from the one before by a blank line (or starts the story). */
  afterBlank: boolean
  hint?: BlockHint
  depth?: number
  /** For a Markdown image: its title, often a credit. */
  title?: string
}

/**
 * The words of a block as a text field holds them: controls removed,
 * whitespace collapsed, and the typewriter conventions of ANPA wire copy
 * made typographic, here in one place: ``` ``quote'' ``` → “quote”
 * (not the apostrophe in "rock 'n' roll"), and a spaced underscore used
 * as a dash, `ATLANTA (AP) _ Firefighters`, → an em dash (not `snake_case`).
 */
export function tidy(text: string): string {
  // Each rewrite runs only when a cheap test finds its characters: nearly all
  // text has no controls, no runs of whitespace and no typewriter quotes.
  let out = stripControls(text)
  if (UNTIDY_SPACE.test(out)) out = out.replace(SPACE_RUN, ' ')
  out = out.trim()
  if (out.includes('``')) out = out.replace(/``/g, '\u201c')
  if (out.includes("''")) out = out.replace(/(?<=\S)''/g, '\u201d')
  if (out.includes('_')) out = out.replace(/(?<=^| )_(?= |$)/g, '\u2014')
  return out
}

const SPACE_RUN = /[\s\u00a0\u200b\ufeff]+/g
// What SPACE_RUN would change: whitespace other than a plain space, a zero-width space, or two spaces in a row.
const UNTIDY_SPACE = /[^\S ]|\u200b| {2}/

/**
 * A fresh copy of a text in V8's plainest form. Block texts are slices of
 * the story (and joins of slices), held as views into it: when the story has
 * a single curly quote or accented letter, every slice of it is stored two
 * bytes a character, even an ASCII one, and every scan and regex of a step
 * pays for that. A copy (through Latin-1 or UTF-8) is flat, and one byte a
 * character when it can be; the steps ran 10–15% faster on the bench corpus
 * (bench/steps.mjs) than on the slices themselves.
 * Same characters, so nothing a step reads or a position counts changes.
 */
export function compactText(text: string): string {
  // Text that fits Latin-1 (most block texts) takes the cheaper Latin-1 round trip, about half
  // the cost of UTF-8's. A lone surrogate has no UTF-8 form (it would come back as U+FFFD): such text is kept as it is.
  if (!BEYOND_LATIN1.test(text)) return Buffer.from(text, 'latin1').toString('latin1')
  return text.isWellFormed() ? Buffer.from(text, 'utf8').toString('utf8') : text
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/

// Comparable forms of recent texts: detectors compare the same few lines (headline candidates,
// breadcrumbs, titles) many times per story. Bounded: cleared when full.
const comparableCache = new Map<string, string>()
const COMPARABLE_CACHE_SIZE = 4096
const NON_ASCII = /[^\u0000-\u007f]/

/** Text reduced for comparison: lower case, letters and digits only, single spaces ("Home › News" ~ "home news"). */
export function comparableText(text: string): string {
  let reduced = comparableCache.get(text)
  if (reduced !== undefined) return reduced
  // For ASCII text, letters and digits are [a-z0-9] once lower-cased: a plain regex does, without Unicode tables.
  const lower = text.toLowerCase()
  reduced = (NON_ASCII.test(lower) ? lower.replace(/[^\p{L}\p{N}]+/gu, ' ') : lower.replace(/[^a-z0-9]+/g, ' ')).trim()
  if (comparableCache.size >= COMPARABLE_CACHE_SIZE) comparableCache.clear()
  comparableCache.set(text, reduced)
  return reduced
}
