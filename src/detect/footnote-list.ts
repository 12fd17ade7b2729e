import type { ParagraphClass } from './paragraph-score.js'

// An encyclopedia article's notes. A wiki prints each of its footnotes under the article as a line that opens with a
// caret, the link back to where the note is cited, and a letter for each further citation: "^ a b Roe, Jane (2009).
// "Harbour seals". Marrow Bay Gazette. Retrieved 3 May 2010." Such lines are short, full of names, dates and titles,
// and read as residue one by one; a run of them is the article's references, part of its text. A menu or a list of
// links never opens its lines with a caret.

/** A footnote's line: a caret, perhaps the letters of its further back-links, then the note. */
const FOOTNOTE = /^\^ (?:[a-z] )*\S/u
/** Fewest footnote lines in a row that make an article's notes. */
const MIN_NOTES = 3

/** Whether a line is a wiki footnote: "^ King 2003, p. 41.", "^ a b "Glossary". Retrieved 28 August 2016." */
export function isFootnote(text: string): boolean {
  return FOOTNOTE.test(text)
}

/**
 * Runs of MIN_NOTES or more footnote lines in a row (by index into `texts`) are the article's notes: each becomes
 * `good` in `own`, the classes before context.
 */
export function markFootnoteRuns(texts: readonly string[], own: ParagraphClass[]): void {
  let start = 0
  for (let i = 0; i <= texts.length; i++) {
    if (i < texts.length && isFootnote(texts[i]!)) continue
    if (i - start >= MIN_NOTES) for (let k = start; k < i; k++) own[k] = 'good'
    start = i + 1
  }
}
