import type { LabelledBlock } from './context.js'
import type { ParagraphClass } from './paragraph-score.js'

// A photo gallery set into a story: each slide a counter ("1 / 12", "Image 3 of 8"), which the
// lexicon labels as a page control, and under it the slide's caption. Copied off the page, the captions stand between
// the story's paragraphs, short, and are judged by the prose around them: taken for the story's short lines. The line
// right under a counter is the slide's. It is taken out after the main text is found, so that it votes neither way on
// the paragraphs around it.

/** A slide's counter, as the boilerplate lexicon's navigation controls read it: "1 / 12", "Photo 2 of 5". */
const COUNTER = /^(?:(?:image|photo|slide)\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i

/**
 * The open blocks in the main text (`region`, by block index) right under a slide's counter that are not prose by
 * their own text (`own`, by block index): captions, "Il vecchio traghetto in porto (foto Ansa)". A paragraph of the
 * story under the gallery's last counter stays.
 */
export function captionsUnderCounters(
  blocks: readonly LabelledBlock[],
  region: readonly [number, number],
  own: readonly ParagraphClass[],
): Set<number> {
  const captions = new Set<number>()
  for (let i = Math.max(1, region[0]); i <= region[1]; i++) {
    const above = blocks[i - 1]!
    if (blocks[i]!.role !== null || above.role !== 'boilerplate' || !COUNTER.test(above.text.trim())) continue
    if (own[i] !== 'good') captions.add(i)
  }
  return captions
}
