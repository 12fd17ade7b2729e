import {
  ANPA_MONTH_DAY,
  ANPA_SERVICE_LINE,
  ANPA_SLUG_PREFIX,
  ANPA_WORD_COUNT,
  PHOTO_REFERENCE,
} from '../lexicon/wire-formats.js'
import { stripControls } from '../source/lines.js'
import { parseByline, parseRoleLine } from './byline.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'
import { headerBlocks, textBlocks, withoutAnpaMarks } from './wire-framing.js'
import { isEditorNote } from './wire-header.js'
import { mergeWithNext, splitIntoLines } from './wire-merge.js'

const ANPA_HEADER_START = /^\s*[a-z] [a-z]\s/
// The header's slug field holds 24 characters; some senders write more.
const MAX_KEYWORD = 40

/** The fields of an ANPA-1312 header line. */
export interface AnpaHeader {
  priority: string
  category: string
  /**
   * The slug as the header carries it, cut to 24 characters by the format (senders that do not are let through up to
   * 40): "BC-LT--Bolivia-MiningStr".
   */
  keyword: string
  /** The version and reference fields: "1stLd-Writethru", "Bjt", "Adv". */
  version: string | null
  /** Month and day: "11-13". */
  date: string
  wordCount: number
}

/**
 * Reads an ANPA-1312 header line (its format bytes read as spaces): priority letter, category
 * letter, slug, version fields, date and word count: "r d BC-US--RescuedPonyHome 1stLd-Writethru
 * 06-17 0634". Null for anything else ("a b c 12-12 1234" has a slug of one letter, fine; "Lobster
 * found safe" has no date and count).
 */
export function parseAnpaHeader(text: string): AnpaHeader | null {
  // Priority and category: a lower-case letter each, a space between them.
  if (!ANPA_HEADER_START.test(text)) return null
  const fields = text.trim().split(/\s+/)
  if (fields.length < 5) return null
  const [priority, category, keyword] = fields as [string, string, string]
  const wordCount = fields[fields.length - 1]!
  const date = fields[fields.length - 2]!
  if (!/^[a-z]$/.test(priority) || !/^[a-z]$/.test(category) || keyword.length > MAX_KEYWORD) return null
  if (!ANPA_MONTH_DAY.test(date) || !ANPA_WORD_COUNT.test(wordCount) || fields.length - 2 < 3) return null
  const version = fields.slice(3, -2).join(' ')
  return { priority, category, keyword, version: version || null, date, wordCount: Number(wordCount) }
}

/** The slug line in the text: "BC-US--Rescued Pony Home, 1st Ld-Writethru,127" (marks already off). */
export interface AnpaSlug {
  slug: string
  version: string | null
  wordCount: number | null
}

/**
 * Reads the slug line ANPA copy repeats at the top of its text, with the word count after the last
 * comma: "BC-LT--Bolivia-Mining Strike,512", "BC-US--Rescued Pony Home, 1st Ld-Writethru,127",
 * "*7315< ^AP-Top-Farm-Headlines,0152" (after a code). Null for a headline ("Pony
 * goes home, farm says").
 */
export function parseAnpaSlug(text: string): AnpaSlug | null {
  const last = text.slice(text.lastIndexOf('^') + 1).trim()
  if (!ANPA_SLUG_PREFIX.test(last)) return null
  const count = /,\s*(\d{1,5})$/.exec(last)
  const words = count ? last.slice(0, count.index) : last
  const [slug, ...version] = words.replace(ANPA_SLUG_PREFIX, '').split(/,\s*/)
  if (!slug) return null
  return { slug: slug.trim(), version: version.join(', ').trim() || null, wordCount: count ? Number(count[1]) : null }
}

/**
 * The slug of a header's keyword without its cycle prefix and desk code: "BC-LT--Bolivia-MiningStr" →
 * "Bolivia-MiningStr".
 */
export function slugOfKeyword(keyword: string): string {
  return keyword.replace(ANPA_SLUG_PREFIX, '')
}

/**
 * The header line, a block of its own: looked for before STX, else among the story's first two
 * open blocks (copy whose controls were lost). Its block is split into lines only once found.
 */
function findHeader(ctx: ParseContext): LabelledBlock | undefined {
  const framed = headerBlocks(ctx)
  const blocks = framed.length > 0 ? framed : firstOpen(ctx, 2)
  for (const block of blocks) {
    if (block.hint !== undefined) continue
    // The header is a block's first line, or its second under the service line when they were not kept apart.
    const at = block.lines.slice(0, 2).findIndex((line) => parseAnpaHeader(stripControls(line.text)) !== null)
    if (at < 0) continue
    const lines = splitIntoLines(ctx, block)
    return lines.find((b) => parseAnpaHeader(b.text) !== null)
  }
  return undefined
}

/** The story's first `n` blocks with no role yet. */
function firstOpen(ctx: ParseContext, n: number): LabelledBlock[] {
  const out: LabelledBlock[] = []
  for (const block of ctx.blocks) {
    if (out.length === n) break
    if (block.role === null) out.push(block)
  }
  return out
}

/**
 * Reads an ANPA-1312 transmission, if the story is one: the header line (and the service line
 * above it) become `editor-note` boilerplate; then the `^…<` header lines at the top of the text:
 * the slug line, photo references and notes to editors (boilerplate), the byline `^By NAME=` with
 * its title line `^Associated Press=`, the headline (the first other line) and the standfirst
 * (any more). A `^` line without a closing mark starts the body; its caret is dropped.
 * Returns whether the story is ANPA copy.
 */
export function readAnpa(ctx: ParseContext): boolean {
  const header = findHeader(ctx)
  if (!header) return false
  label(header, 'boilerplate', 'wire-anpa-header', { kind: 'editor-note' })
  const above = ctx.blocks[header.index - 1]
  if (above && above.role === null && ANPA_SERVICE_LINE.test(above.text))
    label(above, 'boilerplate', 'wire-anpa-service', { kind: 'editor-note' })
  readHeaderLines(
    ctx,
    textBlocks(ctx).filter((b) => b.start > header.end),
  )
  return true
}

function readHeaderLines(ctx: ParseContext, blocks: LabelledBlock[]): void {
  let headline = false
  let inHeader = true
  for (const block of blocks) {
    // Skipped: a block labelled already, or merged into the one above it (a byline's title line).
    if (block.role !== null || ctx.blocks[block.index] !== block) continue
    if (!block.text.startsWith('^')) {
      inHeader = false
      continue
    }
    const closed = block.text.endsWith('<') || block.text.endsWith('=')
    const raw = block.text
    block.text = withoutAnpaMarks(raw)
    if (!closed || !inHeader) {
      inHeader = false
      continue
    }
    if (parseAnpaSlug(raw) !== null) label(block, 'boilerplate', 'wire-anpa-slug', { kind: 'editor-note' })
    else if (PHOTO_REFERENCE.test(block.text)) label(block, 'boilerplate', 'wire-photo-reference', { kind: 'other' })
    else if (isEditorNote(block.text)) label(block, 'boilerplate', 'wire-editor-note', { kind: 'editor-note' })
    else if (!labelByline(ctx, block)) {
      label(block, headline ? 'standfirst' : 'headline', headline ? 'standfirst-anpa-line' : 'headline-anpa-line')
      headline = true
    }
  }
}

/** `^By PAUL BRANNOCK and ALMA CASTELLANOS=`, with the title line under it (`^Associated Press=`). */
function labelByline(ctx: ParseContext, block: LabelledBlock): boolean {
  const byline = parseByline(block.text)
  if (!byline) return false
  const next = ctx.blocks[block.index + 1]
  const title =
    next && next.role === null && next.text.startsWith('^') ? parseRoleLine(withoutAnpaMarks(next.text)) : null
  let target = block
  if (title && next) {
    next.text = withoutAnpaMarks(next.text)
    target = mergeWithNext(ctx, block) ?? block
    byline.text = target.text
    if (title.role) byline.role = title.role
    byline.agency ??= title.agency
  }
  label(target, 'byline', title ? 'byline-anpa-two-lines' : 'byline-anpa-line', { byline })
  return true
}

/** The rules of this step, for `article-parse explain --rules`. */
export const ANPA_RULES: readonly RuleDoc[] = [
  {
    rule: 'wire-anpa-header',
    id: 'boilerplate/wire-anpa-header',
    description: 'the ANPA-1312 header line: priority, category, slug, version, date and word count',
  },
  {
    rule: 'wire-anpa-service',
    id: 'boilerplate/wire-anpa-service',
    description: 'the service line above an ANPA-1312 header',
  },
  {
    rule: 'wire-anpa-slug',
    id: 'boilerplate/wire-anpa-slug',
    description:
      "the slug line ANPA copy repeats at the top of its text ('BC-US--Rescued Pony Home, 1st Ld-Writethru,127')",
  },
  {
    rule: 'wire-photo-reference',
    id: 'boilerplate/wire-photo-reference',
    description: 'a ^…< header line referring to photos sent with the story',
  },
  {
    rule: 'wire-editor-note',
    id: 'boilerplate/wire-editor-note',
    description: "a note to editors ('Eds: …', 'Editor's note: …'), at the top or anywhere",
  },
  {
    rule: 'headline-anpa-line',
    id: 'headline/anpa-line',
    description: 'the first other ^…< header line of ANPA copy',
  },
  {
    rule: 'standfirst-anpa-line',
    id: 'standfirst/anpa-line',
    description: 'a further ^…< header line under the headline of ANPA copy',
  },
  { rule: 'byline-anpa-line', id: 'byline/anpa-line', description: "ANPA copy's byline line ('^By JANE ROE=')" },
  {
    rule: 'byline-anpa-two-lines',
    id: 'byline/anpa-two-lines',
    description: "ANPA copy's byline line with its title line ('^Associated Press=') under it",
  },
]
