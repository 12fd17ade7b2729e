import { ABOUT_AUTHOR } from '../lexicon/byline-neighbours.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'

/** A name as an author box prints it under its label: one to four capitalised words ("Ruth", "Jane Roe"). */
const BOX_NAME = /^\p{Lu}[\p{L}'’.-]{1,20}(?: \p{Lu}[\p{L}'’.-]{1,20}){0,3}$/u
/** Longest name read. */
const MAX_NAME = 40

/** The name an author box prints under its label ("About the author" over "Ruth") and the label's block, or null. */
function authorBox(ctx: ParseContext): { name: string; at: number } | null {
  for (const block of ctx.blocks) {
    if (!ABOUT_AUTHOR.test(block.text)) continue
    const name = ctx.blocks[block.index + 1]?.text.trim()
    if (name && name.length <= MAX_NAME && BOX_NAME.test(name)) return { name, at: block.index }
  }
  return null
}

/**
 * A line of the header cluster (`cluster`, the open blocks around the headline) that is the name an author box names
 * further down ("About the author" over "Ruth"), above the box: the byline, even a one-word name, which its shape
 * alone would not
 * tell from a section's label. Labels it and returns true. Not a line that only holds the name ("More from Ruth").
 */
export function takeNameOfAuthorBox(ctx: ParseContext, cluster: readonly LabelledBlock[]): boolean {
  const box = authorBox(ctx)
  const name = box?.name
  const block = box
    ? cluster.find((b) => b.index < box.at && b.hint === undefined && b.text.trim() === name)
    : undefined
  if (!name || !block) return false
  label(block, 'byline', 'byline-named-in-author-box', { byline: { text: name, authors: [name], agency: null } })
  return true
}
