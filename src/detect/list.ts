import { tidy } from '../source/block.js'
import { LIST_MARKER } from '../source/line-shapes.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'
import { mergeWithNext } from './wire-merge.js'

/** The fewest items a list has. */
const MIN_ITEMS = 2
const NUMBER = /^(\d{1,2})[.)]/

/** One item: its marker as written ("*", "2.") and its words. */
export interface Item {
  marker: string
  text: string
}

/**
 * The items of a block whose lines each open an item or continue the one above ("* bankruptcies fell" / "* debt
 * agreements rose"), or null.
 */
export function blockItems(block: LabelledBlock): Item[] | null {
  // A block of items opens with one (its text opens with its first line's words).
  if (block.role !== null || block.hint !== undefined || !LIST_MARKER.test(block.text)) return null
  const items: Item[] = []
  for (const line of block.lines) {
    if (line.blank) continue
    const words = tidy(line.text)
    const marker = LIST_MARKER.exec(words)
    if (marker) items.push({ marker: marker[0].trim(), text: words.slice(marker[0].length).trim() })
    else if (items.length > 0) items[items.length - 1]!.text += ` ${words}`
    else return null
  }
  return items
}

/** How many words dash-led sentences have on average, at least, when they are quotations rather than items. */
const QUOTATION_WORDS = 15

/**
 * A dash opens a quotation in Nordic copy ("- Den vejer kun otte kilo …, siger X.") and a line of dialogue
 * elsewhere: dash-led sentences, all finished and long, are paragraphs, not the items of a list.
 */
function isQuotationDashes(items: Item[]): boolean {
  if (!items.every((item) => /^[-–]{1,2}$/.test(item.marker) && /[.!?…]["”»']?$/.test(item.text))) return false
  const words = items.reduce((n, item) => n + item.text.split(/\s+/).length, 0)
  return words / items.length > QUOTATION_WORDS
}

/** The kind of marker an item has: a number, or its bullet. */
function kindOf(item: Item): string {
  return NUMBER.test(item.marker) ? 'number' : item.marker
}

/** Whether items make one list: bullets alike, or numbers counting up by one. */
function isList(items: Item[]): boolean {
  if (items.length < MIN_ITEMS || isQuotationDashes(items)) return false
  const numbers = items.map((item) => NUMBER.exec(item.marker)?.[1])
  if (numbers.every((n) => n !== undefined))
    return numbers.every((n, k) => k === 0 || Number(n) === Number(numbers[k - 1]) + 1)
  return items.every((item) => item.marker === items[0]!.marker)
}

/**
 * Step: numbered and bulleted lists. A run of blocks made of items (a line opening with "-", "*",
 * "•", "1." or "1)", and the lines wrapped under it) becomes one `list` block, ordered when its
 * items are numbered; a numbered line followed by a paragraph of its own ("1. BAHAMIANS BEGIN
 * RESCUES" over its story) is a heading, not a list.
 */
export function detectLists(ctx: ParseContext): void {
  for (let i = 0; i < ctx.blocks.length; i++) {
    const first = ctx.blocks[i]!
    const items = blockItems(first)
    if (!items) continue
    let end = i + 1
    for (; end < ctx.blocks.length; end++) {
      const more = blockItems(ctx.blocks[end]!)
      // A list of another kind (numbers after bullets, "*" after "-") is another list.
      if (!more || kindOf(more[0]!) !== kindOf(items[0]!)) break
      items.push(...more)
    }
    if (!isList(items)) continue
    let list = first
    for (let k = i + 1; k < end; k++) list = mergeWithNext(ctx, list) ?? list
    const ordered = NUMBER.test(items[0]!.marker)
    label(list, 'list', ordered ? 'list-numbered' : 'list-bulleted', {
      items: items.map((item) => item.text),
      ordered,
      text: items.map((item) => `${item.marker} ${item.text}`).join('\n'),
    })
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const LIST_RULES: readonly RuleDoc[] = [
  {
    rule: 'list-numbered',
    id: 'list/numbered',
    description: 'a run of lines numbered 1., 2. … (or 1), 2) …), counting up by one',
  },
  { rule: 'list-bulleted', id: 'list/bulleted', description: 'a run of lines opened by the same bullet (-, *, •)' },
]
