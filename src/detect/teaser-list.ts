import type { ParagraphClass } from './paragraph-score.js'

// A list of teasers under a list's header ("More in Sport", "Related stories"): each teaser is a title, perhaps a
// date or a source, one line of prose and a "Read more" link, then the next. Its lines of prose never stand next
// to each other; a story's paragraphs do, so a story that goes on under such a header is told apart.

/** Fewest teasers (lines of prose) that make a list. */
const MIN_TEASERS = 2

/**
 * Whether blocks of these classes (each from its own text, in order) are a list of teasers: two lines of prose or
 * more, and no two of them side by side. [short, short, good, short, good] is; [short, good, good] is not.
 */
export function isTeaserList(own: readonly ParagraphClass[]): boolean {
  let prose = 0
  for (let k = 0; k < own.length; k++) {
    if (!isProse(own[k]!)) continue
    if (k > 0 && isProse(own[k - 1]!)) return false
    prose++
  }
  return prose >= MIN_TEASERS
}

function isProse(c: ParagraphClass): boolean {
  return c === 'good' || c === 'near-good'
}
