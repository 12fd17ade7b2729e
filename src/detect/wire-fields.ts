import {
  AAP_CATEGORY,
  AAP_SLUG_TAG,
  ANPA_PRIORITY_RANK,
  ANPA_SERVICE_LINE,
  EMBARGO,
  FIELD_TAGS,
} from '../lexicon/wire-formats.js'
import type { Wire } from '../model/article.js'
import { LIST_MARKER } from '../source/line-shapes.js'
import type { LabelledBlock, ParseContext } from './context.js'
import { aapTag, fieldTag } from './wire-aap.js'
import { parseAnpaHeader, parseAnpaSlug, slugOfKeyword } from './wire-anpa.js'
import { withoutAnpaMarks } from './wire-framing.js'
import { parseIptcHeader } from './wire-iptc.js'

/** A wire object with nothing in it. */
export function emptyWire(): Wire {
  return {
    slug: null,
    keywords: [],
    priority: null,
    category: null,
    version: null,
    wordCount: null,
    sequence: null,
    filed: null,
    embargo: null,
    editorNotes: [],
  }
}

/**
 * What the blocks the wire steps labelled say, gathered in one pass; the slug of a slug line wins over the header's cut
 * one.
 */
class WireReader {
  readonly wire = emptyWire()
  found = false
  private headerSlug: string | null = null
  private headerVersion: string | null = null
  private slugVersion: string | null = null
  private readonly flags: string[] = []

  read(block: LabelledBlock): void {
    const text = block.text
    switch (block.rule) {
      case 'wire-anpa-service':
        this.set('sequence', ANPA_SERVICE_LINE.exec(text)?.[2] ?? null)
        break
      case 'wire-anpa-header':
      case 'wire-iptc-header':
      case 'wire-slug':
        this.header(text)
        break
      case 'wire-anpa-slug':
        this.slugLine(text)
        break
      case 'wire-keywords':
        this.keywordLine(text)
        break
      case 'wire-flag':
        this.flags.push(text)
        this.found = true
        break
      case 'wire-editor-note':
        this.note(text)
        break
      case 'wire-notebook-note':
        this.note(text.replace(LIST_MARKER, ''))
        break
      case 'wire-filing':
      case 'wire-filing-time':
      case 'wire-timestamp':
        this.set('filed', withoutAnpaMarks(text) || null)
        break
      case 'wire-aap-tag':
        this.aapTag(text)
        break
      case 'wire-field-tag':
        this.fieldTag(text)
        break
    }
  }

  /** The wire object, or null when no block said anything. */
  result(): Wire | null {
    if (!this.found) return null
    const w = this.wire
    w.slug ??= this.headerSlug
    w.version = this.headerVersion ?? (this.flags.length > 0 ? this.flags.join(' ') : this.slugVersion)
    return w
  }

  private set<K extends 'slug' | 'category' | 'sequence' | 'filed' | 'embargo'>(key: K, value: string | null): void {
    if (value === null || this.wire[key] !== null) return
    this.wire[key] = value
    this.found = true
  }

  private header(text: string): void {
    const anpa = parseAnpaHeader(text)
    if (anpa) {
      this.priority(anpa.priority, ANPA_PRIORITY_RANK[anpa.priority] ?? null)
      this.set('category', anpa.category)
      this.wire.wordCount ??= anpa.wordCount
      this.headerSlug ??= slugOfKeyword(anpa.keyword)
      this.headerVersion ??= anpa.version
      return
    }
    const iptc = parseIptcHeader(text)
    if (iptc) {
      const digit = Number(iptc.priority)
      this.priority(iptc.priority, digit >= 1 && digit <= 6 ? digit : null)
      this.set('category', iptc.category)
      this.set('sequence', iptc.sequence)
      this.wire.wordCount ??= iptc.wordCount
      return
    }
    this.slugLine(withoutAnpaMarks(text))
  }

  private priority(code: string, rank: number | null): void {
    this.wire.priority ??= { code, rank }
    this.found = true
  }

  private slugLine(text: string): void {
    const slug = parseAnpaSlug(text)
    if (!slug) return
    this.set('slug', slug.slug)
    this.wire.wordCount ??= slug.wordCount
    this.slugVersion ??= slug.version
  }

  /** dpa's "Switzerland/migration/UN/": the slug without its closing slash, and each part a keyword. */
  private keywordLine(text: string): void {
    let end = text.length
    while (end > 0 && text[end - 1] === '/') end--
    const slug = text.slice(0, end).trim()
    this.set('slug', slug || null)
    this.wire.keywords.push(
      ...slug
        .split('/')
        .map((k) => k.trim())
        .filter(Boolean),
    )
  }

  private note(text: string): void {
    const embargo = EMBARGO.exec(text)
    if (embargo) this.set('embargo', embargo[1]!.trim())
    else {
      this.wire.editorNotes.push(text)
      this.found = true
    }
  }

  /** AAP: the slug after `#`; the category is the first tag holding one capital letter ("%A", "$J"). */
  private aapTag(text: string): void {
    const tag = aapTag(text)
    if (!tag) return
    if (tag.tag === AAP_SLUG_TAG) this.set('slug', tag.value || null)
    else if (AAP_CATEGORY.test(tag.value)) this.set('category', tag.value)
    this.found = true
  }

  private fieldTag(text: string): void {
    const field = fieldTag(text)
    if (!field) return
    this.found = true
    if (field.tag === FIELD_TAGS.keywords) this.wire.keywords.push(...field.value.split(/\s+/).filter(Boolean))
    else if (field.tag === FIELD_TAGS.sequence) this.set('sequence', field.value || null)
    else if (field.tag === FIELD_TAGS.filed) this.set('filed', field.value || null)
  }
}

/**
 * Step: the Article's `wire` object, read off the blocks the wire steps labelled: the ANPA-1312
 * or 7901 header (priority, category, word count, sequence), the slug line or keyword lines, flag
 * lines (version: "REFILE 1ST LEAD"), notes to editors and embargoes, the filing time, AAP tags.
 */
export function detectWireFields(ctx: ParseContext): void {
  const reader = new WireReader()
  for (const block of ctx.blocks) if (block.role === 'boilerplate') reader.read(block)
  ctx.wire = reader.result()
}
