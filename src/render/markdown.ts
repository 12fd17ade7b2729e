import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import type { Article } from '../model/article.js'
import { toMdast } from './mdast.js'

/** Markdown with YAML front matter; text is escaped by remark-stringify so nothing becomes syntax it was not. */
export function renderMarkdown(article: Article, options: { keepBoilerplate?: boolean } = {}): string {
  const tree = toMdast(article, { ...options, target: 'markdown' })
  return (
    unified()
      .use(remarkFrontmatter, ['yaml'])
      // GFM for the tables of agate copy.
      .use(remarkGfm)
      .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-', fences: true })
      .stringify(tree)
  )
}
