import type { ParagraphClass } from './paragraph-score.js'
import { endsSentence } from './paragraph-score.js'
import { rowCells } from './table.js'

// A table set between a story's paragraphs, copied off a page: its header row keeps the tabs between its cells
// ("Symptom<TAB>Cause"), its other cells come a line each (or lose their content, icons and ticks, and keep only
// their first cell). One by one these lines read as a menu; the header row and the prose on both sides say they are
// the story's table. A title may stand over the header row ("Table 6-1. Symptoms and causes").

/** Most lines of a table's cells, from its header row to the prose after it. */
const MAX_CELLS = 60

/** Whether an own class is prose. */
function isProse(c: ParagraphClass | undefined): boolean {
  return c === 'good' || c === 'near-good'
}

/** A header row: two cells or more apart by tabs, none of them a sentence ("Zone<TAB>Adult<TAB>Child"). */
export function isHeaderRow(line: string): boolean {
  if (!line.includes('\t')) return false
  return rowCells(line)?.every((cell) => !endsSentence(cell)) === true
}

/**
 * Tables between prose (by index into `lines`, each block's first raw line, and `own`, the classes before context):
 * a header row with prose right above it, or above a title line right above it, and prose within MAX_CELLS lines
 * under it. The title, the header row and every line down to that prose become `good`.
 */
export function markTablesInProse(lines: readonly string[], own: ParagraphClass[]): void {
  for (let k = 1; k < lines.length; k++) {
    if (!isHeaderRow(lines[k]!) || isProse(own[k])) continue
    const top = isProse(own[k - 1]) ? k : !isProse(own[k - 1]) && isProse(own[k - 2]) ? k - 1 : -1
    if (top < 0) continue
    let end = k + 1
    while (end < lines.length && end - k <= MAX_CELLS && own[end] !== 'good') end++
    if (end >= lines.length || end - k > MAX_CELLS || end === k + 1) continue
    for (let j = top; j < end; j++) own[j] = 'good'
    k = end
  }
}
