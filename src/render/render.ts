import type { Article } from '../model/article.js'

export const FORMATS = ['json', 'ndjson', 'md', 'html'] as const
export type Format = (typeof FORMATS)[number]

export interface RenderOptions {
  format?: Format
  keepBoilerplate?: boolean
  positions?: boolean
  pretty?: boolean
  standalone?: boolean
}

/**
 * Renders one Article. Each format's renderer is imported on first use, so
 * JSON output never loads unified, remark or rehype.
 */
export async function render(article: Article, options: RenderOptions = {}): Promise<string> {
  const format = options.format ?? 'json'
  switch (format) {
    case 'json':
    case 'ndjson': {
      const { renderJson } = await import('./json.js')
      return renderJson(article, { positions: options.positions, pretty: format === 'json' && options.pretty })
    }
    case 'md': {
      const { renderMarkdown } = await import('./markdown.js')
      return renderMarkdown(article, options)
    }
    case 'html': {
      const { renderHtml } = await import('./html.js')
      return renderHtml(article, options)
    }
  }
}
