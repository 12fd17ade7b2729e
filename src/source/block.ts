import { isSpace } from './chars.js'
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
  // Each rewrite runs only when a cheap test finds its characters: nearly all
  // text has no controls, no runs of whitespace and no typewriter quotes.
  let out = stripControls(text)
  if (UNTIDY_SPACE.test(out)) out = out.replace(SPACE_RUN, ' ')
  return typewriterMarks(out.trim())
}

/** `tidy`'s last part, for words already without controls, odd spaces or space at their edges: ``` `` ``` and `''` as curly quotes, a spaced `_` as an em dash. */
function typewriterMarks(text: string): string {
  let out = text
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
  // Text that fits Latin-1 (most block texts) takes the Latin-1 round trip, one byte a character.
  // Anything else needs two bytes a character whatever the copy: UTF-16 copies them as they are
  // (lone surrogates too), at under half the cost of a round trip through UTF-8, which transcodes twice.
  if (!BEYOND_LATIN1.test(text)) return Buffer.from(text, 'latin1').toString('latin1')
  return Buffer.from(text, 'utf16le').toString('utf16le')
}

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/

/** What `BlockTexts` must do with a line's words: take them as they are, copy them through UTF-8, turn typewriter marks typographic, or tidy them all. */
const AS_LATIN1 = 0
const NEEDS_UTF8 = 1
const MARKS = 2
const REWRITTEN = 4

/**
 * What `tidy` would rewrite in `text` from `from` up to `to`: a control,
 * whitespace other than a plain space, a zero-width space, two spaces in a
 * row (REWRITTEN); else an underscore, two backquotes or two apostrophes
 * (MARKS); or'ed with NEEDS_UTF8 when any character lies beyond Latin-1.
 * One pass over the characters, where tidy's regexes each took one.
 */
function wordsNeed(text: string, from: number, to: number): number {
  let need = AS_LATIN1
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c > 0x7e) {
      if (c === 0x7f || c === 0xa0 || c === 0x200b || (c > 0xff && isSpace(c))) return REWRITTEN
      if (c > 0xff) need |= NEEDS_UTF8
    } else if (c < 0x21 || c === 0x27 || c === 0x5f || c === 0x60) {
      const pair = i + 1 < to && text.charCodeAt(i + 1) === c
      if (c < 0x20 || (c === 0x20 && pair)) return REWRITTEN
      if (c === 0x5f || (c !== 0x20 && pair)) need |= MARKS
    }
  }
  return need
}

/**
 * Where the next match of a global `pattern` lies in one story, read block by
 * block in order: one search answers for every block up to the match it finds,
 * where a search per block paid a regex call per block, and most blocks hold no match.
 */
class NextMatch {
  /** Where the last search began, and where its match ends (Infinity: none after it). */
  private from = Infinity
  private end = -1

  constructor(private readonly pattern: RegExp) {}

  /**
   * The end of the first match in `text` that ends after `from`, searched for again only when `from`
   * is before the last search or at or past the match it found. The patterns match one character or
   * a pair of spaces or apostrophes, and `from` is where a block's words begin (no space there, no
   * apostrophe just before it): a match ending after `from` starts at or after it, so it is the
   * first match in the block's words too.
   */
  endAfter(text: string, from: number): number {
    if (from < this.from || this.end <= from) {
      const pattern = this.pattern
      pattern.lastIndex = from
      this.end = pattern.test(text) ? pattern.lastIndex : Infinity
      pattern.lastIndex = 0
      this.from = from
    }
    return this.end
  }
}

// What ends a run of plain words (printable Latin-1, single spaces): anything wordsNeed would have
// to look at. Found by regexes, which on this work read a character two or three times faster than
// a loop in JS does; only words where they find something are read by wordsNeed. A character and a
// pair are looked for apart: one pattern for both (/[…]|''| {2}/) tried its three branches at every
// character, and took more than the three searches.
const UNPLAIN_CHAR = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u00a0\u0100-\uffff_`]/g
const SPACE_PAIR = / {2}/g
const APOSTROPHE_PAIR = /''/g

// A Buffer with its own Latin-1 reader, which `toString('latin1', start, end)` calls after checking its
// arguments: called directly, the one call per block costs less. Node has it on every Buffer but does not
// document it, and @types/node leaves it out (typed here rather than by augmenting Buffer, which would
// reach the package's types); should a Node version drop it, toString is used instead.
type Latin1Buffer = Buffer & { latin1Slice(start: number, end: number): string }
const HAS_LATIN1_SLICE = typeof (Buffer.prototype as Partial<Latin1Buffer>).latin1Slice === 'function'

function latin1Between(buffer: Latin1Buffer, start: number, end: number): string {
  return HAS_LATIN1_SLICE ? buffer.latin1Slice(start, end) : buffer.toString('latin1', start, end)
}

// The Latin-1 copy of the latest story, in one buffer reused from story to story (a fresh
// Buffer per story cost more than the copy), and which BlockTexts wrote it. Stories too big
// to keep a buffer for get their own.
let scratch = Buffer.allocUnsafe(16384) as Latin1Buffer
let scratchHolds = 0
let storiesSeen = 0
const SCRATCH_LIMIT = 1 << 20

/**
 * The texts of one story's blocks, as `compactText(tidy(lines joined))`
 * gives them, the common case cut straight from one Latin-1 copy of the
 * story. Most blocks are one line whose words need no tidying: the text is
 * then the line between its invisible edges, and a Latin-1 copy of the
 * whole story, written once, gives it as a fresh one-byte string in one
 * call, where tidying and compacting each block scanned it six times and
 * copied it twice. Anything else takes the long way.
 */
export class BlockTexts {
  private readonly id = ++storiesSeen
  private own: Latin1Buffer | undefined
  /** The story alone, searched for what is not plain: a search of the file's text could run on through the stories after it. */
  private readonly story: string
  private readonly chars = new NextMatch(UNPLAIN_CHAR)
  private readonly spaces = new NextMatch(SPACE_PAIR)
  private readonly apostrophes = new NextMatch(APOSTROPHE_PAIR)

  /**
   * `text` is the file's text, the story the part of it from `start` to `end`. wordsNeed reads
   * a block's characters in the file's text, not in its line's (a slice of it): charCodeAt on a
   * slice goes through it to the file's text at every character.
   */
  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.story = text.slice(start, end)
  }

  /** The text of the block made of `lines`, whose words run from `start` to `end` (file offsets, edges left out). */
  of(lines: Line[], start: number, end: number): string {
    if (lines.length === 1) {
      const need = this.isPlain(start - this.start, end - this.start) ? AS_LATIN1 : wordsNeed(this.text, start, end)
      if (need === AS_LATIN1) return latin1Between(this.latin1(), start - this.start, end - this.start)
      if (need === NEEDS_UTF8) return compactText(this.text.slice(start, end))
      if (need !== REWRITTEN) return compactText(typewriterMarks(this.text.slice(start, end)))
    }
    return compactText(tidy(lines.length === 1 ? lines[0]!.text : lines.map((l) => l.text).join(' ')))
  }

  /**
   * Whether the story from `from` up to `to` (a block's words, edges left out) is plain words: printable
   * Latin-1 and single spaces, none of them an underscore or a backquote, no two apostrophes in a row.
   * A match ending past `to` starts at or past it: `to` follows a character that is neither a space
   * nor an apostrophe, so no pair starts just before it.
   */
  private isPlain(from: number, to: number): boolean {
    const story = this.story
    return (
      this.chars.endAfter(story, from) > to &&
      this.spaces.endAfter(story, from) > to &&
      this.apostrophes.endAfter(story, from) > to
    )
  }

  /** The story in Latin-1 (characters beyond it come out wrong, and are never read), written when first needed. */
  private latin1(): Latin1Buffer {
    const length = this.end - this.start
    if (length > SCRATCH_LIMIT) return (this.own ??= Buffer.from(this.story, 'latin1') as Latin1Buffer)
    if (scratchHolds !== this.id) {
      if (scratch.length < length) scratch = Buffer.allocUnsafe(Math.max(length, scratch.length * 2)) as Latin1Buffer
      scratch.write(this.story, 0, 'latin1')
      scratchHolds = this.id
    }
    return scratch
  }
}

// Comparable forms of recent texts: detectors compare the same few lines (headline candidates,
// breadcrumbs, titles) many times within a story. About a story's worth, cleared when full: a
// bigger cache kept texts alive across many stories, long enough for the garbage collector to
// move them to the old generation, which then grew until its next full collection (4,096 entries:
// peak RSS over 20,000 files ~3 MB higher, at the same speed).
const comparableCache = new Map<string, string>()
const COMPARABLE_CACHE_SIZE = 64
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
