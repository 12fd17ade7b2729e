import type { VFile } from 'vfile'
import { parseByline, parseRoleLine } from '../detect/byline.js'
import type { LabelledBlock, ParseContext, ParseOptions, Role } from '../detect/context.js'
import { splitDateline } from '../detect/dateline.js'
import type { Byline, Dateline } from '../model/article.js'
import type { NitfBlock, NitfPart, NitfStory } from '../source/read-nitf.js'
import { labelled } from './labelled-block.js'

// A NITF story ready for the steps: its headline, standfirst, byline, crossheads, tables, lists and
// images labelled as the document marks them, its paragraphs and tagline left to the steps below.

/**
 * The steps that run over a NITF story's paragraphs: boilerplate, captions, the dateline inside
 * the first paragraph (when body.head has none), quotes. The language is detected when the
 * document does not state it. The document's own structure stands for every other step.
 */
const NITF_STEPS = ['boilerplate', 'media', 'paragraph', 'dateline', 'quotes']

function block(
  index: number,
  part: NitfPart,
  role: Role | null,
  rule: string,
  extra: Partial<LabelledBlock> = {},
): LabelledBlock {
  const lines = [{ start: part.start, end: part.end, text: part.text, indent: 0, blank: false }]
  const open = labelled({
    index,
    text: part.text,
    start: part.start,
    end: part.end,
    lines,
    indent: 0,
    afterBlank: true,
  })
  return { ...open, role, rule: role ? rule : undefined, ...extra }
}

function contentBlock(index: number, b: NitfBlock): LabelledBlock {
  switch (b.kind) {
    case 'subheading':
    case 'blockquote':
      return block(index, b, b.kind, `nitf-${b.kind}`)
    case 'table':
      return block(index, b, 'table', 'nitf-table', { rows: b.rows })
    case 'list':
      return block(index, b, 'list', 'nitf-list', { items: b.items, ordered: b.ordered })
    case 'media':
      return block(index, b, 'caption', 'nitf-media', { caption: b.caption, credit: b.credit })
    case 'signoff':
    case 'copyright':
      return block(index, b, 'boilerplate', 'nitf-tagline', { kind: b.kind })
    case 'paragraph':
      return block(index, b, null, '')
  }
}

/**
 * The byline as our byline rule reads it, its `<byttl>` apart as the role or agency under the names, else the
 * distributor as its agency.
 */
function byline(given: NonNullable<NitfStory['byline']>, distributor: string | null): Byline {
  const names = given.title ? given.text.slice(0, given.text.lastIndexOf(given.title)).trim() : given.text
  const read = parseByline(names) ?? { text: names, authors: [], agency: null }
  const title = given.title ? parseRoleLine(given.title) : null
  return {
    ...read,
    text: given.text,
    agency: read.agency ?? title?.agency ?? distributor,
    ...(title?.role && !read.role ? { role: title.role } : {}),
  }
}

const MAX_DATELINE = 200

/** The dateline as body.head gives it: its place and date as marked, else as our dateline rule reads them. */
function dateline(given: NonNullable<NitfStory['dateline']>): Dateline {
  // A dateline is a few words: a longer element (a hostile one) is taken as it is, not read by the pattern.
  const read = given.text.length <= MAX_DATELINE ? splitDateline(given.text)?.dateline : undefined
  return {
    text: given.text,
    location: given.location ?? read?.location ?? null,
    date: given.date ?? read?.date ?? null,
    agency: read?.agency ?? null,
  }
}

/** One NITF story's context: `text` is the whole document, and every block's offsets point into it. */
export function nitfContext(file: VFile, story: NitfStory, options: ParseOptions): ParseContext {
  const blocks: LabelledBlock[] = []
  const add = (part: NitfPart | null, role: Role, rule: string, extra: Partial<LabelledBlock> = {}) => {
    if (part) blocks.push(block(blocks.length, part, role, rule, extra))
  }
  add(story.headline, 'headline', 'nitf-hl1')
  for (const part of story.standfirst) add(part, 'standfirst', 'nitf-hl2')
  if (story.byline) add(story.byline, 'byline', 'nitf-byline', { byline: byline(story.byline, story.distributor) })
  for (const b of story.blocks) blocks.push(contentBlock(blocks.length, b))
  const text = String(file.value ?? '')
  const steps = story.language ? NITF_STEPS : ['language', ...NITF_STEPS]
  return {
    file,
    text,
    base: 0,
    blocks,
    layout: { wrapped: false, wrapWidth: 0, bodyIndent: 0, firstLineIndent: false },
    options: { ...options, from: 'nitf' },
    steps: new Set(steps),
    dateline: story.dateline ? dateline(story.dateline) : null,
    wireFormat: null,
    wire: story.wire,
    quotes: [],
    language: story.language,
    counted: [],
    messages: [],
  }
}
