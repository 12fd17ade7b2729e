import type { Article } from '../model/article.js'

export const FORMATS = ['json', 'ndjson', 'md', 'html', 'ninjs', 'nitf'] as const
export type Format = (typeof FORMATS)[number]

export interface RenderOptions {
  format?: Format
  keepBoilerplate?: boolean
  positions?: boolean
  pretty?: boolean
  standalone?: boolean
}

/** Renders one Article to a string, once its format's renderer is loaded. */
export type Renderer = (article: Article, options: RenderOptions) => string

async function loadRenderer(format: Format): Promise<Renderer> {
  switch (format) {
    case 'json':
    case 'ndjson': {
      const { renderJson } = await import('./json.js')
      return (article, options) =>
        renderJson(article, { positions: options.positions, pretty: format === 'json' && options.pretty })
    }
    case 'md': {
      const { renderMarkdown } = await import('./markdown.js')
      return renderMarkdown
    }
    case 'html': {
      const { renderHtml } = await import('./html.js')
      return renderHtml
    }
    case 'ninjs': {
      const { renderNinjs } = await import('./ninjs.js')
      return (article, options) => renderNinjs(article, { pretty: options.pretty })
    }
    case 'nitf': {
      const { renderNitf } = await import('./nitf.js')
      return renderNitf
    }
  }
}

// A dynamic import() goes through the module loader on every call, even for a module
// already loaded: in a batch that was a few percent of the CPU per file. Each format's
// renderer is looked up once.
const renderers = new Map<Format, Promise<Renderer>>()

/**
 * The renderer of a format. Each is imported on first use, so JSON output
 * never loads unified, remark or rehype.
 */
export function rendererFor(format: Format): Promise<Renderer> {
  let renderer = renderers.get(format)
  if (!renderer) {
    renderer = loadRenderer(format)
    renderers.set(format, renderer)
  }
  return renderer
}

/** Renders one Article (see `rendererFor`). */
export async function render(article: Article, options: RenderOptions = {}): Promise<string> {
  return (await rendererFor(options.format ?? 'json'))(article, options)
}
