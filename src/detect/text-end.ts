import { ALL_RIGHTS_RESERVED } from '../lexicon/boilerplate/page-furniture.js'
import { isCodeLine } from './code-line.js'
import { blockWeight, type ParagraphClass } from './paragraph-score.js'

// Where a page's main text ends. The maximum-sum search (paragraph-score.ts
// mainRegion) runs on through any residue that more prose follows: a live
// blog or a list of teasers with a line of prose each, after the story and a
// run of share buttons, newsletter boxes and time stamps, is taken in. A
// story goes on after such a gap only as a story does: mostly prose. Lines
// too short to be either (a chart's axis: "0", "20", "’78", "%") and lines of
// code are not counted at all, so a chart or a listing in the story is no gap.

/** Characters of residue in a row that may end the text. */
const GAP_CHARS = 250
/** Lines read past the gap, and the share of them that must be prose for the text to go on. */
const LOOK = 12
const DENSE = 0.5
/** Lines shorter than this are neither prose nor residue here, */
const TINY = 15
// nor are lines of code (code-line.ts).

/** A line that counts neither way: a chart's axis label, a line of code. */
function neutral(text: string): boolean {
  return text.length < TINY || isCodeLine(text)
}

/**
 * The region (first and last of `classes`, settled, by index into `texts`; `own` the classes before context)
 * ended at its first gap of GAP_CHARS or more that thin prose follows: under half the LOOK lines after it prose. "…
 * huit des dix villages
 * de la vallée." / "Recevoir la newsletter" / "Direct" / "14:44 Nouvelles mesures …" / … ends the story.
 */
export function endAtGap(
  texts: readonly string[],
  own: readonly ParagraphClass[],
  classes: readonly ParagraphClass[],
  region: [number, number],
): [number, number] {
  return piecesAtGaps(texts, own, classes, region)[0]!
}

/**
 * The region cut at every such gap, in order: the first piece is where the story ends (endAtGap); the others are
 * what thin prose follows, a stream of teasers or a live blog, or the story itself when the search for the main text
 * ran through a stream of teasers above it.
 */
export function piecesAtGaps(
  texts: readonly string[],
  own: readonly ParagraphClass[],
  classes: readonly ParagraphClass[],
  region: [number, number],
  furniture: readonly number[] = [],
): [number, number][] {
  const pieces: [number, number][] = []
  let from = region[0]
  let gap = 0
  let gapStart = -1
  for (let i = region[0]; i <= region[1]; i++) {
    // The page's furniture the lexicon labelled before this line (a share row, a sign-up box) is residue too.
    if (i > region[0] && (furniture[i] ?? 0) > 0) {
      if (gap === 0) gapStart = i
      gap += furniture[i]!
    }
    if (classes[i] !== 'good') {
      if (gap === 0) gapStart = i
      if (!neutral(texts[i]!)) gap += texts[i]!.length
      continue
    }
    if (gap >= GAP_CHARS && !proseGoesOn(texts, own, i, region[1])) {
      pieces.push([from, gapStart - 1])
      from = i
    }
    gap = 0
  }
  pieces.push([from, region[1]])
  return pieces
}

/**
 * For each open block of `blocks` (those no rule has labelled, in order), the characters of the page's furniture the
 * boilerplate lexicon labelled since the open block before it: "Share this article", "Sign up for our newsletter".
 * Such lines are taken out of the texts the main text is searched in, but they stand between the story and what
 * follows it as residue does.
 */
export function furnitureBefore(blocks: readonly { role: string | null; text: string }[]): number[] {
  const counts: number[] = []
  let chars = 0
  for (const block of blocks) {
    if (block.role === 'boilerplate') chars += block.text.length
    if (block.role !== null) continue
    counts.push(chars)
    chars = 0
  }
  return counts
}

/** A teaser's snippet, cut off at a set length: "… The new ferry seats sixty and sails hourly from Marr...". */
const CUT_OFF = /(?:\.\.\.|…)$/u

/**
 * Whether prose makes up half the LOOK lines (of TINY characters or more) from `from` (up to `last`), by their
 * own classes (good or near-good): a teaser's headline between two snippets is good once smoothed, but no prose
 * of its own; nor is a snippet cut off with an ellipsis, as a stream of teasers prints the first words of each story.
 */
function proseGoesOn(texts: readonly string[], own: readonly ParagraphClass[], from: number, last: number): boolean {
  let prose = 0
  let lines = 0
  for (let k = from; k <= last && lines < LOOK; k++) {
    if (neutral(texts[k]!)) continue
    lines++
    if ((own[k] === 'good' || own[k] === 'near-good') && !CUT_OFF.test(texts[k]!)) prose++
  }
  return prose >= lines * DENSE
}

/**
 * The main text within the region found: the region up to its first gap that thin prose follows (text-end.ts); or,
 * when that piece does not hold its prose (`holdsItsProse`, page-residue.ts) (a teaser above the story, one snippet the
 * search for the main text ran on
 * from), the piece with the most prose that does.
 */
export function storyPiece(
  texts: readonly string[],
  own: readonly ParagraphClass[],
  settled: readonly ParagraphClass[],
  region: [number, number],
  holdsItsProse: (piece: [number, number]) => boolean,
  furniture: readonly number[] = [],
): [number, number] {
  const pieces = piecesAtGaps(texts, own, settled, region, furniture)
  if (pieces.length === 1 || holdsItsProse(pieces[0]!)) return pieces[0]!
  let best = pieces[0]!
  let bestWeight = 0
  for (const piece of pieces) {
    let weight = 0
    for (let k = piece[0]; k <= piece[1]; k++) weight += blockWeight(texts[k]!, settled[k]!)
    if (weight > bestWeight && holdsItsProse(piece)) {
      best = piece
      bestWeight = weight
    }
  }
  return best
}

/**
 * The lines under the story's last decided block (after the last block good or bad by its own text; `own`), settled
 * bad when the page's furniture the lexicon labelled stands between (`furniture`, furnitureBefore): "… the ferry
 * enters service in May." / "Share this article" / "Facebook" / "More from Local" / "Pier repairs to close seafront
 * road". With no residue of their own under them they would be judged by the story above them alone, and taken for
 * its short last lines; a short line right under the story, nothing labelled between, keeps its class.
 */
export function settleTailPastFurniture(
  own: readonly ParagraphClass[],
  settled: ParagraphClass[],
  furniture: readonly number[],
): void {
  let last = own.length - 1
  while (last >= 0 && own[last] !== 'good' && own[last] !== 'bad') last--
  if (last < 0 || settled[last] !== 'good') return
  let past = false
  for (let k = last + 1; k < own.length; k++) {
    if ((furniture[k] ?? 0) > 0) past = true
    if (past) settled[k] = 'bad'
  }
}

/**
 * The main text's last block (`region`, by block index) pulled back to before a line inside it that reserves the
 * rights to the page ("All rights reserved", "© Riproduzione riservata": ALL_RIGHTS_RESERVED): sites print it where
 * the story ends, and what follows (tags, a sign-up box, a comment thread) is the page's. A copyright line that only
 * names a holder ("© Reuters") may be a photo's credit inside the story and does not end it.
 */
export function endBeforeRightsLine(
  blocks: readonly { role: string | null; rule?: string | null; text: string }[],
  region: readonly [number, number],
): number {
  for (let i = region[0] + 1; i <= region[1]; i++) {
    const block = blocks[i]!
    if (block.role === 'boilerplate' && block.rule === 'copyright-line' && ALL_RIGHTS_RESERVED.pattern.test(block.text))
      return i - 1
  }
  return region[1]
}
