import type { Article, BodyBlock, Image, Quote } from '../model/article.js'
import { block, escapeText, inline } from './nitf-xml.js'

// NITF's body.content: paragraphs with their quotations in <q>, crossheads as <hl2>, block quotes in
// <bq>, agate as <table>, lists as <ol>/<ul>, images as <media>.

/**
 * A paragraph's text with each quotation in `<q>` (its marks kept inside, as written), its speaker in `quote-source`.
 */
export function quotedText(text: string, quotes: Quote[]): string {
  const spans = quotes
    .filter((q) => q.start !== undefined && q.end !== undefined && q.end <= text.length)
    .sort((a, b) => a.start! - b.start!)
  let out = ''
  let at = 0
  for (const q of spans) {
    if (q.start! < at) continue
    out += escapeText(text.slice(at, q.start))
    out += inline('q', { 'quote-source': q.speaker }, escapeText(text.slice(q.start, q.end)))
    at = q.end!
  }
  return out + escapeText(text.slice(at))
}

function table(rows: string[][]): string {
  // The first row is the head, as the Markdown and HTML renderers take it.
  const row = (cells: string[], cell: 'th' | 'td') =>
    block(
      'tr',
      {},
      cells.map((c) => inline(cell, {}, escapeText(c))),
    )
  return block(
    'table',
    {},
    rows.map((cells, i) => row(cells, i === 0 && rows.length > 1 ? 'th' : 'td')),
  )
}

function contentBlock(b: BodyBlock, index: number, article: Article): string {
  switch (b.type) {
    case 'table':
      return table(b.rows)
    case 'list':
      return block(
        b.ordered ? 'ol' : 'ul',
        {},
        b.items.map((item) => inline('li', {}, escapeText(item))),
      )
    case 'subheading':
      return inline('hl2', {}, escapeText(b.text))
    case 'blockquote':
      return block('bq', {}, [block('block', {}, [inline('p', {}, escapeText(b.text))])])
    case 'paragraph':
      return inline(
        'p',
        {},
        quotedText(
          b.text,
          article.quotes.filter((q) => q.block === index),
        ),
      )
  }
}

/** An image: NITF wants a reference, and we know none, so it is empty; the caption and the credit as given. */
function media(image: Image): string {
  return block('media', { 'media-type': 'image' }, [
    inline('media-reference', {}, ''),
    image.caption ? inline('media-caption', {}, escapeText(image.caption)) : '',
    image.credit ? inline('media-producer', {}, escapeText(image.credit)) : '',
  ])
}

/** The story's images, then its body blocks. */
export function bodyContent(article: Article): string {
  return block('body.content', {}, [
    ...article.images.map(media),
    ...article.body.map((b, i) => contentBlock(b, i, article)),
  ])
}
