import { DATE_PREPOSITIONS, POST_CATEGORY, POST_META_SEPARATOR, POSTED_BY_LEAD } from '../lexicon/post-meta.js'
import type { Byline } from '../model/article.js'
import { label, type ParseContext } from './context.js'
import { isDateLine } from './page-date.js'
import { nameLine } from './web-byline.js'

/** Longest meta line read. */
const MAX_CHARS = 200

/** Where a category's part opens in what follows a date: " in Travel" → its index, or the text's length. */
function categoryAt(text: string): number {
  const words = text.split(' ')
  for (let i = 1; i < words.length; i++)
    if (POST_CATEGORY.test(words.slice(i).join(' '))) return words.slice(0, i).join(' ').length
  return text.length
}

/**
 * The byline of a blog post's meta line (src/lexicon/post-meta.ts), or null: parts a dash or a bar sets apart, the
 * first a name alone, one a date and one a category ("Jane Roe — 2022-11-03 — in Gardening — Comments"); or "Posted by
 * Jane Roe on March 4, 2025 in Travel". Not a name and a date without a category ("Jane Roe — 2022-11-03", which a
 * teaser list prints too), not "Posted by Jane Roe" alone.
 */
export function postMetaByline(text: string): Byline | null {
  if (text.length > MAX_CHARS) return null
  const posted = POSTED_BY_LEAD.exec(text)
  if (posted) {
    const words = text.slice(posted[0].length).split(' ')
    const at = words.findIndex((word, i) => i > 0 && DATE_PREPOSITIONS.includes(word))
    if (at < 0) return null
    const name = nameLine(words.slice(0, at).join(' '))
    const rest = words.slice(at).join(' ')
    return name && isDateLine(rest.slice(0, categoryAt(rest))) ? name : null
  }
  const parts = text
    .split(POST_META_SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean)
  if (parts.length < 3) return null
  const name = nameLine(parts[0]!)
  if (!name || !parts.some((part) => isDateLine(part)) || !parts.some((part) => POST_CATEGORY.test(part))) return null
  return name
}

/**
 * A blog post's meta line anywhere under the headline at `head`, as a blog prints it over or after the post: labels
 * its block the byline and returns true.
 */
export function takePostMeta(ctx: ParseContext, head: number): boolean {
  for (const block of ctx.blocks.slice(head + 1)) {
    if (block.role !== null || block.hint !== undefined) continue
    const byline = postMetaByline(block.text)
    if (!byline) continue
    label(block, 'byline', 'byline-post-meta', { byline })
    return true
  }
  return false
}
