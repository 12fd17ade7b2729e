import type { Byline } from '../model/article.js'
import { label, type ParseContext } from '../parse/context.js'

// "By Jane Doe", "By Jane Doe and John Roe", "BY JANE DOE" — not "By Tuesday the talks had failed."
const BY_NAME = /^by\s+((?:[\p{Lu}][\p{L}'’.-]*\.?\s*){1,4}(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:[\p{Lu}][\p{L}'’.-]*\.?\s*){1,4})*)$/u

/** Parses a byline line into its authors, or returns null when the line is not a byline. */
export function parseByline(text: string): Byline | null {
  const m = BY_NAME.exec(text.trim())
  if (!m) return null
  const authors = m[1]!
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((a) => a.trim())
    .filter(Boolean)
  if (authors.length === 0) return null
  return { text: text.trim(), authors, agency: null }
}

const SEARCH_DEPTH = 6

/** Step: a byline line among the first blocks of the story. */
export function detectByline(ctx: ParseContext): void {
  for (const block of ctx.blocks.slice(0, SEARCH_DEPTH)) {
    if (block.role !== null) continue
    const byline = parseByline(block.text)
    if (byline) {
      label(block, 'byline', 'byline-by-name', { byline })
      return
    }
  }
}
