import { countPieces } from '../source/words.js'
import { closesSentence, looksLinkLike, type ParagraphClass } from './paragraph-score.js'

// A story's last paragraph may be one short sentence: "Work begins in February.", "Строительство начнется в
// феврале." Too short to read as prose by itself, it is judged by its neighbours, and under it the page's residue
// starts, so it is voted out with the residue. But residue is not written as a sentence: a share row, a tag, a
// heading over a list of links, a time stamp. A whole short sentence right under the story's last paragraph is the
// story's closing line.

/** Fewest words of a closing line: "No one was hurt." has four, "Строительство начнется в феврале." three. */
const MIN_WORDS = 3
/** Longer lines are read as prose by their own text, or are not a closing sentence. */
const MAX_CHARS = 160
/** How a sentence opens: a capital, perhaps after a quote mark or a dash of dialogue. */
const OPENS = /^(?:["“„«‘'(]\s?|[-–—]\s)?\p{Lu}/u

/**
 * Whether a line is a closing sentence: opens with a capital, closes with a stop, three words or more, no figures (a
 * time stamp, "Updated 3 hours ago.", is residue), no colon (a label), no web address ("MathPages.com", a reference
 * under a wiki page), and reads as words, not a link.
 */
export function isClosingLine(text: string): boolean {
  if (text.length > MAX_CHARS || !OPENS.test(text) || !closesSentence(text)) return false
  if (/[\p{N}:|@#/]|\p{L}\.\p{L}/u.test(text) || looksLinkLike(text)) return false
  return countPieces(text, MIN_WORDS) >= MIN_WORDS
}

/** Most closing lines in a row: the story's last two or three sentences, each too short or too plain to score. */
const MAX_LINES = 3

/**
 * The main text found (`found`, by index into `texts`) run on over the closing lines right under its last block,
 * when that block is the story's (settled good) and the lines are whole sentences (isClosingLine) that did not score as
 * prose (`own`): too short, or too few stopwords ("Le second tour aura lieu dimanche prochain."). Nothing the lexicon
 * labelled may stand between (`furniture`, by open block, furnitureBefore): under "Comments" a sentence is a reader's.
 * The lines are settled good.
 */
export function withClosingLine(
  texts: readonly string[],
  own: readonly ParagraphClass[],
  settled: ParagraphClass[],
  found: [number, number],
  furniture: readonly number[] = [],
): [number, number] {
  if (settled[found[1]] !== 'good') return found
  let last = found[1]
  for (let next = last + 1; next < texts.length && next - found[1] <= MAX_LINES; next++) {
    if ((furniture[next] ?? 0) > 0 || own[next] === 'good' || settled[next] === 'good') break
    if (!isClosingLine(texts[next]!)) break
    last = next
  }
  for (let k = found[1] + 1; k <= last; k++) settled[k] = 'good'
  return [found[0], last]
}
