import type { Article } from '../model/article.js'

export interface JsonOptions {
  /** Keep `position` (and quote offsets); they are always computed, printed only on request. */
  positions?: boolean
  /** Indent by two spaces. */
  pretty?: boolean
}

// Positions sit in known places of the Article: `position` on each part, the headline's and
// standfirst's beside them, and character offsets on quotes. Stripped by shape (a generic walk
// over every key cost as much as the rest of rendering); key order is kept, so output is stable.
// test/render.test.ts checks that no position survives in any fixture's output.
function omitPosition<T extends { position?: unknown }>(part: T): Omit<T, 'position'> {
  const { position: _position, ...rest } = part
  return rest
}

/** Whether any part carries a position (an Article built without positions has none). */
function hasPositions(article: Article): boolean {
  const placed = (part: { position?: unknown }) => part.position !== undefined
  return (
    article.headlinePosition !== undefined ||
    article.standfirstPosition !== undefined ||
    (article.byline !== null && placed(article.byline)) ||
    (article.dateline !== null && placed(article.dateline)) ||
    article.images.some(placed) ||
    article.body.some(placed) ||
    article.boilerplate.some(placed)
  )
}

function withoutOffsets({ start: _start, end: _end, ...quote }: Article['quotes'][number]): unknown {
  return quote
}

function withoutPositions(article: Article): unknown {
  // Built without positions (the CLI): only the quotes' offsets are left to drop.
  if (!hasPositions(article))
    return article.quotes.length === 0 ? article : { ...article, quotes: article.quotes.map(withoutOffsets) }
  const { headlinePosition: _h, standfirstPosition: _s, ...rest } = article
  return {
    ...rest,
    byline: article.byline && omitPosition(article.byline),
    dateline: article.dateline && omitPosition(article.dateline),
    images: article.images.map(omitPosition),
    body: article.body.map(omitPosition),
    quotes: article.quotes.map(withoutOffsets),
    boilerplate: article.boilerplate.map(omitPosition),
  }
}

export function renderJson(article: Article, options: JsonOptions = {}): string {
  const value = options.positions ? article : withoutPositions(article)
  return JSON.stringify(value, null, options.pretty ? 2 : undefined)
}
