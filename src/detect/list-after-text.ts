import type { ParagraphClass } from './paragraph-score.js'

// Evidence that copy is a page when the lexicon can say nothing of it. The boilerplate lexicon knows share rows,
// menus and "Related stories" headers in the languages we have words for; a page in Russian or Japanese shows none
// of them, but its layout is the same: a list of links to more stories, or of tags, under the story. Such a list is
// a run of lines that are residue by their own shape (short, no sentence end, or a link row), not a table inside the
// text, which stands between its prose.

/** Lines of residue in a row under the main text that make a list of links. */
export const LIST_AFTER = 3

/**
 * Whether a run of LIST_AFTER or more blocks, each residue by its own class (`own`, before context), follows the
 * main text (`found`, by index into `own`) before the page ends.
 * "…story ends." / "Материалы по теме" / "Как молоды мы были" / "Теги" is such a
 * run.
 */
export function listAfterText(own: readonly ParagraphClass[], found: readonly [number, number]): boolean {
  let run = 0
  for (let i = found[1] + 1; i < own.length; i++) {
    run = own[i] === 'bad' ? run + 1 : 0
    if (run >= LIST_AFTER) return true
  }
  return false
}
