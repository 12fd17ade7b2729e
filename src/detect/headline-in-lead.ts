import { comparableText } from '../source/block.js'
import type { ParseContext } from './context.js'
import type { PageAnalysis } from './page-residue.js'

// A reference page, a wiki or a blog opens with its title and names it again
// in the opening of its text: "Harbour seal" over "The harbour seal (Phoca
// vitulina) is a true seal found along …". A title of two words or more
// that comes back whole in the text's first lines is the page's headline,
// however far above the text the page's furniture (a contents list, an info
// box) has pushed it. A site name at the top comes back in the text too, but
// rarely in its first lines. A title of one word ("Marrow") is a site's
// name as often: it counts when the page sets it twice (title bar and
// heading) and its first paragraph of prose opens with it ("Marrow is a
// town …"), even when the main text was found further down.

/** How much of the main text's opening is read: its first characters. */
export const OPENING_CHARS = 400
/** How many words such a title has: two at least (one word is a site name as often), eight at most. */
const MIN_WORDS = 2
const MAX_WORDS = 8

/** The main text's opening: its first prose blocks (class `good`), up to OPENING_CHARS, as comparable text. */
export function textOpening(ctx: ParseContext, page: PageAnalysis): string {
  if (!page.region) return ''
  let text = ''
  for (let i = page.region[0]; i <= page.region[1] && text.length < OPENING_CHARS; i++) {
    const b = ctx.blocks[i]!
    if (b.role !== null || page.classes[i] !== 'good') continue
    text += ` ${b.text}`
  }
  return comparableText(text.slice(0, OPENING_CHARS + 1))
}

/**
 * Whether a line is a title the text's opening (comparable text) names whole: two to eight words, no sentence
 * (it ends with no full stop, "!" or "?"), found between word boundaries; with `first`, as the opening's first words
 * (a page about a person or a place names its subject first: "Marrow Bay (Welsh: …) is a town …").
 */
export function namedInOpening(line: string, opening: string, where: 'anywhere' | 'first' = 'anywhere'): boolean {
  if (/[.!?。！？]["”’']?$/u.test(line)) return false
  const key = comparableText(line)
  const words = key.split(' ').length
  if (key.length < 4 || words < MIN_WORDS || words > MAX_WORDS) return false
  return where === 'first' ? `${opening} `.startsWith(`${key} `) : ` ${opening} `.includes(` ${key} `)
}

/** The page's first paragraph of prose (a block its scoring found `good`), anywhere, as comparable text. */
export function firstProse(ctx: ParseContext, page: PageAnalysis): string {
  const i = ctx.blocks.findIndex((b, k) => b.role === null && page.initial[k] === 'good')
  return i < 0 ? '' : comparableText(ctx.blocks[i]!.text.slice(0, OPENING_CHARS))
}

/** A title of one word, letters first: "Marrow", "Wi-Fi", "Web3". Not a number, not an initial. */
const ONE_WORD = /^\p{L}[\p{L}\p{N}'’.-]{2,}$/u

/**
 * Whether a line of one word is a title the page's first prose (comparable text) opens with: "Marrow" over
 * "Marrow is a seaside town …". Not a line in capitals ("NEWS"), a label more often than a title.
 */
export function oneWordOpensProse(line: string, prose: string): boolean {
  if (!ONE_WORD.test(line) || line === line.toUpperCase()) return false
  return `${prose} `.startsWith(`${comparableText(line)} `)
}
