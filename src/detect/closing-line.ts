import { countPieces } from '../source/words.js'
import { closesSentence, looksLinkLike, type ParagraphClass } from './paragraph-score.js'

// A story's last paragraph may be one short sentence: "Work begins in February.", "Строительство начнется в
// феврале." Too short to read as prose by itself, it is judged by its neighbours, and under it the page's residue
// starts, so it is voted out with the residue. But residue is not written as a sentence: a share row, a tag, a
// heading over a list of links, a time stamp. A whole short sentence right under the story's last paragraph is the
// story's closing line.

/** Fewest words of a closing line: "No one was hurt." has four, "Строительство начнется в феврале." three. */
const MIN_WORDS = 3
/** Longer lines are read as prose by their own text. */
const MAX_CHARS = 100
/** How a sentence opens: a capital, perhaps after a quote mark or a dash of dialogue. */
const OPENS = /^(?:["“„«‘'(]|[-–—]\s)?\p{Lu}/u

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

/**
 * The main text found (`found`, by index into `texts`) run on over the closing line right under its last block, when
 * that block is prose by its own class and the line is too short to be (`own` short) but a whole sentence
 * (isClosingLine). The line is settled good.
 */
export function withClosingLine(
  texts: readonly string[],
  own: readonly ParagraphClass[],
  settled: ParagraphClass[],
  found: [number, number],
): [number, number] {
  const last = found[1]
  const next = last + 1
  if (next >= texts.length || own[next] !== 'short' || settled[next] === 'good') return found
  if (own[last] !== 'good' && own[last] !== 'near-good') return found
  if (!isClosingLine(texts[next]!)) return found
  settled[next] = 'good'
  return [found[0], next]
}
