import type { ParseContext } from '../parse/context.js'

// Straight or curly double quotes around at least one word.
const DOUBLE = /["“]([^"“”\n]{1,2000}?)["”]/g

/** Step: quotations in body paragraphs (marks only; speakers come from src/quotes/ speakers). */
export function extractQuotes(ctx: ParseContext): void {
  const body = ctx.blocks.filter((b) => b.role === 'paragraph' || b.role === 'subheading' || b.role === 'blockquote')
  body.forEach((block, index) => {
    const text = block.bodyText ?? block.text
    for (const m of text.matchAll(DOUBLE)) {
      const words = m[1]!.trim()
      if (!words) continue
      ctx.quotes.push({ text: words, speaker: null, role: null, cue: null, kind: 'direct', block: index, start: m.index!, end: m.index! + m[0].length })
    }
  })
}
