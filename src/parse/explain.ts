import type { VFile } from 'vfile'
import type { LabelledBlock, ParseContext, ParseOptions } from '../detect/context.js'
import { RULES, ruleId } from '../detect/rules.js'
import type { ExplainedLine, ExplainedSpan, ExplainedStory, RuleInfo } from '../model/explain.js'
import { type Line, splitLines } from '../source/lines.js'
import { toVFile } from '../source/to-vfile.js'
import { buildArticle } from './build-article.js'
import { sourceOffsets } from './explain-offsets.js'
import { storyContext, storySpans } from './parse-article.js'
import { STEPS } from './steps.js'
import { validateArticle } from './validate-article.js'

/** Every rule a block can be labelled by, with its one-line description, sorted by id. */
export function explainRules(): RuleInfo[] {
  const seen = new Set<string>()
  return RULES.filter((r) => !seen.has(r.id) && seen.add(r.id)).map(({ id, description }) => ({ id, description }))
}

/**
 * Parses every story of a file as `parseStories` does and explains it: each source line with the
 * role of the block it belongs to and the id of the rule that decided, and the spans inside it
 * (quotations with their speakers, the dateline). Every line of the file is in exactly one story's
 * lines; a feed's lines around its stories are `between-stories`.
 */
export function explainStories(input: VFile | string, options: ParseOptions = {}): ExplainedStory[] {
  const file = typeof input === 'string' ? toVFile(input) : input
  const all = String(file.value ?? '')
  const lines = splitLines(all)
  const spans = storySpans(file, options)
  let next = 0
  return spans.map((span, i) => {
    const ctx = storyContext(file, span, options)
    for (const step of STEPS) if (!ctx.steps || ctx.steps.has(step.name)) step.run(ctx)
    const place = { story: i + 1, stories: spans.length, start: span.start, end: span.end }
    const article = validateArticle(buildArticle(ctx, place))
    const last = i === spans.length - 1
    const first = next
    const mine: Line[] = []
    while (next < lines.length && (last || lines[next]!.start < span.end)) mine.push(lines[next++]!)
    const explained = explainLines(ctx, mine, first + 1, span)
    if (spans.length > 1) for (const line of explained) line.story = i + 1
    return { story: i + 1, stories: spans.length, article, lines: explained }
  })
}

/** The index of each line a file offset falls in (the line's end counts as in it). */
function lineAt(lines: readonly Line[], offset: number): number {
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lines[mid]!.start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Cuts the file range [from, to) into per-line spans. */
function addSpan(
  lines: readonly Line[],
  out: ExplainedLine[],
  from: number,
  to: number,
  span: Omit<ExplainedSpan, 'from' | 'to'>,
): void {
  if (lines.length === 0 || to <= from) return
  for (let k = lineAt(lines, from); k < lines.length && lines[k]!.start < to; k++) {
    const line = lines[k]!
    const a = Math.max(from, line.start) - line.start
    const b = Math.min(to, line.end) - line.start
    if (b > a) out[k]!.spans.push({ from: a, to: b, ...span })
  }
}

/** The lines of one story (the first numbered `number`), with the roles and spans its blocks give them. */
function explainLines(
  ctx: ParseContext,
  lines: Line[],
  number: number,
  span: { start: number; end: number },
): ExplainedLine[] {
  const out: ExplainedLine[] = lines.map((line, k) => ({
    line: number + k,
    text: line.text,
    role: line.blank ? 'blank' : 'between-stories',
    rule: null,
    spans: [],
  }))
  const taken = new Set<number>()
  for (const block of ctx.blocks) {
    const role = block.role ?? 'paragraph'
    const rule = block.rule ? ruleId(block.rule, role) : null
    const kind = role === 'boilerplate' ? (block.kind ?? 'other') : undefined
    if (lines.length === 0) break
    for (
      let k = lineAt(lines, block.start);
      k < lines.length && lines[k]!.start < Math.max(block.end, block.start + 1);
      k++
    ) {
      const line = lines[k]!
      if (line.blank || line.start < span.start) continue
      if (!taken.has(k)) {
        taken.add(k)
        Object.assign(out[k]!, { role, rule, ...(kind ? { kind } : {}) })
      } else {
        // A second block on the line: a sign-off cut off the last words ("… said.==Kyodo").
        addSpan([line], [out[k]!], Math.max(block.start, line.start), Math.min(block.end, line.end), {
          role,
          ...(rule ? { rule } : {}),
          ...(kind ? { kind } : {}),
        })
      }
    }
  }
  quoteSpans(ctx, lines, out)
  datelineSpan(ctx, lines, out)
  for (const line of out) line.spans.sort((a, b) => a.from - b.from || b.to - a.to)
  return out
}

/** File offsets of [from, to) in a block's text, or null when its text cannot be found in its source. */
function fileRange(ctx: ParseContext, block: LabelledBlock, from: number, to: number): [number, number] | null {
  const source = String(ctx.file.value ?? '').slice(block.start, block.end)
  const at = sourceOffsets(block.text, source, block.start)
  if (!at || to <= from) return null
  return [at.starts[from]!, at.ends[to - 1]!]
}

/**
 * The blocks quotes were looked for in, in the order `extractQuotes` numbers them (quotes/extract-quotes.ts
 * `bodyBlocks`): every body block, a headline after the first counting as a subheading.
 */
function quotedBlocks(ctx: ParseContext): LabelledBlock[] {
  let headlineSeen = false
  return ctx.blocks.filter((block) => {
    if (block.role === 'headline') {
      const body = headlineSeen
      headlineSeen = true
      return body
    }
    return block.role === null || ['subheading', 'blockquote', 'paragraph', 'table', 'list'].includes(block.role)
  })
}

function quoteSpans(ctx: ParseContext, lines: Line[], out: ExplainedLine[]): void {
  const blocks = quotedBlocks(ctx)
  for (const quote of ctx.quotes) {
    const block = blocks[quote.block]
    if (!block || quote.start === undefined || quote.end === undefined) continue
    // Offsets count in the words after a dateline lead-in, which the block's text still has.
    const quoted = block.bodyText ?? block.text
    const shift = block.text.endsWith(quoted) ? block.text.length - quoted.length : 0
    const range = fileRange(ctx, block, quote.start + shift, quote.end + shift)
    if (range) addSpan(lines, out, range[0], range[1], { role: 'quote', speaker: quote.speaker, cue: quote.cue })
  }
}

function datelineSpan(ctx: ParseContext, lines: Line[], out: ExplainedLine[]): void {
  const dateline = ctx.dateline
  if (!dateline) return
  const block =
    ctx.blocks.find((b) => b.bodyText !== undefined && b.text.includes(dateline.text)) ??
    ctx.blocks.find((b) => b.role === 'paragraph' && b.text.startsWith(dateline.text))
  if (!block) return
  const from = block.text.indexOf(dateline.text)
  const range = fileRange(ctx, block, from, from + dateline.text.length)
  if (range) addSpan(lines, out, range[0], range[1], { role: 'dateline' })
}
