import type { Article } from '../model/article.js'

export interface JsonOptions {
  /** Keep `position` (and quote offsets); they are always computed, printed only on request. */
  positions?: boolean
  /** Indent by two spaces. */
  pretty?: boolean
}

const POSITION_KEYS = new Set(['position', 'headlinePosition', 'standfirstPosition', 'start', 'end'])

function withoutPositions(value: unknown, inQuote = false): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutPositions(v, inQuote))
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      if (POSITION_KEYS.has(k) && (k.endsWith('osition') || (inQuote && typeof v === 'number'))) continue
      out[k] = withoutPositions(v, k === 'quotes')
    }
    return out
  }
  return value
}

export function renderJson(article: Article, options: JsonOptions = {}): string {
  const value = options.positions ? article : withoutPositions(article)
  return JSON.stringify(value, null, options.pretty ? 2 : undefined)
}
