import { label, type ParseContext, unlabelled } from './context.js'
import type { RuleDoc } from './rule-doc.js'

/** Step: whatever no earlier step claimed is body: a block quote in Markdown, else a paragraph. */
export function detectParagraphs(ctx: ParseContext): void {
  for (const block of unlabelled(ctx)) {
    if (block.hint === 'blockquote') label(block, 'blockquote', 'paragraph-markdown-blockquote')
    else if (block.hint === 'thematic' || block.hint === 'html' || (block.hint === 'image' && !block.text))
      label(block, 'boilerplate', 'paragraph-markup', { kind: 'other' })
    else label(block, 'paragraph', 'paragraph-default')
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const PARAGRAPH_RULES: readonly RuleDoc[] = [
  { rule: 'paragraph-markdown-blockquote', id: 'blockquote/markdown', description: 'a Markdown block quote (> …)' },
  {
    rule: 'paragraph-markup',
    id: 'boilerplate/markup',
    description: 'Markdown with no words of its own: a thematic break, raw HTML, an image without alt text',
  },
  { rule: 'paragraph-default', id: 'paragraph/default', description: 'whatever no earlier rule took is body' },
]
