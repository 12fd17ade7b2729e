import type { BlockContent, List, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast'
import { stringify as toYaml } from 'yaml'
import type { Article, BodyBlock, Quote, Wire } from '../model/article.js'

export interface MdastOptions {
  /** Keep boilerplate lines (in an `<aside>` / after a rule). */
  keepBoilerplate?: boolean
  /**
   * `markdown` gives a flat tree with YAML front matter; `html` wraps the
   * header, figures and boilerplate in semantic elements and marks quotes up.
   */
  target?: 'markdown' | 'html'
}

type Props = Record<string, string | string[] | undefined>

function text(value: string): PhrasingContent {
  return { type: 'text', value }
}

function para(children: PhrasingContent[], hName?: string, hProperties?: Props): Paragraph {
  return { type: 'paragraph', children, ...(hName || hProperties ? { data: { hName, hProperties } } : {}) } as Paragraph
}

/** A container that renders as `hName` in HTML (mdast has no generic container, so a block quote carries it). */
function box(hName: string, children: BlockContent[], hProperties?: Props): BlockContent {
  return { type: 'blockquote', children, data: { hName, hProperties } } as BlockContent
}

function span(value: string, className: string, extra: Props = {}): PhrasingContent {
  return {
    type: 'emphasis',
    children: [text(value)],
    data: { hName: 'span', hProperties: { className: [className], ...extra } },
  } as PhrasingContent
}

/**
 * A paragraph's text with each quotation wrapped in a `<span class="quote">` that carries its speaker
 * (`data-speaker`, `data-role`) and kind. The span holds the marks as written; `<q>` is not used, since
 * browsers add their own marks to it and the source's would show twice.
 */
function quotedPhrasing(value: string, quotes: Quote[]): PhrasingContent[] {
  const spans = quotes
    .filter((q) => q.start !== undefined && q.end !== undefined && q.end <= value.length)
    .sort((a, b) => a.start! - b.start!)
  const out: PhrasingContent[] = []
  let at = 0
  for (const q of spans) {
    if (q.start! < at) continue
    if (q.start! > at) out.push(text(value.slice(at, q.start)))
    const props: Props = { dataKind: q.kind }
    if (q.speaker) props.dataSpeaker = q.speaker
    if (q.role) props.dataRole = q.role
    out.push(span(value.slice(q.start, q.end), 'quote', props))
    at = q.end!
  }
  if (at < value.length) out.push(text(value.slice(at)))
  return out
}

function frontMatter(article: Article): RootContent | null {
  const data: Record<string, unknown> = {}
  if (article.headline) data.headline = article.headline
  if (article.byline) {
    data.byline = article.byline.text
    if (article.byline.authors.length) data.authors = article.byline.authors
    if (article.byline.agency) data.agency = article.byline.agency
  }
  if (article.dateline) data.dateline = article.dateline.text
  const wire = wireData(article.wire)
  if (wire) data.wire = wire
  const credits = article.images.map((i) => i.credit).filter((c): c is string => !!c)
  if (credits.length) data.credits = credits
  if (Object.keys(data).length === 0) return null
  return { type: 'yaml', value: toYaml(data).trimEnd() } as RootContent
}

/** The wire fields that say something (no nulls, no empty lists), in the contract's order; null when none do. */
function wireData(wire: Wire | null): Record<string, unknown> | null {
  if (!wire) return null
  const data: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(wire)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) continue
    data[key] = value
  }
  return Object.keys(data).length ? data : null
}

/** A table as GFM writes it (remark-gfm) and HTML shows it: the first row is the head. */
function table(rows: string[][]): Table {
  const width = Math.max(...rows.map((r) => r.length))
  return {
    type: 'table',
    children: rows.map((row) => ({
      type: 'tableRow',
      children: Array.from({ length: width }, (_, i) => ({ type: 'tableCell', children: [text(row[i] ?? '')] })),
    })),
  }
}

function list(ordered: boolean, items: string[]): List {
  return {
    type: 'list',
    ordered,
    spread: false,
    children: items.map((item) => ({ type: 'listItem', spread: false, children: [para([text(item)])] })),
  }
}

/** A table, a list or a text block, with its quotes marked (HTML) and the dateline before the first block's words. */
function bodyBlock(block: BodyBlock, index: number, article: Article, html: boolean): BlockContent {
  if (block.type === 'table') return table(block.rows)
  if (block.type === 'list') return list(block.ordered, block.items)
  if (block.type === 'subheading') return { type: 'heading', depth: 2, children: [text(block.text)] } as BlockContent
  const quotes = html ? article.quotes.filter((q) => q.block === index) : []
  const inline = quotes.length ? quotedPhrasing(block.text, quotes) : [text(block.text)]
  if (html && index === 0 && article.dateline) inline.unshift(span(article.dateline.text, 'dateline'), text(' — '))
  if (block.type === 'blockquote') return { type: 'blockquote', children: [para(inline)] } as BlockContent
  return para(inline)
}

/** The one tree both the Markdown and the HTML renderers start from. */
export function toMdast(article: Article, options: MdastOptions = {}): Root {
  const html = options.target === 'html'
  const header: BlockContent[] = []
  if (article.headline) header.push({ type: 'heading', depth: 1, children: [text(article.headline)] } as BlockContent)
  if (article.standfirst) {
    header.push(
      html
        ? para([text(article.standfirst)], 'p', { className: ['standfirst'] })
        : para([{ type: 'emphasis', children: [text(article.standfirst)] }]),
    )
  }
  if (html && article.byline) header.push(para([text(article.byline.text)], 'address', { className: ['byline'] }))

  const figures: BlockContent[] = article.images.map((image) => {
    const parts: PhrasingContent[] = []
    if (image.caption) parts.push(text(image.caption))
    if (image.credit) {
      if (html) parts.push(...(image.caption ? [text(' ')] : []), span(image.credit, 'credit'))
      else parts.push(text(`${image.caption ? ' ' : ''}(Credit: ${image.credit})`))
    }
    return html ? box('figure', [para(parts, 'figcaption')]) : para([{ type: 'emphasis', children: parts }])
  })

  const body: BlockContent[] = article.body.map((block, index) => bodyBlock(block, index, article, html))

  const tail: BlockContent[] = []
  if (options.keepBoilerplate && article.boilerplate.length) {
    const lines = article.boilerplate.map((b) =>
      html ? para([text(b.text)], 'p', { dataKind: b.kind }) : para([text(b.text)]),
    )
    if (html) tail.push(box('aside', lines, { className: ['boilerplate'] }))
    else tail.push({ type: 'thematicBreak' } as BlockContent, ...lines)
  }

  if (html) {
    const children: BlockContent[] = []
    if (header.length) children.push(box('header', header))
    children.push(...figures, ...body, ...tail)
    return { type: 'root', children: [box('article', children)] }
  }
  const fm = frontMatter(article)
  return { type: 'root', children: [...(fm ? [fm] : []), ...header, ...figures, ...body, ...tail] }
}
