import { PAGE_CONTROL } from '../lexicon/page-meta.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { splitDateline } from './dateline.js'
import { notDekLine } from './dek-shape.js'
import { isReadingTime } from './meta-line.js'
import { isDateLine } from './page-date.js'
import { pageAnalysis } from './page-residue.js'
import { endsSentence } from './paragraph-score.js'
import type { RuleDoc } from './rule-doc.js'

// Lines a web page sets between its headline and its story that are neither:
// a control or a notice about the page ("Save this story for later.",
// "Continue reading the main story"), and the byline's author's bio ("Jane
// Roe is a senior reporter who covers the coast."). Left open, the first of
// them would be taken for the story's first paragraph.

/** Open blocks under the headline looked at: a header cluster is short. */
const BELOW = 8
/** A block this long that is neither ends the search: the story has started. */
const STORY_CHARS = 80

/**
 * Whether a block opens with one of the byline's authors' full names, then goes on as a sentence about them:
 * "Jane Roe is a senior reporter …", "Jane Roe covers the harbour …". Not the name alone (the byline's second
 * line), not "Jane Roe's ferry …" (a name is read whole, a space after it).
 */
export function isAuthorBio(text: string, authors: readonly string[]): boolean {
  return authors.some(
    (name) => name.includes(' ') && text.startsWith(`${name} `) && /\p{Ll}/u.test(text.charAt(name.length + 1)),
  )
}

/** Longest header line read as names, a stamp or a file name. */
const META_CHARS = 120

/**
 * Whether a line under the headline is the header's names, stamp or picture file name rather than prose: no
 * sentence, and one of notDekLine's shapes ("Lisa Roe and Tom Poe Marrow Bay Courier", "Kate Lin @katelin / 2
 * days", "发稿时间：2024-11-05 14:20 来源：…", "pier at dawn.jpg"). Not a dateline alone, which opens the
 * story.
 */
export function isHeaderMeta(text: string, language: string | null): boolean {
  if (text.length > META_CHARS || endsSentence(text) || notDekLine(text, language) === null) return false
  // A dateline alone on its line opens the story: "SAO PAULO, Feb. 1, 2017 /PRNewswire-AsiaNet/ --".
  return splitDateline(text) === null
}

/**
 * Step (after the cluster byline): under a web page's headline, before its story starts, a control or a notice
 * about the page (PAGE_CONTROL), a date or a reading time alone on its line, names or a stamp (isHeaderMeta), and a
 * block that opens with the byline's author's full name (isAuthorBio) right
 * under the byline, as boilerplate.
 */
export function detectHeaderControls(ctx: ParseContext): void {
  const blocks = ctx.blocks
  const head = blocks.findIndex((b) => b.role === 'headline')
  if (head < 0) return
  // A web page's date and reading time under the headline: the story's header, not its first paragraph.
  const web = pageAnalysis(ctx).residue
  let byline: LabelledBlock | undefined
  let open = 0
  for (let i = head + 1; i < blocks.length && open < BELOW; i++) {
    const b = blocks[i]!
    if (b.role === 'byline') byline ??= b
    if (b.role !== null) continue
    open++
    if (PAGE_CONTROL.test(b.text)) label(b, 'boilerplate', 'header-control', { kind: 'other' })
    else if (web && (isDateLine(b.text) || isReadingTime(b.text)))
      label(b, 'boilerplate', 'header-stamp', { kind: 'other' })
    else if (byline?.byline && isAuthorBio(b.text, byline.byline.authors))
      label(b, 'boilerplate', 'header-author-bio', { kind: 'other' })
    else if (isHeaderMeta(b.text, ctx.language)) label(b, 'boilerplate', 'header-meta', { kind: 'other' })
    else if (b.text.length >= STORY_CHARS) return
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const HEADER_CONTROL_RULES: readonly RuleDoc[] = [
  {
    rule: 'header-control',
    id: 'boilerplate/header-control',
    description:
      'on a web page, a control or notice about the page between the headline and the story ' +
      "('Save this story for later.')",
  },
  {
    rule: 'header-stamp',
    id: 'boilerplate/header-stamp',
    description:
      "on a web page, a date or a reading time between the headline and the story ('Updated March 12, 2025 at 10:00 " +
      "a.m.', '5 min read')",
  },
  {
    rule: 'header-meta',
    id: 'boilerplate/header-meta',
    description:
      "a line under the headline of names, a stamp in figures or a picture's file name, no sentence " +
      "('Lisa Roe and Tom Poe Marrow Bay Courier', 'pier at dawn.jpg')",
  },
  {
    rule: 'header-author-bio',
    id: 'boilerplate/header-author-bio',
    description:
      "on a web page, the byline's author's bio under the byline, before the story ('Jane Roe is a reporter …')",
  },
]
