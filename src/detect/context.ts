import type { VFile } from 'vfile'
import type { BoilerplateKind, Byline, Dateline, Message, Quote, Wire } from '../model/article.js'
import type { Block } from '../source/block.js'
import type { Layout } from '../source/segment-text.js'
import type { TextCounts } from '../source/words.js'

/** What a block turned out to be. */
export type Role =
  | 'headline'
  | 'standfirst'
  | 'byline'
  | 'caption'
  | 'credit'
  | 'subheading'
  | 'paragraph'
  | 'blockquote'
  | 'table'
  | 'list'
  | 'boilerplate'

/** A block with the role a step gave it; `rule` names the rule that decided. */
export interface LabelledBlock extends Block {
  role: Role | null
  rule?: string
  /** For boilerplate. */
  kind?: BoilerplateKind
  /** For captions: the caption words and the credit found in or under them. */
  caption?: string | null
  credit?: string | null
  /** For a credit line: the caption block it belongs to. */
  creditOf?: number
  /** For a byline block: the parsed byline. */
  byline?: Byline
  /** For a paragraph (or a standfirst under a dateline alone): its text after the dateline lead-in was split off. */
  bodyText?: string
  /** For a table: its rows of cells. */
  rows?: string[][]
  /** For a list: its items, and whether they are numbered. */
  items?: string[]
  ordered?: boolean
}

export interface ParseOptions {
  /** Input syntax; `markdown` runs remark-parse, `text` never does; `nitf` reads NITF XML (src/source/read-nitf.ts). */
  from?: 'text' | 'markdown' | 'nitf'
  /**
   * Give every part its source position (and quotes their offsets); on by
   * default. The CLI turns it off unless `--positions` asks for them, so a
   * batch neither computes nor strips what it would not print.
   */
  positions?: boolean
}

/** Everything the steps share while one story is parsed. */
export interface ParseContext {
  file: VFile
  /** The story's text (a slice of the file's text) and its offset in the file. */
  text: string
  base: number
  blocks: LabelledBlock[]
  layout: Layout
  options: ParseOptions
  /** The names of the steps that run on this story, when not all do (a NITF story: src/parse/nitf-context.ts). */
  steps?: ReadonlySet<string>
  dateline: Dateline | null
  /** The transmission format the wire-format step recognised; null for copy in none (web copy, plain stories). */
  wireFormat: WireFormat | null
  /** What the wire header, flags and trailer say (wire-fields.ts); null for copy without any. */
  wire: Wire | null
  quotes: Quote[]
  language: string | null
  /** The counts of the story's blocks, by their place, each counted once (see countsOf). */
  counted: TextCounts[]
  /** Messages about this story, in the Article's shape. */
  messages: Message[]
}

/** Agency copy whose transmission header a reader recognised (wire-format.ts). */
export type WireFormat = 'anpa-1312' | 'iptc-7901' | 'aap' | 'bulletin'

/**
 * One named step of the parse. Steps run in order, each labelling blocks not yet labelled (or refining earlier
 * labels).
 */
export interface Step {
  name: string
  run: (ctx: ParseContext) => void
}

export function unlabelled(ctx: ParseContext): LabelledBlock[] {
  return ctx.blocks.filter((b) => b.role === null)
}

export function label(block: LabelledBlock, role: Role, rule: string, extra: Partial<LabelledBlock> = {}): void {
  block.role = role
  block.rule = rule
  Object.assign(block, extra)
}
