import { IPTC_CATEGORY, IPTC_PRIORITY, IPTC_SOURCE, IPTC_WORD_COUNT } from '../lexicon/wire-formats.js'
import type { Byline } from '../model/article.js'
import { MAY_LEAD, parseByline } from './byline.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'
import { headerBlocks, textBlocks, textStart } from './wire-framing.js'
import { isFlagLine } from './wire-header.js'
import { mergeWithNext, splitIntoLines } from './wire-merge.js'

/** The fields of an IPTC 7901 header line. */
export interface IptcHeader {
  source: string
  sequence: string
  priority: string
  category: string
  wordCount: number
}

/**
 * Reads an IPTC 7901 header: source letters and message number, priority digit, category letters,
 * word count, then optional selectors and the agency: "eca047 4 i 186 ccccb dpa 073",
 * "bsg031 3 ec 143 etf 512". Null for anything else ("covid19 3 new cases" has no word count).
 */
export function parseIptcHeader(text: string): IptcHeader | null {
  // Source and number, then the priority digit; ZCZC may open the message instead of SOH.
  if (!IPTC_HEADER_START.test(text)) return null
  const fields = text.trim().replace(ZCZC, '').split(/\s+/)
  if (fields.length < 4) return null
  const source = IPTC_SOURCE.exec(fields[0]!)
  const [, priority, category, words] = fields as [string, string, string, string]
  if (!source || !IPTC_PRIORITY.test(priority) || !IPTC_CATEGORY.test(category) || !IPTC_WORD_COUNT.test(words))
    return null
  return { source: source[1]!, sequence: source[2]!, priority, category, wordCount: Number(words) }
}

const IPTC_HEADER_START = /^\s*(?:ZCZC )?[a-z]{2,4}\d{2,5} \d /i
const ZCZC = /^ZCZC /i
// How many lines after STX the heading (flags, headline, byline) may take before its closing " =".
const MAX_HEADING_LINES = 8

/**
 * Reads an IPTC 7901 transmission, if the story is one: the header line after SOH and the keyword
 * lines under it (up to STX) become `editor-note` boilerplate, and the heading after STX — up to
 * the line closed by ` =` — gives its flags, headline and byline. Returns whether the story is 7901 copy.
 */
export function readIptc(ctx: ParseContext): boolean {
  const framed = headerBlocks(ctx)
  const candidates =
    framed.length > 0 ? framed : [ctx.blocks.find((b) => b.role === null)].filter((b) => b !== undefined)
  const header = candidates.find((b) => b.hint === undefined && parseIptcHeader(b.text) !== null)
  if (!header) return false
  label(header, 'boilerplate', 'wire-iptc-header', { kind: 'editor-note' })
  // Between the header and STX: keyword lines ("Germany-politics/", "France"); with no STX, the
  // short lines right under the header, up to the first blank line ("France-politique").
  const keywords = framed.length > 0 ? framed.filter((b) => b.start > header.end) : linesUnder(ctx, header)
  for (const block of keywords) label(block, 'boilerplate', 'wire-keywords', { kind: 'editor-note' })
  if (textStart(ctx) >= 0) readHeading(ctx)
  return true
}

/** How long a keyword line may be: a few words, never a sentence. */
const MAX_KEYWORD_LINE = 60

/** The short lines under an unframed header, up to the first blank line. */
function linesUnder(ctx: ParseContext, header: LabelledBlock): LabelledBlock[] {
  const out: LabelledBlock[] = []
  for (let i = header.index + 1; i < ctx.blocks.length; i++) {
    const block = ctx.blocks[i]!
    if (block.afterBlank || block.role !== null || block.text.length > MAX_KEYWORD_LINE || /[.!?]$/.test(block.text))
      break
    out.push(block)
  }
  return out
}

/**
 * The heading a 7901 text opens with, closed by ` =`: "REFILE" / "1ST LEAD" / "Portugal joins list
 * of states backing new fishing quota" / "By dpa correspondents =". Flags are boilerplate, a line
 * opening with "By", "Von" … is the byline, the last other line the headline; short lines above it
 * ("Situation", "France:") are overlines, longer ones the headline's first line.
 */
function readHeading(ctx: ParseContext): void {
  const lines = headingLines(ctx)
  const texts: LabelledBlock[] = []
  let byline: LabelledBlock | null = null
  for (const [i, line] of lines.entries()) {
    line.text = withoutClosingMark(line.text)
    if (isFlagLine(line.text)) {
      label(line, 'boilerplate', 'wire-flag', { kind: 'editor-note' })
      continue
    }
    // The byline opens with "By", "Von" …, or is the closing line under the headline and names an agency.
    if (!byline && (MAY_LEAD.test(line.text) || (i === lines.length - 1 && texts.length > 0))) {
      const parsed = bylineOf(line.text)
      if (parsed) {
        label(line, 'byline', 'byline-iptc-heading', { byline: parsed })
        byline = line
        continue
      }
    }
    texts.push(line)
  }
  const above = byline ? texts.filter((b) => b.start < byline.start) : texts
  let headline = above[above.length - 1]
  if (!headline) return
  for (let k = above.length - 2; k >= 0; k--) {
    const line = above[k]!
    if (isOverline(line.text)) label(line, 'boilerplate', 'wire-overline', { kind: 'other' })
    else if (ctx.blocks[line.index + 1] === headline) headline = mergeWithNext(ctx, line) ?? headline
  }
  label(headline, 'headline', 'headline-iptc-heading')
}

/**
 * The lines after STX up to the first one closed by "=", each a block of its own; none when no such line comes soon.
 */
function headingLines(ctx: ParseContext): LabelledBlock[] {
  const upTo: LabelledBlock[] = []
  let seen = 0
  for (const block of textBlocks(ctx)) {
    if (block.role !== null || block.hint !== undefined) continue
    upTo.push(block)
    if (block.lines.some((line) => line.text.trimEnd().endsWith('='))) {
      const lines = upTo.flatMap((b) => splitIntoLines(ctx, b))
      const close = lines.findIndex((line) => line.text.endsWith('='))
      // Lines after the closing one in its block (a lead with no blank line above it) stay one block.
      let rest = lines[close + 1]
      for (let k = close + 2; rest && k < lines.length; k++) rest = mergeWithNext(ctx, rest) ?? rest
      return lines.slice(0, close + 1)
    }
    seen += block.lines.length
    if (seen >= MAX_HEADING_LINES) return []
  }
  return []
}

function withoutClosingMark(text: string): string {
  return text.endsWith('=') ? text.slice(0, -1).trimEnd() : text
}

/**
 * The byline of a heading line: "By Dan Orley, The Lakeport Courier-Tribune", or names with an agency ("Anna Schmidt,
 * dpa").
 */
function bylineOf(text: string): Byline | null {
  const byline = parseByline(text)
  if (byline) return byline
  if (MAY_LEAD.test(text)) return null
  const led = parseByline(`By ${text}`)
  return led && (led.agency || led.role) ? { ...led, text } : null
}

/** A line set above a headline: a word or three ("Situation"), or a label closed by a colon ("France:"). */
function isOverline(text: string): boolean {
  return text.endsWith(':') || text.split(/\s+/).length <= 3
}

/** The rules of this step, for `article-parse explain --rules`. */
export const IPTC_RULES: readonly RuleDoc[] = [
  {
    rule: 'wire-iptc-header',
    id: 'boilerplate/wire-iptc-header',
    description: "the IPTC 7901 header line ('abc123 4 pl 210 dpa 0042')",
  },
  {
    rule: 'wire-keywords',
    id: 'boilerplate/wire-keywords',
    description: 'a keyword line under a 7901 header, up to STX',
  },
  {
    rule: 'wire-flag',
    id: 'boilerplate/wire-flag',
    description: "a flag line of a 7901 heading ('REFILE', '1ST LEAD')",
  },
  {
    rule: 'byline-iptc-heading',
    id: 'byline/iptc-heading',
    description: "a line of a 7901 heading opening with 'By', 'Von' … or naming an agency",
  },
  {
    rule: 'wire-overline',
    id: 'boilerplate/wire-overline',
    description: "a short line above a 7901 headline ('Situation', 'France:')",
  },
  {
    rule: 'headline-iptc-heading',
    id: 'headline/iptc-heading',
    description: "the last other line of a 7901 heading, closed by ' ='",
  },
]
