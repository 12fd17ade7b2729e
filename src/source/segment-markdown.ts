import type { Image, Nodes, Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { type Block, type BlockHint, tidy } from './block.js'
import { splitLines } from './lines.js'

const HINTS: Partial<Record<RootContent['type'], BlockHint>> = {
  heading: 'heading',
  blockquote: 'blockquote',
  list: 'list',
  thematicBreak: 'thematic',
  code: 'code',
  html: 'html',
}

/**
 * The words of a node, as mdast-util-to-string gives them (values and image
 * alts, children joined), but walked with a stack instead of recursion: a
 * hostile `>>>>…` line 20,000 deep overflowed the call stack.
 */
function wordsOfNode(root: Nodes): string {
  const out: string[] = []
  const stack: Nodes[] = [root]
  while (stack.length > 0) {
    const node = stack.pop()!
    if ('value' in node) out.push(node.value)
    else if ('alt' in node && node.alt) out.push(node.alt)
    else if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return out.join('')
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
  // Nodes come in source order, so the lines of each start at or after those of the last: a cursor keeps this linear
  // (filtering every line per node was quadratic on long lists).
  let cursor = 0
  const push = (node: RootContent, words: string, hint?: BlockHint, extra: Partial<Block> = {}): void => {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    while (cursor < lines.length && lines[cursor]!.end < base + start) cursor++
    const own: typeof lines = []
    for (let i = cursor; i < lines.length && lines[i]!.start <= base + end; i++)
      if (!lines[i]!.blank) own.push(lines[i]!)
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
      for (const item of node.children) push(item as unknown as RootContent, wordsOfNode(item), 'list')
    } else if (node.type === 'heading') {
      push(node, wordsOfNode(node), 'heading', { depth: node.depth })
    } else if (node.type === 'thematicBreak' || node.type === 'html' || node.type === 'code') {
      push(
        node,
        node.type === 'thematicBreak'
          ? text.slice(node.position?.start.offset, node.position?.end.offset)
          : (node as { value: string }).value,
        HINTS[node.type],
      )
    } else {
      push(node, wordsOfNode(node), HINTS[node.type])
    }
  }
  return blocks.filter((b) => b.text.length > 0 || b.hint === 'image')
}
