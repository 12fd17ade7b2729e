import { type Line, stripControls } from './lines.js'

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
  return stripControls(text)
    .replace(SPACE_RUN, ' ')
    .trim()
    .replace(OPENING_BACKQUOTES, '\u201c')
    .replace(CLOSING_APOSTROPHES, '\u201d')
    .replace(SPACED_UNDERSCORE, '\u2014')
}

// Whitespace to collapse: a run of two or more, or one that is not a plain space (a single space stays as it is).
const SPACE_RUN = /[\s\u200b]{2,}|[^\S ]|\u200b/g
const OPENING_BACKQUOTES = /``/g
const CLOSING_APOSTROPHES = /(?<=\S)''/g
const SPACED_UNDERSCORE = /(?<=^| )_(?= |$)/g

/**
 * A fresh copy of a text in V8's plainest form: flat, and one byte a
 * character when it can be. Block texts are slices of the story (and joins of
 * slices): when the story has a single curly quote or accented letter, every
 * slice of it is stored two bytes a character, even an ASCII one, and every
 * scan and regex of every step pays for that (bench/README.md). Same
 * characters, so nothing a step reads or a position counts changes.
 */
export function compactText(text: string): string {
  // Text that fits Latin-1 (most block texts) takes the Latin-1 round trip, one byte a character.
  // Anything else needs two bytes a character whatever the copy: UTF-16 copies them as they are (lone surrogates too).
  if (!BEYOND_LATIN1.test(text)) return Buffer.from(text, 'latin1').toString('latin1')
  return Buffer.from(text, 'utf16le').toString('utf16le')
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/

/**
 * What tidy would change in a block's words, or a Latin-1 copy could not hold: any character but
 * printable Latin-1, an underscore or a backquote; two spaces; two apostrophes.
 */
const NEEDS_TIDYING = /[^\u0020-\u005e\u0061-\u007e\u00a1-\u00ff]| {2}|''/

/**
 * The texts of one story's blocks, as `compactText(tidy(lines joined))`
 * gives them. Most blocks are one line whose words need no tidying: their
 * text is cut from one Latin-1 copy of the story, made when first needed,
 * where tidying and compacting each block scanned it six times and copied
 * it twice (bench/README.md).
 */
export class BlockTexts {
  private latin1: Buffer | undefined
  /** The story alone, from `start` in the file's text. */
  private readonly story: string

  /** `text` is the file's text, the story the part of it from `start` to `end`. */
  constructor(
    text: string,
    private readonly start: number,
    end: number,
  ) {
    this.story = text.slice(start, end)
  }

  /** The text of the block made of `lines`, whose words run from `from` to `to` (file offsets, edges left out). */
  of(lines: Line[], from: number, to: number): string {
    const [start, end] = [from - this.start, to - this.start]
    if (lines.length === 1 && !NEEDS_TIDYING.test(this.story.slice(start, end))) {
      this.latin1 ??= Buffer.from(this.story, 'latin1')
      return this.latin1.toString('latin1', start, end)
    }
    return compactText(tidy(lines.length === 1 ? lines[0]!.text : lines.map((line) => line.text).join(' ')))
  }
}

/** Text reduced for comparison: lower case, letters and digits only, single spaces ("Home › News" ~ "home news"). */
export function comparableText(text: string): string {
  return text.toLowerCase().replace(NEITHER_LETTERS_NOR_DIGITS, ' ').trim()
}

const NEITHER_LETTERS_NOR_DIGITS = /[^\p{L}\p{N}]+/gu
