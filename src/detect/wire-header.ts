import { EDITOR_NOTE, EQUALS_MARK, FLAG_HELPERS, FLAG_WORDS, KEYWORD_LINE, SLUG } from '../lexicon/wire.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'

const MAX_HEADER_BLOCKS = 8
const MAX_SLUG = 120

/** Whether a line is made only of wire flags: "URGENT", "REFILE-CORRECTED", "1ST LEAD", "UPDATE 2". */
export function isFlagLine(text: string): boolean {
  const words = text.split(/[\s,/:-]+/).filter(Boolean)
  if (words.length === 0 || words.length > 6) return false
  const number = (w: string) => /^\d{1,2}(?:ST|ND|RD|TH)?$/.test(w)
  return (
    words.some((w) => FLAG_WORDS.includes(w)) &&
    words.every((w) => FLAG_WORDS.includes(w) || FLAG_HELPERS.includes(w) || number(w))
  )
}

/** The rule a header block (slug, flag, keyword line, note to editors) matches, or null. */
export function wireHeaderRule(text: string): string | null {
  if (text.length <= MAX_SLUG && SLUG.test(text)) return 'wire-slug'
  if (text.length <= MAX_SLUG && isFlagLine(text)) return 'wire-flag'
  if (text.length <= MAX_SLUG && KEYWORD_LINE.test(text)) return 'wire-keywords'
  if (isEditorNote(text)) return 'wire-editor-note'
  return null
}

/** A note to editors (EDITOR_NOTE, in a block of at most 600 characters). */
export function isEditorNote(text: string): boolean {
  return text.length <= 600 && EDITOR_NOTE.test(text)
}

function isHeader(block: LabelledBlock): boolean {
  return block.hint === undefined && block.role === null
}

/**
 * Step: the lines a wire service sends above a story. From the top, slug
 * and header lines (`BC-US--Rescued Pony Home, 1st Ld-Writethru`,
 * `ZCZC …`), flags (`URGENT`, `REFILE`, `1ST LEAD`), dpa keyword lines
 * (`Deutschland/Frankreich/`) and notes to editors (`Eds: …`) are
 * `editor-note` boilerplate; a dpa headline closed by ` =` loses its
 * mark. Notes to editors are taken anywhere.
 */
export function detectWireHeader(ctx: ParseContext): void {
  let seen = 0
  for (const block of ctx.blocks) {
    if (seen >= MAX_HEADER_BLOCKS) break
    if (block.role !== null) continue
    if (!isHeader(block)) break
    seen++
    const rule = wireHeaderRule(block.text)
    if (rule) {
      label(block, 'boilerplate', rule, { kind: 'editor-note' })
      continue
    }
    // The headline step takes this block next; it gets the words without the mark.
    if (block.text.endsWith(EQUALS_MARK) && block.text.length > 5 && block.lines.length <= 3) {
      block.text = block.text.slice(0, -EQUALS_MARK.length).trimEnd()
    }
    break
  }
  for (const block of ctx.blocks) {
    if (block.role === null && block.hint === undefined && isEditorNote(block.text)) {
      label(block, 'boilerplate', 'wire-editor-note', { kind: 'editor-note' })
    }
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const WIRE_HEADER_RULES: readonly RuleDoc[] = [
  {
    rule: 'wire-slug',
    id: 'boilerplate/wire-slug',
    description: "a slug or header line above the story ('BC-US--Rescued Pony Home', 'ZCZC …')",
  },
  {
    rule: 'wire-flag',
    id: 'boilerplate/wire-flag',
    description: "a line made only of wire flags ('URGENT', 'REFILE-CORRECTED', '1ST LEAD')",
  },
  {
    rule: 'wire-keywords',
    id: 'boilerplate/wire-keywords',
    description: "a keyword line above the story ('Deutschland/Frankreich/')",
  },
  {
    rule: 'wire-editor-note',
    id: 'boilerplate/wire-editor-note',
    description: "a note to editors ('Eds: …', 'Editor's note: …'), at the top or anywhere",
  },
]
