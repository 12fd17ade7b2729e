import { endBeforeBioLine } from './bio-line.js'
import type { ParseContext } from './context.js'
import type { ParagraphClass } from './paragraph-score.js'

// An author box under the story: the author's name alone or under a label ("About Jane Roe", "Sobre Ana Lima",
// "More articles from Jane Roe"), and a line or two of biography ("Jane Roe is a freelance writer living in …",
// "Jane joined the paper in 2017."). Pages print it after the last paragraph, before comments, newsletter boxes and
// teasers; the byline above the story names the same person. Its lines are prose, so the scorer runs the story on
// into them and past them; the box is where the story has ended.

/** Longest label line naming the author: "More articles from Jane Roe". */
const LABEL_WORDS = 6
/** Longest biography line. */
const MAX_BIO = 400

/** A letter or a digit: what a word keeps once the punctuation around it is gone. */
const WORD_CHAR = /[\p{L}\p{N}]/u

/** A word without the punctuation around it ("(Roe)," gives "Roe"); trimmed in loops, not by an edge pattern. */
function bare(word: string): string {
  const chars = [...word]
  let start = 0
  let end = chars.length
  while (start < end && !WORD_CHAR.test(chars[start]!)) start++
  while (end > start && !WORD_CHAR.test(chars[end - 1]!)) end--
  return chars.slice(start, end).join('')
}

/** The words of a name or a line, without the punctuation around them. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).map(bare).filter(Boolean)
}

/** Whether `words` holds `name` (two words or more) as a run, starting at or before `within`. */
function namedAt(words: readonly string[], name: readonly string[], within: number): number {
  for (let i = 0; i <= Math.min(within, words.length - name.length); i++)
    if (name.every((w, k) => words[i + k] === w)) return i
  return -1
}

/**
 * Whether a line opens an author box for one of `authors` (the byline's names, each of two words or more): a line of
 * LABEL_WORDS words or fewer that ends with the name, outside brackets ("Jane Roe", "About Jane Roe"), or a longer
 * line of biography that starts with the name ("Jane Roe is a freelance writer living in Marrow."). Not a caption's
 * credit ("The pier at dusk (Jane Roe)"), not "Jane Roe contributed reporting" (short, the name not last), not a
 * paragraph that names her after its first words ("Her editor told Jane Roe …").
 */
export function opensAuthorBox(text: string, authors: readonly string[]): boolean {
  if (text.length > MAX_BIO || /[()[\]]/.test(text)) return false
  // A line that does not hold the name as the byline writes it names someone else.
  const named = authors.filter((author) => text.includes(author))
  if (named.length === 0) return false
  const words = wordsOf(text)
  for (const author of named) {
    const name = wordsOf(author)
    if (name.length < 2) continue
    const last = words.length - name.length
    if (last < 0) continue
    if (words.length <= LABEL_WORDS ? namedAt(words, name, last) === last : namedAt(words, name, 0) === 0) return true
  }
  return false
}

/**
 * A label over an author's biography, naming her: "About Jane Roe", "Sobre Ana Lima", "Über Jana Rohr", "À propos de
 * Jeanne Roux", "Acerca de Juana Ruiz". The name: two to four capitalised words.
 */
const ABOUT_NAME =
  /^(?:about|sobre|über|à propos de|a propos de|acerca de)\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})$/iu

/**
 * Whether a line is a label over an author's biography (ABOUT_NAME) and `next`, the line under it, names the same
 * person: an author box, whether or not the page's byline was found. Not "About Marrow Bay" over a paragraph that
 * does not name it.
 */
export function opensLabelledBox(text: string, next: string | undefined): boolean {
  const name = ABOUT_NAME.exec(text)?.[1]
  return name !== undefined && next?.includes(name) === true
}

/** Fewest paragraphs of the story above an author box. */
const MIN_ABOVE_BOX = 3

/**
 * The main text's last block, pulled back before an author box (author-box.ts) for the byline's authors: one with
 * MIN_ABOVE_BOX good blocks above it in the text and more prose above it than below (a teaser stream may follow); or
 * before an author's tagline at the text's end, whoever the byline names (bio-line.ts).
 */
export function endBeforeAuthorBox(
  ctx: ParseContext,
  region: readonly [number, number],
  classes: readonly ParagraphClass[],
) {
  return Math.min(endBeforeNamedBox(ctx, region, classes), endBeforeBioLine(ctx.blocks, region, classes))
}

/** The main text's last block, pulled back before an author box for the byline's authors (endBeforeAuthorBox). */
function endBeforeNamedBox(ctx: ParseContext, region: readonly [number, number], classes: readonly ParagraphClass[]) {
  const authors = ctx.blocks.flatMap((b) => (b.role === 'byline' ? (b.byline?.authors ?? []) : []))
  const blocks = ctx.blocks
  const opens = (i: number) =>
    opensAuthorBox(blocks[i]!.text, authors) || opensLabelledBox(blocks[i]!.text, blocks[i + 1]?.text)
  const prose = (i: number) => (blocks[i]!.role === null && classes[i] === 'good' ? blocks[i]!.text.length : 0)
  let below = 0
  for (let i = region[0]; i <= region[1]; i++) below += prose(i)
  let above = 0
  let paragraphs = 0
  for (let i = region[0]; i <= region[1]; i++) {
    const block = blocks[i]!
    below -= prose(i)
    if (block.role === null && paragraphs >= MIN_ABOVE_BOX && above > below && opens(i)) return i - 1
    above += prose(i)
    if (prose(i) > 0) paragraphs++
  }
  return region[1]
}
