import type { Root, RootContent } from 'mdast'
import { toString as textOf } from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { parse as parseYaml } from 'yaml'
import type { Article } from '../../src/index.js'

/**
 * Parses Markdown as a reader's tool would: remark-parse (CommonMark) with YAML front matter, and
 * with `gfm` as GitHub reads it, tables included (GFM also links every bare web address, text or not).
 */
export function parseMarkdown(md: string, gfm = false): Root {
  const parser = gfm ? unified().use(remarkParse).use(remarkGfm) : unified().use(remarkParse)
  return parser.use(remarkFrontmatter, ['yaml']).parse(md) as Root
}

/** The words of a top-level block: a table's rows a line each with cells apart by a tab, a list's items a line each. */
export function blockText(node: RootContent): string {
  if (node.type === 'table')
    return node.children.map((row) => row.children.map((cell) => textOf(cell)).join('\t')).join('\n')
  if (node.type === 'list') return node.children.map((item) => textOf(item)).join('\n')
  return textOf(node)
}

/** One top-level block of Markdown, reduced to its type and words: `h1`, `h2`, `p`, `em-p` (a paragraph that is all emphasis), `quote`, `hr`. */
export interface ReadBlock {
  kind: string
  text: string
}

function kindOf(node: RootContent): string {
  if (node.type === 'heading') return `h${node.depth}`
  if (node.type === 'paragraph')
    return node.children.length === 1 && node.children[0]!.type === 'emphasis' ? 'em-p' : 'p'
  if (node.type === 'blockquote') return 'quote'
  if (node.type === 'thematicBreak') return 'hr'
  return node.type
}

/** The front matter and the top-level blocks of a rendered Markdown document, in order (`gfm`: tables read as tables). */
export function readMarkdown(md: string, gfm = false): { front: Record<string, unknown> | null; blocks: ReadBlock[] } {
  const tree = parseMarkdown(md, gfm)
  const yaml = tree.children.find((n) => n.type === 'yaml')
  return {
    front: yaml ? (parseYaml(yaml.value) as Record<string, unknown>) : null,
    blocks: tree.children.filter((n) => n.type !== 'yaml').map((n) => ({ kind: kindOf(n), text: blockText(n) })),
  }
}

/** What the Markdown of an Article must read back as: headline, standfirst, images, body (and boilerplate when kept), in that order. */
export function expectedBlocks(article: Article, keepBoilerplate = false): ReadBlock[] {
  const out: ReadBlock[] = []
  if (article.headline) out.push({ kind: 'h1', text: article.headline })
  if (article.standfirst) out.push({ kind: 'em-p', text: article.standfirst })
  for (const image of article.images) {
    if (!image.caption && !image.credit) continue
    const credit = image.credit ? `${image.caption ? ' ' : ''}(Credit: ${image.credit})` : ''
    out.push({ kind: 'em-p', text: (image.caption ?? '') + credit })
  }
  for (const block of article.body) {
    if (block.type === 'table') out.push({ kind: 'table', text: block.text })
    else if (block.type === 'list') out.push({ kind: 'list', text: block.items.join('\n') })
    else
      out.push({
        kind: block.type === 'subheading' ? 'h2' : block.type === 'blockquote' ? 'quote' : 'p',
        text: block.text,
      })
  }
  if (keepBoilerplate && article.boilerplate.length) {
    out.push({ kind: 'hr', text: '' })
    for (const b of article.boilerplate) out.push({ kind: 'p', text: b.text })
  }
  return out
}

/** Node types that appear in a tree where the input text stayed text. */
export const PLAIN_NODE_TYPES = new Set([
  'root',
  'yaml',
  'heading',
  'paragraph',
  'emphasis',
  'text',
  'blockquote',
  'thematicBreak',
])

/** The node types a table or a list of the Article's body adds to the plain ones. */
export function allowedNodeTypes(article: Article): Set<string> {
  const types = new Set(PLAIN_NODE_TYPES)
  if (article.body.some((b) => b.type === 'table')) for (const t of ['table', 'tableRow', 'tableCell']) types.add(t)
  if (article.body.some((b) => b.type === 'list')) for (const t of ['list', 'listItem']) types.add(t)
  return types
}

/** Every node type in a tree, with how often it occurs. */
export function nodeTypes(tree: Root): Map<string, number> {
  const counts = new Map<string, number>()
  const walk = (node: { type: string; children?: unknown[] }): void => {
    counts.set(node.type, (counts.get(node.type) ?? 0) + 1)
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] })
  }
  walk(tree)
  return counts
}
