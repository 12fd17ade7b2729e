import type { LabelledBlock, ParseContext } from './context.js'

// Where a transmission's parts lie: SOH opens the header, STX the text, ETX closes it and a trailer
// (the filing time) may follow before EOT. Offsets are the file's, as blocks have them.

const STX = '\u0002'
const ETX = '\u0003'

/** The file offset of the story's first STX, or -1. */
export function textStart(ctx: ParseContext): number {
  const at = ctx.text.indexOf(STX)
  return at < 0 ? -1 : ctx.base + at
}

/** The file offset of the story's last ETX, or -1. */
export function textEnd(ctx: ParseContext): number {
  const at = ctx.text.lastIndexOf(ETX)
  return at < 0 ? -1 : ctx.base + at
}

/** The open blocks (no role yet) before STX: the transmission header. None when the story has no STX. */
export function headerBlocks(ctx: ParseContext): LabelledBlock[] {
  const stx = textStart(ctx)
  return stx < 0 ? [] : ctx.blocks.filter((b) => b.end <= stx && b.role === null)
}

/** The blocks after STX, in order (all of them when the story has none). */
export function textBlocks(ctx: ParseContext): LabelledBlock[] {
  const stx = textStart(ctx)
  return ctx.blocks.filter((b) => b.start > stx)
}

/** Text without the marks ANPA puts around a header line: `^` before it, `<` or `=` after it. */
export function withoutAnpaMarks(text: string): string {
  let out = text.trim()
  if (out.startsWith('^')) out = out.slice(1)
  if (out.endsWith('<') || out.endsWith('=')) out = out.slice(0, -1)
  return out.trim()
}
