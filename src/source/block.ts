import type { Line } from './lines.js'

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
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/[\s\u00a0\u200b\ufeff]+/g, ' ')
    .trim()
    .replace(/``/g, '\u201c')
    .replace(/(?<=\S)''/g, '\u201d')
    .replace(/(?<=^| )_(?= |$)/g, '\u2014')
}

/** Text reduced for comparison: lower case, letters and digits only, single spaces ("Home › News" ~ "home news"). */
export function comparableText(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
