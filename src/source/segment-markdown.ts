import type { Root, RootContent, Image } from 'mdast'
import { toString } from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { tidy, type Block, type BlockHint } from './block.js'
import { splitLines } from './lines.js'

const HINTS: Partial<Record<RootContent['type'], BlockHint>> = {
  heading: 'heading',
  blockquote: 'blockquote',
  list: 'list',
  thematicBreak: 'thematic',
  code: 'code',
  html: 'html',
}

function onlyImage(node: RootContent): Image | undefined {
  if (node.type !== 'paragraph') return undefined
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''))
  const only = kids.length === 1 ? kids[0] : undefined
  if (only?.type === 'image') return only
  if (only?.type === 'link' && only.children.length === 1 && only.children[0]?.type === 'image') return only.children[0]
  return undefined
}

/**
 * Markdown input: remark-parse finds the structure and each top-level node
 * becomes one Block over the same source offsets. Lists give one block per item.
 */
export function segmentMarkdown(text: string, base = 0): Block[] {
  const tree = unified().use(remarkParse).parse(text) as Root
  const lines = splitLines(text, base)
  const blocks: Block[] = []
  let lastEnd = -1
  const push = (node: RootContent, words: string, hint?: BlockHint, extra: Partial<Block> = {}): void => {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    const own = lines.filter((l) => l.end >= base + start && l.start <= base + end && !l.blank)
    const between = text.slice(Math.max(0, lastEnd), start)
    blocks.push({
      index: blocks.length,
      text: tidy(words),
      start: base + start,
      end: base + end,
      lines: own,
      indent: own[0]?.indent ?? 0,
      afterBlank: lastEnd < 0 || /\n[ \t]*\r?\n/.test(between),
      ...(hint ? { hint } : {}),
      ...extra,
    })
    lastEnd = end
  }
  for (const node of tree.children) {
    if (node.type === 'definition') continue
    const image = onlyImage(node)
    if (image) {
      push(node, image.alt ?? '', 'image', image.title ? { title: image.title } : {})
    } else if (node.type === 'list') {
      for (const item of node.children) push(item as unknown as RootContent, toString(item), 'list')
    } else if (node.type === 'heading') {
      push(node, toString(node), 'heading', { depth: node.depth })
    } else if (node.type === 'thematicBreak' || node.type === 'html' || node.type === 'code') {
      push(node, node.type === 'thematicBreak' ? text.slice(node.position?.start.offset, node.position?.end.offset) : (node as { value: string }).value, HINTS[node.type])
    } else {
      push(node, toString(node), HINTS[node.type])
    }
  }
  return blocks.filter((b) => b.text.length > 0 || b.hint === 'image')
}
