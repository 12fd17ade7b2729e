import { stripControls } from '../source/lines.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'
import { mergeWithNext } from './wire-merge.js'

// Agate: results, standings, weather tables sent as text, their columns apart by tabs or by two
// spaces and more ("Hawks      10   2   .833"). Rows of one width where numbers fill the cells.
const CELL_GAP = /\t+| {2,}/
const NUMBER = /^[+-]?(?:\d[\d.,:/%-]*|\.\d+)$/
/** The fewest rows a table has. */
const MIN_ROWS = 2
/** The longest line a row of agate is: a few short cells, not a paragraph's line of prose. */
const MAX_ROW = 120
/** The longest cell: a team, a city or a name, never a sentence. */
const MAX_CELL = 40

/** The cells of one line of agate, or null for a line with fewer than two. */
export function rowCells(line: string): string[] | null {
  if (line.length > MAX_ROW) return null
  const words = stripControls(line).trim()
  if (!CELL_GAP.test(words)) return null
  const cells = words.split(CELL_GAP).map((c) => c.trim())
  return cells.length >= 2 && cells.every((c) => c.length > 0 && c.length <= MAX_CELL) ? cells : null
}

/** The rows of a block whose every line is a row of agate, or null. */
function blockRows(block: LabelledBlock): string[][] | null {
  if (block.role !== null || block.hint !== undefined) return null
  const rows: string[][] = []
  for (const line of block.lines) {
    if (line.blank) continue
    const cells = rowCells(line.text)
    if (!cells) return null
    rows.push(cells)
  }
  return rows.length > 0 ? rows : null
}

/**
 * Whether rows read as a table: two rows at least, each as wide as the others, and numbers in
 * most of them ("Hawks 10 2 .833"), not two columns of words that happen to be spaced apart.
 */
export function isTable(rows: string[][]): boolean {
  if (rows.length < MIN_ROWS) return false
  const width = rows[0]!.length
  if (!rows.every((row) => row.length === width)) return false
  const numeric = rows.filter((row) => row.some((cell) => NUMBER.test(cell))).length
  return numeric * 2 >= rows.length
}

/**
 * Step: tables of agate. A run of blocks with no blank line between them, each line of which is a
 * row of cells apart by tabs or runs of spaces, becomes one `table` block with its rows: rows are
 * never joined into a paragraph.
 */
export function detectTables(ctx: ParseContext): void {
  for (let i = 0; i < ctx.blocks.length; i++) {
    const first = ctx.blocks[i]!
    const rows = blockRows(first)
    if (!rows) continue
    let end = i + 1
    for (; end < ctx.blocks.length; end++) {
      const next = ctx.blocks[end]!
      const more = next.afterBlank ? null : blockRows(next)
      if (!more) break
      rows.push(...more)
    }
    if (!isTable(rows)) continue
    let table = first
    for (let k = i + 1; k < end; k++) table = mergeWithNext(ctx, table) ?? table
    label(table, 'table', 'table-agate', { rows })
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const TABLE_RULES: readonly RuleDoc[] = [
  {
    rule: 'table-agate',
    id: 'table/agate',
    description: 'agate: lines of cells apart by tabs or runs of spaces, as wide as each other, mostly numbers',
  },
]
