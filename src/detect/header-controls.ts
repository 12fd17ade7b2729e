import { PAGE_CONTROL } from '../lexicon/page-meta.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
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

/**
 * Step (after the cluster byline): under a web page's headline, before its story starts, a control or a notice
 * about the page (PAGE_CONTROL), and a block that opens with the byline's author's full name (isAuthorBio) right
 * under the byline, as boilerplate.
 */
export function detectHeaderControls(ctx: ParseContext): void {
  const blocks = ctx.blocks
  const head = blocks.findIndex((b) => b.role === 'headline')
  if (head < 0) return
  let byline: LabelledBlock | undefined
  let open = 0
  for (let i = head + 1; i < blocks.length && open < BELOW; i++) {
    const b = blocks[i]!
    if (b.role === 'byline') byline ??= b
    if (b.role !== null) continue
    open++
    if (PAGE_CONTROL.test(b.text)) label(b, 'boilerplate', 'header-control', { kind: 'other' })
    else if (byline?.byline && isAuthorBio(b.text, byline.byline.authors))
      label(b, 'boilerplate', 'header-author-bio', { kind: 'other' })
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
    rule: 'header-author-bio',
    id: 'boilerplate/header-author-bio',
    description:
      "on a web page, the byline's author's bio under the byline, before the story ('Jane Roe is a reporter …')",
  },
]
