import { BYLINE_LEAD } from '../lexicon/agencies.js'
import { AUTHOR_LABELS, COUNT_WORDS, READING_MINUTES, READING_WORDS } from '../lexicon/page-meta.js'
import { answerOncePerLine } from './answer-once-per-line.js'
import { parseByline } from './byline.js'
import { postMetaByline } from './byline-post-meta.js'
import { isMetaText } from './headline-lines.js'
import { isDateLine, trailingStampAt } from './page-date.js'
import { nameLine, parseWebByline } from './web-byline.js'

// The lines of a story's header cluster on a web page, told by their shape
// in any language: bylines, date and time stamps, reading times, a field's
// label standing over its value ("Author:" / "Lena Brooks"), a lead word
// standing over the name ("By" / "Colin Tamsin"), a bare count (comments,
// views). The headline sits right above or below such a cluster.

/** A lead word or an author label standing alone, its name on the next line: "By", "Von", "Author:", "Autor:". */
const LEAD_ALONE = new RegExp(String.raw`^(?:${BYLINE_LEAD}|${AUTHOR_LABELS})\s*[:：]?$`, 'iu')
/** A field's label standing alone: "Updated:", "Original:", "Publié :", "Stand:". Three words at most. */
const FIELD_LABEL = /^[\p{L}][\p{L}.'’ -]{0,30}\s?[:：]$/u
/** A number alone: "884", "6,762", "1.2k"; perhaps with what it counts ("19 Comments", see COUNT_WORDS). */
const COUNT = /^\d[\d,.]{0,8}k?(?:\s+(\p{L}+))?$/iu

/**
 * Whether a line is a reading time: "5 min read", "Lesedauer ca. 10 Minuten", "読了時間：約3分"; six words at
 * most.
 */
export function isReadingTime(text: string): boolean {
  return text.length <= 60 && READING_MINUTES.test(text) && READING_WORDS.test(text) && text.split(/\s+/).length <= 6
}

/** A byline, a date, a reading time or a field's label: a line of the cluster a headline sits on. Not a count. */
export const isPageMetaText = answerOncePerLine(isMetaLine)

function isMetaLine(text: string): boolean {
  if (text.length > 160) return false
  return (
    isMetaText(text) ||
    isDateLine(text) ||
    isReadingTime(text) ||
    LEAD_ALONE.test(text) ||
    (FIELD_LABEL.test(text) && text.split(' ').length <= 3) ||
    parseWebByline(text) !== null ||
    postMetaByline(text) !== null ||
    nameOrAgencyWithStamp(text)
  )
}

/** A name or an agency with a stamp after it: "Jane Roe 1 day ago", "AFP 12 juin 2024 à 07:19". */
function nameOrAgencyWithStamp(text: string): boolean {
  const at = trailingStampAt(text)
  if (at <= 0) return false
  const head = text.slice(0, at).trim()
  return nameLine(head) !== null || parseByline(`By ${head}`)?.agency != null
}

/** A count standing alone (comments, shares, views), which a header cluster may hold between its lines. */
export function isCountLine(text: string): boolean {
  const m = text.length <= 24 ? COUNT.exec(text) : null
  return !!m && (m[1] === undefined || COUNT_WORDS.test(m[1]))
}

/** A lead word or author label standing alone, its name on the next line: "By" over "Colin Tamsin". */
export function isLeadAlone(text: string): boolean {
  return text.length <= 24 && LEAD_ALONE.test(text)
}
