import { EMAIL_WORD, PHONE } from '../lexicon/releases.js'
import {
  CONTACTS_HEADING,
  NOT_FOR_PUBLICATION,
  NOTEBOOK_DIVIDER,
  NOTEBOOK_HEADING,
  NOTES_HEADING,
} from '../lexicon/wire-formats.js'
import type { BoilerplateKind } from '../model/article.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'
import { wireTrailerKind } from './wire-trailer.js'

/** Whether a line holds an e-mail address or a telephone number. */
export function hasContactDetails(text: string): boolean {
  return (text.includes('@') && text.split(/\s+/).some((word) => EMAIL_WORD.test(word))) || PHONE.test(text)
}

/**
 * Where the notebook starts: its heading, else the "not for publication" sentence (with the divider right above it).
 */
function notebookStart(ctx: ParseContext): number {
  const blocks = ctx.blocks
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    if (block.role !== null) continue
    if (NOTEBOOK_HEADING.test(block.text)) return i
    if (!NOT_FOR_PUBLICATION.test(block.text)) continue
    const above = blocks[i - 1]
    return above && above.role === null && NOTEBOOK_DIVIDER.test(above.text) ? i - 1 : i
  }
  return -1
}

type Section = 'notes' | 'contacts' | 'other'

/**
 * Step: dpa's notebook, from `# dpa NOTEBOOK` (or the "not for publication" sentence) to the end of
 * the story, which readers must never see: `not-for-publication` boilerplate, its contact sections
 * and any line with a telephone number or e-mail address `contact`, the desk's initials `signoff`.
 * The items under "## Note to editors" are also the wire object's notes to editors.
 */
export function detectWireNotebook(ctx: ParseContext): void {
  const start = notebookStart(ctx)
  if (start < 0) return
  let section: Section = 'other'
  for (const block of ctx.blocks.slice(start)) {
    if (block.role !== null) continue
    if (block.text.startsWith('#')) section = sectionOf(block.text)
    // The divider and the "not for publication" sentence close the notes above them.
    else if (NOTEBOOK_DIVIDER.test(block.text) || NOT_FOR_PUBLICATION.test(block.text)) section = 'other'
    const { kind, rule } = notebookKind(block, section)
    label(block, 'boilerplate', rule, { kind })
  }
}

function sectionOf(heading: string): Section {
  if (CONTACTS_HEADING.test(heading)) return 'contacts'
  if (NOTES_HEADING.test(heading)) return 'notes'
  return 'other'
}

function notebookKind(block: LabelledBlock, section: Section): { kind: BoilerplateKind; rule: string } {
  const text = block.text
  // The desk's initials under the notebook: "dpa wsz jln npr".
  if (wireTrailerKind(text)?.rule === 'wire-initials') return { kind: 'signoff', rule: 'wire-initials' }
  if (text.startsWith('#'))
    return { kind: section === 'contacts' ? 'contact' : 'not-for-publication', rule: 'wire-notebook' }
  if (section === 'contacts' || hasContactDetails(text)) return { kind: 'contact', rule: 'wire-notebook-contact' }
  if (section === 'notes') return { kind: 'not-for-publication', rule: 'wire-notebook-note' }
  return { kind: 'not-for-publication', rule: 'wire-notebook' }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const NOTEBOOK_RULES: readonly RuleDoc[] = [
  {
    rule: 'wire-notebook',
    id: 'boilerplate/wire-notebook',
    description: "dpa's notebook for editors ('# dpa NOTEBOOK', 'not for publication') to the end: never published",
  },
  {
    rule: 'wire-notebook-contact',
    id: 'boilerplate/wire-notebook-contact',
    description: 'a contact section of the notebook, or a line of it with a telephone number or e-mail',
  },
  {
    rule: 'wire-notebook-note',
    id: 'boilerplate/wire-notebook-note',
    description: "an item under the notebook's 'Note to editors'",
  },
]
