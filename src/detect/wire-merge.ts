import { tidy } from '../source/block.js'
import type { Line } from '../source/lines.js'
import { isEdge } from '../source/segment-text.js'
import type { LabelledBlock, ParseContext } from './context.js'

/**
 * Joins `next` into `block` (the two lines of an AP byline, a dateline
 * standing on its own line above the body), so the pair is one element
 * whose position covers both. Later blocks are renumbered.
 */
export function mergeWithNext(ctx: ParseContext, block: LabelledBlock): LabelledBlock | undefined {
  const at = ctx.blocks.indexOf(block)
  const next = ctx.blocks[at + 1]
  if (at < 0 || !next) return undefined
  block.text = tidy(`${block.text} ${next.text}`)
  block.end = next.end
  block.lines = [...block.lines, ...next.lines]
  ctx.blocks.splice(at + 1, 1)
  ctx.blocks.forEach((b, i) => {
    if (b.creditOf !== undefined && b.creditOf > at) b.creditOf--
    b.index = i
  })
  return block
}

/**
 * Where the words of a line start and end in the file (edges of white space and controls left out), or null for a blank
 * line.
 */
function wordsOf(line: Line): { start: number; end: number } | null {
  let from = 0
  while (from < line.text.length && isEdge(line.text, from)) from++
  let to = line.text.length
  while (to > from && isEdge(line.text, to - 1)) to--
  return to > from ? { start: line.start + from, end: line.start + to } : null
}

/**
 * Splits `block` into one block per line (a wire heading whose headline and byline lines were
 * wrapped into one, tag lines read as one paragraph). Later blocks are renumbered; returns the
 * new blocks, in order. A block of one line is returned as it is.
 */
export function splitIntoLines(ctx: ParseContext, block: LabelledBlock): LabelledBlock[] {
  const at = ctx.blocks.indexOf(block)
  if (at < 0 || block.lines.length < 2) return [block]
  const parts: LabelledBlock[] = []
  for (const line of block.lines) {
    const words = wordsOf(line)
    if (!words) continue
    parts.push({
      ...block,
      text: tidy(line.text),
      start: words.start,
      end: words.end,
      lines: [line],
      indent: line.indent,
      afterBlank: parts.length === 0 ? block.afterBlank : false,
    })
  }
  ctx.blocks.splice(at, 1, ...parts)
  renumber(ctx, at, parts.length - 1)
  return parts
}

/**
 * Cuts `block` in two at `offset` (a file offset inside its last line): a sign-off glued to the
 * last words of a story (`… said.==Kyodo`). Returns the part after the cut, or undefined when
 * either part would hold no words.
 */
export function cutAt(ctx: ParseContext, block: LabelledBlock, offset: number): LabelledBlock | undefined {
  const at = ctx.blocks.indexOf(block)
  const line = block.lines[block.lines.length - 1]!
  if (at < 0 || offset <= block.start || offset >= block.end || offset < line.start) return undefined
  const before = { ...line, end: offset, text: line.text.slice(0, offset - line.start) }
  const after = { ...line, start: offset, text: line.text.slice(offset - line.start), indent: 0 }
  const head = wordsOf(before)
  const tail = wordsOf(after)
  if (!head || !tail) return undefined
  const lines = block.lines.slice(0, -1)
  block.text = tidy([...lines, before].map((l) => l.text).join(' '))
  block.end = head.end
  block.lines = [...lines, before]
  const rest: LabelledBlock = {
    ...block,
    text: tidy(after.text),
    start: tail.start,
    end: tail.end,
    lines: [after],
    indent: 0,
    afterBlank: false,
  }
  ctx.blocks.splice(at + 1, 0, rest)
  renumber(ctx, at + 1, 1)
  return rest
}

/** Block indices again after `added` blocks came in at `from`; credit lines follow their captions. */
function renumber(ctx: ParseContext, from: number, added: number): void {
  ctx.blocks.forEach((b, i) => {
    if (b.creditOf !== undefined && b.creditOf >= from) b.creditOf += added
    b.index = i
  })
}
