import { listingLines } from './code-line.js'
import type { LabelledBlock } from './context.js'
import { markDatelineLeads } from './dateline-lead.js'
import { markFootnoteRuns } from './footnote-list.js'
import { settleListsInProse } from './introduced-list.js'
import { markListRuns, type ParagraphClass } from './paragraph-score.js'
import { markTablesInProse } from './table-in-prose.js'

// The layouts a page's text sets between its paragraphs, read before context: runs of short lines that are menus and
// lists of links (residue), and the story's own listings, notes, tables and lists, which read line by line as
// residue too but are the story's.

/**
 * Reads the layouts of the open blocks (`open`, their texts `texts`) into `own`, their classes before context:
 * lists of links become `bad` (markListRuns); an encyclopedia's notes (footnote-list.ts), a table between prose
 * (table-in-prose.ts) and a list a line of prose introduces (introduced-list.ts) become `good`; a code listing's
 * lines (code-line.ts) become `short`, to be judged by the prose around them. Returns which blocks are a listing's:
 * they weigh nothing in the search for the main text.
 */
export function readLayouts(
  open: readonly LabelledBlock[],
  texts: readonly string[],
  own: ParagraphClass[],
): boolean[] {
  const code = listingLines(
    open.map((b, k) => ({
      text: b.text,
      prose: own[k] === 'good' || own[k] === 'near-good',
      tight: k > 0 && !b.afterBlank && open[k - 1]!.index === b.index - 1,
    })),
  )
  markListRuns(texts, own, code)
  markDatelineLeads(texts, own)
  markFootnoteRuns(texts, own)
  // A table's header row is read as copied, its tabs between its cells.
  markTablesInProse(
    open.map((b) => b.lines.find((line) => !line.blank)?.text ?? b.text),
    own,
  )
  for (let k = 0; k < own.length; k++) if (code[k]) own[k] = 'short'
  settleListsInProse(texts, own)
  return code
}
