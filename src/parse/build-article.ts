import { BYLINE_SECOND_LINE } from '../detect/cluster-byline.js'
import type { LabelledBlock, ParseContext } from '../detect/context.js'
import { countsOf } from '../detect/language.js'
import type { Article, BodyBlock, Boilerplate, Image, Message, Position } from '../model/article.js'
import { fileLocation } from '../source/file-location.js'
import { countWords } from '../source/words.js'

const WORDS_PER_MINUTE = 230

export interface StoryPlace {
  story: number
  stories: number
  start: number
  end: number
}

/**
 * Collects the labelled blocks of one story into an Article (not yet
 * validated). Without `positions` (the CLI's default) no part gets a
 * `position`: the same Article as with them, minus those fields, found
 * without a line lookup per block. Quotes keep their offsets in the block,
 * which the Markdown and HTML renderers mark them by.
 */
export function buildArticle(ctx: ParseContext, place: StoryPlace): Article {
  const positions = ctx.options.positions !== false
  const where = positions ? fileLocation(ctx.file) : null
  const point = (offset: number) => {
    const p = where!.toPoint(offset)
    return { line: p?.line ?? 1, column: p?.column ?? 1, offset }
  }
  const span = (from: LabelledBlock, to: LabelledBlock = from): Position | undefined =>
    positions ? { start: point(from.start), end: point(to.end) } : undefined
  // Parts are made with `position` only when there is one, so that JSON without positions has no key to strip.
  const at = <T extends object>(part: T, position: Position | undefined): T & { position?: Position } =>
    position ? { ...part, position } : part

  let headline: string | null = null
  let headlinePosition: Position | undefined
  let standfirst: string | null = null
  let standfirstPosition: Position | undefined
  let byline: Article['byline'] = null
  const images: Image[] = []
  const body: BodyBlock[] = []
  const boilerplate: Boilerplate[] = []
  let words = 0

  const blocks = ctx.blocks
  for (let k = 0; k < blocks.length; k++) {
    const block = blocks[k]!
    switch (block.role) {
      case 'headline':
        if (headline === null) {
          headline = block.text
          headlinePosition = span(block)
        } else {
          body.push(at({ type: 'subheading', text: block.text }, span(block)))
          words += countsOf(ctx, k).articleWords
        }
        break
      case 'standfirst': {
        // A dateline standing alone above a standfirst lies inside it, as a dateline lead-in lies inside its paragraph.
        const text = block.bodyText ?? block.text
        standfirst = standfirst === null ? text : `${standfirst} ${text}`
        if (positions)
          standfirstPosition = standfirstPosition
            ? { start: standfirstPosition.start, end: point(block.end) }
            : span(block)
        break
      }
      case 'byline':
        if (byline === null && block.byline) byline = at({ ...block.byline }, span(block))
        else if (block.rule === BYLINE_SECOND_LINE && byline?.position)
          // The name under a lead standing alone ("By" / "Jane Roe"): the byline's element reaches over it.
          byline.position = { start: byline.position.start, end: point(block.end) }
        else if (block.rule !== BYLINE_SECOND_LINE || byline === null)
          boilerplate.push(at({ kind: 'other', text: block.text }, span(block)))
        break
      case 'caption': {
        const credit = positions ? ctx.blocks.find((b) => b.role === 'credit' && b.creditOf === block.index) : undefined
        images.push(at({ caption: block.caption ?? null, credit: block.credit ?? null }, span(block, credit)))
        break
      }
      case 'credit':
        break
      case 'subheading':
        body.push(at({ type: 'subheading', text: block.text }, span(block)))
        words += countsOf(ctx, k).articleWords
        break
      case 'blockquote':
        body.push(at({ type: 'blockquote', text: block.text }, span(block)))
        words += countsOf(ctx, k).articleWords
        break
      case 'table': {
        const rows = block.rows ?? []
        const text = rows.map((row) => row.join('\t')).join('\n')
        body.push(at({ type: 'table', text, rows }, span(block)))
        words += countWords(text)
        break
      }
      case 'list': {
        // The items as written, a line each, their numbers or bullets kept: the list's words as the source has them.
        const items = block.items ?? []
        const text = block.text
        body.push(at({ type: 'list', text, ordered: block.ordered === true, items }, span(block)))
        words += countWords(text)
        break
      }
      case 'boilerplate':
        boilerplate.push(at({ kind: block.kind ?? 'other', text: block.text }, span(block)))
        break
      case 'paragraph':
      case null: {
        const text = block.bodyText ?? block.text
        body.push(at({ type: 'paragraph', text }, span(block)))
        words += text === block.text ? countsOf(ctx, k).articleWords : countWords(text)
        break
      }
    }
  }

  const messages: Message[] = [...fileMessages(ctx), ...ctx.messages]

  return {
    schemaVersion: 1,
    source: {
      path: ctx.file.path ?? null,
      encoding: String(ctx.file.data.encoding ?? 'utf-8'),
      story: place.story,
      stories: place.stories,
    },
    language: ctx.language,
    headline,
    ...(headlinePosition ? { headlinePosition } : {}),
    standfirst,
    ...(standfirstPosition ? { standfirstPosition } : {}),
    byline,
    dateline: ctx.dateline,
    images,
    body,
    quotes: ctx.quotes,
    boilerplate,
    wire: ctx.wire,
    stats: {
      words,
      paragraphs: body.filter((b) => b.type !== 'subheading').length,
      quotes: ctx.quotes.length,
      readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
    },
    messages,
  }
}

/** Messages about the whole file (decoding, splitting), which every story of it carries. */
function fileMessages(ctx: ParseContext): Message[] {
  return ctx.file.messages
    .filter((m) => m.place == null)
    .map((m) => ({
      ruleId: m.ruleId ?? 'article-parse',
      reason: m.reason,
      line: null,
      column: null,
      fatal: m.fatal === true,
    }))
}
