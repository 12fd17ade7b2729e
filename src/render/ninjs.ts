import type { Article } from '../model/article.js'
import { renderHtml } from './html.js'
import { contentUri, copyrightNotice, isoDate, plainBody, storyDate } from './interchange.js'

// IPTC ninjs 3.1 (News in JSON): one object a story, valid against the IPTC schema, which allows no
// property of its own (test/ninjs.test.ts validates every fixture's output with it). README.md maps the fields.

type Ninjs = Record<string, unknown>

const STANDARD = { name: 'ninjs', version: '3.1', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json' }

/** The headline (`main`) and the standfirst (`subhead`). */
function headlines(article: Article): Ninjs[] {
  const out: Ninjs[] = []
  if (article.headline) out.push({ role: 'main', value: article.headline })
  if (article.standfirst) out.push({ role: 'subhead', value: article.standfirst })
  return out
}

/**
 * The body as plain text and as the HTML renderer writes it (no header, figures or boilerplate: ninjs holds those
 * apart).
 */
function bodies(article: Article): Ninjs[] {
  if (article.body.length === 0) return []
  const plain = plainBody(article)
  const bodyOnly = { ...article, headline: null, standfirst: null, byline: null, images: [] }
  // The HTML renderer's <article> is well-formed XML (test/ninjs.test.ts); the namespace makes it XHTML.
  const html = renderHtml(bodyOnly, { keepBoilerplate: false })
    .trimEnd()
    .replace(/^<article>/, '<article xmlns="http://www.w3.org/1999/xhtml">')
  return [
    { role: 'main', contentType: 'text/plain', wordCount: article.stats.words, value: plain },
    { role: 'main', contentType: 'application/xhtml+xml', value: html },
  ]
}

/** Each image as an associated picture: its caption as a description, its credit as `by`. */
function associations(article: Article, uri: string): Ninjs[] {
  return article.images.map((image, i) => ({
    name: `image${i + 1}`,
    uri: `${uri}/image/${i + 1}`,
    rel: 'image',
    type: 'picture',
    ...(image.caption ? { descriptions: [{ role: 'caption', value: image.caption }] } : {}),
    ...(image.credit ? { by: image.credit } : {}),
  }))
}

/** The speakers of the quotes, once each, in order of first quote. */
function people(article: Article): Ninjs[] {
  const seen = new Map<string, Ninjs>()
  for (const q of article.quotes)
    if (q.speaker && !seen.has(q.speaker)) seen.set(q.speaker, { name: q.speaker, rel: 'quoted' })
  return [...seen.values()]
}

/** Notes to editors, and an embargo that names no date ninjs can hold ("for release at 0001 GMT Tuesday"). */
function edNote(article: Article): string | null {
  const wire = article.wire
  if (!wire) return null
  const notes = [...wire.editorNotes]
  if (wire.embargo && !isoDate(wire.embargo)) notes.push(`Embargo: ${wire.embargo}`)
  return notes.length ? notes.join('\n') : null
}

/** Agencies named in the byline or dateline, as the sources of the story. */
function infoSources(article: Article): Ninjs[] {
  const names = new Set([article.byline?.agency, article.dateline?.agency].filter((a): a is string => !!a))
  return [...names].map((name) => ({ name, role: 'source' }))
}

/** One Article as a ninjs 3.1 object; properties without a value are left out, never null. */
export function toNinjs(article: Article): Ninjs {
  const uri = contentUri(article)
  const wire = article.wire
  const fields: Array<[string, unknown]> = [
    ['uri', uri],
    ['standard', STANDARD],
    ['type', 'text'],
    ['representationType', 'full'],
    ['version', wire?.version],
    ['versionCreated', storyDate(article)],
    ['embargoedUntil', isoDate(wire?.embargo)],
    ['urgency', wire?.priority?.rank],
    ['copyrightNotice', copyrightNotice(article)],
    ['edNote', edNote(article)],
    ['language', article.language],
    ['slugline', wire?.slug],
    ['headlines', headlines(article)],
    ['by', article.byline?.text],
    ['located', article.dateline?.location],
    ['bodies', bodies(article)],
    ['people', people(article)],
    ['subjects', (wire?.keywords ?? []).map((name) => ({ name, rel: 'keyword' }))],
    ['infoSources', infoSources(article)],
    ['altIds', wire?.sequence ? [{ role: 'sequence', value: wire.sequence }] : []],
    ['associations', associations(article, uri)],
  ]
  const out: Ninjs = {}
  for (const [key, value] of fields) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue
    out[key] = value
  }
  return out
}

export interface NinjsOptions {
  pretty?: boolean
}

export function renderNinjs(article: Article, options: NinjsOptions = {}): string {
  return JSON.stringify(toNinjs(article), null, options.pretty ? 2 : undefined)
}
