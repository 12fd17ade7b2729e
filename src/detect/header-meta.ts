import type { LabelledBlock } from './context.js'
import { isPageMetaText } from './meta-line.js'
import { isDateLine, trailingStampAt } from './page-date.js'
import { wordsIn } from './prose-shape.js'

// The lines of a web page's header cluster, as the headline's search sees
// them: a byline, a date or a reading time (isPageMetaText), and a shape it
// adds in any language and script: a short label glued to a time stamp
// ("Politics 2 hours ago", a writer's name written without spaces
// "王小明2017-03-01 14:27"). A count standing alone ("36", "12 comments") is
// no evidence by itself (a tag line has its share counts too), but a name
// under one is a byline (page-top.ts).

/** Longest text before the stamp of a label-and-stamp line: a name, a section, a site. */
const STAMP_HEAD_CHARS = 30
/** Longest label-and-stamp line: the label and a long stamp ("Tuesday, 12 November 2024, 10:42 AM GMT+1"). */
const MAX_CHARS = 80
/** A character between the label and its stamp. */
const STAMP_SEPARATOR = /[\s|·•,–—-]/u
/** Most words before the stamp. */
const STAMP_HEAD_WORDS = 3

/** Whether a line belongs to a header cluster: a byline, a date, a reading time, a label with a stamp. */
export function isHeaderMeta(text: string): boolean {
  return isPageMetaText(text) || isLabelWithStamp(text)
}

/**
 * A short label and a stamp closing its line: "Politics 2 hours ago", "Sports | 12.03.2020 09:14". The label is
 * words alone, three at most: "The vote was held on March 3, 2025" is prose, "— Jane (@jane) June 7, 2016" closes a
 * quoted post.
 */
export function isLabelWithStamp(text: string): boolean {
  if (text.length > MAX_CHARS) return false
  const at = trailingStampAt(text)
  if (at <= 0) return false
  // The label, without the separator before the stamp: "Sports | ".
  let end = at
  while (end > 0 && STAMP_SEPARATOR.test(text[end - 1]!)) end--
  const head = text.slice(0, end).trim()
  return (
    head.length > 0 &&
    head.length <= STAMP_HEAD_CHARS &&
    head.split(/\s+/).length <= STAMP_HEAD_WORDS &&
    /^\p{L}[\p{L}\p{N}\s'’&-]*$/u.test(head)
  )
}

/** Longest label between a date and the headline under it: a section's name, "SQL", "Local News". */
const KICKER_CHARS = 25
const KICKER_WORDS = 3

/**
 * Whether block `i` stands right under its date, or under a short label over its date: "21 September 2020" /
 * "Databases" / the headline. Right above: no share row or player between.
 */
export function isUnderDate(blocks: readonly LabelledBlock[], i: number): boolean {
  let above = i - 1
  if (isOpen(blocks[above]) && isKicker(blocks[above]!.text) && !isStamp(blocks[above]!.text)) above--
  return isOpen(blocks[above]) && isStamp(blocks[above]!.text)
}

function isOpen(b: LabelledBlock | undefined): b is LabelledBlock {
  return b !== undefined && b.role === null
}

/** A date or time stamp, alone or after a short label: "21 September 2020", "Politics 2 hours ago". */
function isStamp(text: string): boolean {
  return isDateLine(text) || isLabelWithStamp(text)
}

/** A short label that ends no sentence: a section's name over a headline. */
function isKicker(text: string): boolean {
  return text.length <= KICKER_CHARS && wordsIn(text, KICKER_WORDS + 1) <= KICKER_WORDS && !/[.!?…:]$/.test(text)
}
