import type { Wire } from '../model/article.js'
import { tidy } from './block.js'
import { child, childrenNamed, parseXml, textOf, type XmlElement } from './xml-tree.js'

// A NITF document's parts as the writer of the document gave them: headline, standfirst, byline,
// dateline, the body's blocks, the tagline and what its docdata says. Nothing is guessed here; the
// parse then runs its own steps over the paragraphs (quotes, a dateline inside the first one,
// boilerplate, captions).

/** Some words of the document and where their element's content lies in it. */
export interface NitfPart {
  text: string
  start: number
  end: number
}

export type NitfBlock = NitfPart &
  (
    | { kind: 'paragraph' | 'subheading' | 'blockquote' | 'signoff' | 'copyright' }
    | { kind: 'table'; rows: string[][] }
    | { kind: 'list'; ordered: boolean; items: string[] }
    | { kind: 'media'; caption: string | null; credit: string | null }
  )

export interface NitfStory {
  language: string | null
  headline: NitfPart | null
  /** `hl2`, and the abstract when it says something else: both stand under the headline. */
  standfirst: NitfPart[]
  /** The agency that distributes the story (`body.head/distributor`). */
  distributor: string | null
  /** The byline's words; `title` holds its `<byttl>` (a job title or an agency: "AP Sports Writer"). */
  byline: (NitfPart & { title: string | null }) | null
  dateline: (NitfPart & { location: string | null; date: string | null }) | null
  blocks: NitfBlock[]
  /** What docdata says, in the Article's wire shape; null when it says nothing. */
  wire: Wire | null
}

export type NitfResult = { story: NitfStory; error?: undefined } | { error: string; story?: undefined }

function part(element: XmlElement | undefined): NitfPart | null {
  if (!element) return null
  const text = tidy(textOf(element))
  return text ? { text, start: element.start, end: element.end } : null
}

/** A paragraph-like element, or a container's paragraphs (an abstract, a block quote) joined. */
function joined(element: XmlElement | undefined): NitfPart | null {
  const p = part(element)
  return p && element ? { ...p, text: tidy(childrenNamed(element, 'p').map(textOf).join(' ') || p.text) } : null
}

function table(element: XmlElement): string[][] {
  const rows = [
    ...childrenNamed(element, 'tr'),
    ...childrenNamed(element, 'thead', 'tbody', 'tfoot').flatMap((g) => childrenNamed(g, 'tr')),
  ]
  return rows.map((tr) => childrenNamed(tr, 'th', 'td').map((cell) => tidy(textOf(cell))))
}

function contentBlocks(content: XmlElement, out: NitfBlock[]): void {
  for (const el of content.children) {
    if (typeof el === 'string') continue
    const p = part(el)
    if (el.name === 'block') contentBlocks(el, out)
    else if (!p && el.name !== 'media') continue
    else if (el.name === 'p') out.push({ ...p!, kind: 'paragraph' })
    else if (el.name === 'hl2') out.push({ ...p!, kind: 'subheading' })
    else if (el.name === 'bq') out.push({ ...joined(el)!, kind: 'blockquote' })
    else if (el.name === 'table') out.push({ ...p!, kind: 'table', rows: table(el) })
    else if (el.name === 'ol' || el.name === 'ul') {
      const items = childrenNamed(el, 'li').map((li) => tidy(textOf(li)))
      out.push({ ...p!, text: items.join('\n'), kind: 'list', ordered: el.name === 'ol', items })
    } else if (el.name === 'media') {
      const caption = part(child(el, 'media-caption'))?.text ?? null
      const credit = part(child(el, 'media-producer'))?.text ?? null
      if (caption || credit)
        out.push({
          text: [caption, credit].filter(Boolean).join(' '),
          start: el.start,
          end: el.end,
          kind: 'media',
          caption,
          credit,
        })
    } else out.push({ ...p!, kind: 'paragraph' })
  }
}

/** The tagline's words as sign-offs, its `<copyrite>` apart as the copyright line. */
function tagline(end: XmlElement | undefined, out: NitfBlock[]): void {
  const line = child(end, 'tagline')
  if (!line) return
  const copyrite = child(line, 'copyrite')
  const rest = tidy(
    line.children
      .filter((c) => c !== copyrite)
      .map(textOf)
      .join(''),
  )
  if (rest) out.push({ text: rest, start: line.start, end: copyrite ? copyrite.start : line.end, kind: 'signoff' })
  const notice = part(copyrite)
  if (notice) out.push({ ...notice, kind: 'copyright' })
}

/** docdata's slug (du-key), urgency, keywords, notes to editors and embargo, in the Article's wire shape. */
function docdataWire(docdata: XmlElement | undefined): Wire | null {
  if (!docdata) return null
  const urgency = Number(child(docdata, 'urgency')?.attrs['ed-urg'])
  const notes = childrenNamed(docdata, 'ed-msg')
  const embargo = notes.find((n) => n.attrs['msg-type'] === 'embargo')
  const duKey = child(docdata, 'du-key')
  const wire: Wire = {
    slug: duKey?.attrs.key || null,
    keywords: childrenNamed(child(docdata, 'key-list'), 'keyword').flatMap((k) => (k.attrs.key ? [k.attrs.key] : [])),
    // NITF's urgency runs from 1 (most urgent) to 8; the Article's rank stops at 6.
    priority: Number.isInteger(urgency) && urgency >= 1 ? { code: String(urgency), rank: Math.min(urgency, 6) } : null,
    category: null,
    version: duKey?.attrs.version || null,
    wordCount: null,
    sequence: null,
    filed: null,
    embargo: embargo?.attrs.info || null,
    editorNotes: notes.filter((n) => n !== embargo).flatMap((n) => (n.attrs.info ? [n.attrs.info] : [])),
  }
  const says = Object.values(wire).some((v) => (Array.isArray(v) ? v.length > 0 : v !== null))
  return says ? wire : null
}

/** The hl2 and the abstract, the abstract only when it is not the hl2 again (as our writer gives both). */
function standfirst(hl2: NitfPart | null, abstract: NitfPart | null): NitfPart[] {
  if (!hl2) return abstract ? [abstract] : []
  return abstract && abstract.text !== hl2.text ? [hl2, abstract] : [hl2]
}

function byline(element: XmlElement | undefined): NitfStory['byline'] {
  const p = part(element)
  if (!p) return null
  return { ...p, title: part(child(element, 'byttl'))?.text ?? null }
}

function dateline(element: XmlElement | undefined): NitfStory['dateline'] {
  const p = part(element)
  if (!p) return null
  const location = part(child(element, 'location'))?.text ?? null
  const date = part(child(element, 'story.date'))?.text ?? null
  return { ...p, location, date }
}

/** A NITF document's parts, or why it is not one: not well-formed, or another root element. */
export function readNitf(xml: string): NitfResult {
  const parsed = parseXml(xml)
  if (parsed.error !== undefined) return { error: `is not well-formed XML (${parsed.error})` }
  const root = parsed.root
  if (root.name !== 'nitf') return { error: `is XML with the root element <${root.name}>, not NITF <nitf>` }
  const head = child(root, 'head')
  const body = child(root, 'body')
  const bodyHead = child(body, 'body.head')
  const hedline = child(bodyHead, 'hedline')
  const blocks: NitfBlock[] = []
  for (const content of childrenNamed(body, 'body.content')) contentBlocks(content, blocks)
  tagline(child(body, 'body.end'), blocks)
  const bylines = childrenNamed(bodyHead, 'byline')
  const lang = root.attrs.baselang ?? root.attrs.lang ?? null
  return {
    story: {
      language: lang ? lang.split(/[-_]/)[0]!.toLowerCase() : null,
      headline: part(child(hedline, 'hl1')) ?? part(child(head, 'title')),
      standfirst: standfirst(part(child(hedline, 'hl2')), joined(child(bodyHead, 'abstract'))),
      distributor: part(child(bodyHead, 'distributor'))?.text ?? null,
      byline: byline(bylines[0]),
      dateline: dateline(child(bodyHead, 'dateline')),
      blocks,
      wire: docdataWire(child(head, 'docdata')),
    },
  }
}
