import type { LabelledBlock, ParseContext } from './context.js'
import { isUnderDate } from './header-meta.js'
import { isCountLine, isPageMetaText } from './meta-line.js'
import { endsSentence } from './paragraph-score.js'
import { nameLine } from './web-byline.js'

// A web page's header cluster: the lines around its headline before the story starts — kicker, dek, byline, dates,
// reading time, share row. cluster-byline.ts looks for the byline there; the headline and page-residue steps ask
// where the story starts under it.

/** Open blocks under the headline searched; blocks other steps labelled (share rows, captions) are passed over. */
const BELOW = 10
/**
 * Open blocks above it: a byline over the headline is rare, so only a line that is a byline by itself counts there,
 * or a name beside a date ("Jane Roe" / "Culture" / "2019.04.25" over the headline) when none under it is one.
 */
const ABOVE = 3
/** Prose this long ends the search: the story has started (a dek before the byline is shorter). */
const STORY_CHARS = 300

/** The open blocks of the cluster around block `head`: ABOVE over it, BELOW under it up to the story's start. */
export function clusterBlocks(ctx: ParseContext, head: number): { above: LabelledBlock[]; below: LabelledBlock[] } {
  const blocks = ctx.blocks
  const above: LabelledBlock[] = []
  for (let i = head - 1; i >= 0 && above.length < ABOVE; i--) if (blocks[i]!.role === null) above.push(blocks[i]!)
  const below: LabelledBlock[] = []
  for (let i = head + 1; i < blocks.length && below.length < BELOW; i++) {
    const b = blocks[i]!
    if (b.role !== null) continue
    if (b.text.length >= STORY_CHARS) break
    below.push(b)
  }
  return { above, below }
}

/** A line of the cluster, open: a byline or date by shape, a count, a name alone. */
function isClusterLine(text: string): boolean {
  return isPageMetaText(text) || isCountLine(text) || nameLine(text) !== null
}

/** Longest line under a byline taken for the cluster's: a job, "View author archive", "Follow". */
const LEFTOVER_CHARS = 60

/**
 * A short line that ends no sentence, under a byline or date: the byline's job ("Daily Post News Fellow"), a control.
 */
function isLeftover(text: string): boolean {
  return text.length <= LEFTOVER_CHARS && !endsSentence(text)
}

/**
 * Where the story starts under the headline at `head`: the first open block past the cluster (bylines, dates,
 * counts, a dek, captions, share rows; a byline or a date at least, under it or over it, and short lines that end
 * no sentence under it), when it reads as prose (`isProse`). A video player or a "Watch" list may stand between it
 * and the rest of the text; it is the story's first paragraph all the same. -1 if none.
 */
export function storyStartAfter(ctx: ParseContext, head: number, isProse: (i: number) => boolean): number {
  // A date over the headline (perhaps over a label over it) is its cluster too: "21 September 2020" / headline / text.
  let cluster = isUnderDate(ctx.blocks, head) ? 1 : 0
  for (let i = head + 1; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i]!
    if (b.role !== null) {
      if (b.role === 'paragraph' || b.role === 'subheading') return -1
      if (b.role === 'byline') cluster++
      continue
    }
    if (isClusterLine(b.text)) cluster++
    else if (cluster > 0 && isLeftover(b.text)) continue
    // Prose right under the headline, no byline or date between, may be its dek.
    else return cluster > 0 && isProse(i) ? i : -1
  }
  return -1
}
