import { label, type ParseContext, unlabelled } from './context.js'

/** Step: whatever no earlier step claimed is body: a block quote in Markdown, else a paragraph. */
export function detectParagraphs(ctx: ParseContext): void {
  for (const block of unlabelled(ctx)) {
    if (block.hint === 'blockquote') label(block, 'blockquote', 'paragraph-markdown-blockquote')
    else if (block.hint === 'thematic' || block.hint === 'html' || (block.hint === 'image' && !block.text))
      label(block, 'boilerplate', 'paragraph-markup', { kind: 'other' })
    else label(block, 'paragraph', 'paragraph-default')
  }
}
