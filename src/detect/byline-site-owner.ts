import { label, type ParseContext } from './context.js'
import { nameLine } from './web-byline.js'

// A personal site: its title is its owner's name, the top line of the page ("Tomas Lind" over "About",
// "Subscribe"), its footer claims the copyright in the same name ("© Tomas Lind 2017-2023"), and its posts are
// written in the first person. The owner wrote the post.

/** The copyright mark that opens a copyright line. */
const MARK = /^(?:©|\(c\)|copyright)\s?/iu
/** A year or a span of years, perhaps with the punctuation around it: "2016-2020", "2024.", "—". */
const YEARS = /^(?:[-–—,.]+|[-–—,.]?\d{4}(?:[-–]\d{4})?[-–—,.]?)$/u
/** Longest copyright line read. */
const MAX_COPYRIGHT = 120
/** A writer's "I", "I'm", "my", "me" outside quotation marks. */
const FIRST_PERSON = /\b(?:I|I['’]m|I['’]ve|my|me)\b/gu
/** Quotation marks, open and close: a quotation's "I" is its speaker's. */
const OPEN_QUOTES = '“"«'
const CLOSE_QUOTES = '”"»'
/** Fewest first-person words in the story's prose for a post written by its owner. */
const MIN_FIRST_PERSON = 3

/** What a copyright line claims, less its mark and years: "© Jane Roe 2016-2020" → "Jane Roe"; null if no mark. */
function holderOf(text: string): string | null {
  const mark = MARK.exec(text)
  if (!mark) return null
  const words = text.slice(mark[0].length).split(' ').filter(Boolean)
  while (words.length > 0 && YEARS.test(words[0]!)) words.shift()
  while (words.length > 0 && YEARS.test(words[words.length - 1]!)) words.pop()
  const last = words.length - 1
  if (last >= 0) words[last] = words[last]!.replace(/\.$/u, '')
  return words.join(' ') || null
}

/** The text less what stands between quotation marks. */
function outsideQuotes(text: string): string {
  let out = ''
  let inside = false
  for (const ch of text) {
    if (!inside && OPEN_QUOTES.includes(ch)) inside = true
    else if (inside && CLOSE_QUOTES.includes(ch)) inside = false
    else if (!inside) out += ch
  }
  return out
}

/** The name in which the page's footer claims its copyright, when it is a person's name alone; else null. */
function copyrightHolder(ctx: ParseContext, from: number): string | null {
  for (const block of ctx.blocks.slice(from)) {
    const holder = block.text.length <= MAX_COPYRIGHT ? holderOf(block.text) : null
    if (holder && nameLine(holder)?.text === holder) return holder
  }
  return null
}

/**
 * The byline of a personal site's post: the page's first line, a name alone, when the footer claims the copyright
 * in that name and the post under the headline at `head` speaks in the first person (three times at least, outside
 * quotations). Labels the first line the byline and returns true. Not a newspaper's name over its footer ("Marrow
 * Gazette" / "© 2025 Marrow Gazette"), whose stories are not in the first person.
 */
export function takeSiteOwner(ctx: ParseContext, head: number): boolean {
  const top = ctx.blocks[0]
  if (!top || top.role !== null || top.hint !== undefined || head <= 0) return false
  const name = nameLine(top.text)
  if (!name || copyrightHolder(ctx, head + 1) !== name.text) return false
  const prose = ctx.blocks
    .slice(head + 1)
    .filter((b) => b.role === null)
    .map((b) => outsideQuotes(b.text))
    .join('\n')
  if ((prose.match(FIRST_PERSON) ?? []).length < MIN_FIRST_PERSON) return false
  label(top, 'byline', 'byline-site-owner', { byline: name })
  return true
}
