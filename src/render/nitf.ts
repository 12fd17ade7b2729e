import type { Article, Byline, Dateline } from '../model/article.js'
import { contentUri, copyrightNotice, isoDate, signoffs, storyDate } from './interchange.js'
import { bodyContent } from './nitf-body.js'
import { block, escapeText, inline } from './nitf-xml.js'

// NITF 3.6, the IPTC's XML for news text: one document a story, UTF-8, with the 3.6 namespace.
// README.md maps the fields; test/nitf.test.ts parses every fixture's output back and runs xmllint on it.

const NAMESPACE = 'http://iptc.org/std/NITF/2006-10-18/'

/** An ISO date-time as NITF's `norm` attributes write it: `20250303T000000Z`. */
function norm(iso: string | null): string | null {
  return iso ? iso.replace(/[-:]/g, '') : null
}

function nameToken(text: string | null | undefined): string | null {
  return text && /^[\p{L}\p{N}._:-]+$/u.test(text) ? text : null
}

function docdata(article: Article): string {
  const wire = article.wire
  const issued = storyDate(article)
  const embargoed = isoDate(wire?.embargo)
  return block('docdata', {}, [
    inline('doc-id', { 'id-string': contentUri(article) }, ''),
    wire?.priority?.rank ? inline('urgency', { 'ed-urg': wire.priority.rank }, '') : '',
    issued ? inline('date.issue', { norm: norm(issued) }, '') : '',
    embargoed ? inline('date.release', { norm: norm(embargoed) }, '') : '',
    ...(wire?.editorNotes ?? []).map((note) => inline('ed-msg', { info: note }, '')),
    wire?.embargo && !embargoed ? inline('ed-msg', { 'msg-type': 'embargo', info: wire.embargo }, '') : '',
    // du-key's version is a name token: "1stLd-Writethru" fits, "REFILE 1ST LEAD" does not and is left out.
    wire?.slug ? inline('du-key', { key: wire.slug, version: nameToken(wire.version) }, '') : '',
    wire?.keywords.length
      ? block(
          'key-list',
          {},
          wire.keywords.map((key) => inline('keyword', { key }, '')),
        )
      : '',
  ])
}

/** The dateline's words with the place and the date marked where they stand in it. */
function dateline(d: Dateline): string {
  let out = escapeText(d.text)
  for (const [part, name] of [
    [d.location, 'location'],
    [d.date, 'story.date'],
  ] as const) {
    if (!part) continue
    const escaped = escapeText(part)
    const attrs = name === 'story.date' ? { norm: norm(isoDate(part)) } : {}
    const at = out.indexOf(escaped)
    if (at >= 0) out = out.slice(0, at) + inline(name, attrs, escaped) + out.slice(at + escaped.length)
  }
  return inline('dateline', {}, out)
}

/** The byline's words, a job title that ends them ("AP Business Writer") marked as its `<byttl>`. */
function byline(b: Byline): string {
  const title = b.role && b.text.endsWith(b.role) ? b.role : null
  if (!title) return inline('byline', {}, escapeText(b.text))
  const names = b.text.slice(0, b.text.length - title.length)
  return inline('byline', {}, `${escapeText(names)}${inline('byttl', {}, escapeText(title))}`)
}

function bodyHead(article: Article): string {
  const hedline = [
    article.headline ? inline('hl1', {}, escapeText(article.headline)) : '',
    article.standfirst ? inline('hl2', {}, escapeText(article.standfirst)) : '',
  ]
  return block('body.head', {}, [
    hedline.some(Boolean) ? block('hedline', {}, hedline) : '',
    article.byline ? byline(article.byline) : '',
    article.byline?.agency ? inline('distributor', {}, escapeText(article.byline.agency)) : '',
    article.dateline ? dateline(article.dateline) : '',
    article.standfirst ? block('abstract', {}, [inline('p', {}, escapeText(article.standfirst))]) : '',
  ])
}

/** Sign-offs and the copyright line under the story. */
function bodyEnd(article: Article): string {
  const lines = signoffs(article).map(escapeText)
  const notice = copyrightNotice(article)
  if (notice) lines.push(inline('copyrite', {}, escapeText(notice)))
  return lines.length ? block('body.end', {}, [inline('tagline', {}, lines.join(' '))]) : ''
}

/** One Article as a NITF 3.6 document. */
export function renderNitf(article: Article): string {
  const title = article.headline ? inline('title', {}, escapeText(article.headline)) : ''
  const nitf = block('nitf', { xmlns: NAMESPACE, version: '-//IPTC//DTD NITF 3.6//EN', baselang: article.language }, [
    block('head', {}, [title, docdata(article)]),
    block('body', {}, [bodyHead(article), bodyContent(article), bodyEnd(article)]),
  ])
  return `<?xml version="1.0" encoding="UTF-8"?>\n${nitf}\n`
}
