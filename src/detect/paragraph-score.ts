import { countPieces, countText, type TextCounts, wordsOf } from '../source/words.js'
import { stopwordShare } from './language.js'

/** jusText's classes: prose (`good`), prose-ish (`near-good`), too short to say (`short`), residue (`bad`). */
export type ParagraphClass = 'good' | 'near-good' | 'short' | 'bad'

// jusText's defaults, in characters and stopword share, lowered a little
// because our lists hold only function words (jusText's hold 300+ words).
const LENGTH_LOW = 70
const LENGTH_HIGH = 200
const LENGTH_SENTENCE = 100
const STOPWORDS_LOW = 0.22
const STOPWORDS_HIGH = 0.28
// A list item closed by a count in brackets: "Harbour ferry fares to rise in spring (145)", a "Most commented" entry.
// Not "The plant employs 300 people (2019)." (a full stop) nor "… (AP)" (letters).
const COUNT_TAIL = /\s\(\d{1,6}\)$/

/** Fewest lines in a row, none ending a sentence, that make a list (menus, "Most read"). */
const LIST_RUN = 3
const LIST_ITEM_MAX = 160
/** A list item this long or longer that reads as prose keeps its class. */
const LIST_ITEM_PROSE = 110

/**
 * What a block that ends the way sentences end closes with: "… he said.", "… ?”", "… (AP)", "…です。",
 * "…」".
 */
const SENTENCE_ENDS = '.!?…:;"”’\'»)]。．！？」』）'

/** A block ends the way sentences end: its last character (past white space) is one of SENTENCE_ENDS. */
export function endsSentence(text: string): boolean {
  const last = text.trimEnd().at(-1)
  return last !== undefined && SENTENCE_ENDS.includes(last)
}

/** Fewest words a short block needs to count as a sentence. */
const SENTENCE_WORDS = 5

/** How a sentence opens: a capital or a figure, perhaps after a quote mark or a bracket. */
const OPENS_SENTENCE = /^["“‘'(]?[\p{Lu}\p{N}]/u

/**
 * A sentence in shape: a capital or a quote first, five words or more, a full stop last. "Cruz won 11 delegates." is;
 * "Read more." is not.
 */
export function isSentence(text: string): boolean {
  return closesSentence(text) && OPENS_SENTENCE.test(text) && countPieces(text, SENTENCE_WORDS) >= SENTENCE_WORDS
}

/** A sentence's last characters: a stop, then perhaps a closing quote, then perhaps a bracket. */
export function closesSentence(text: string): boolean {
  return /[.!?…]["”’']?\)?$/u.test(text)
}

/** Share of a text's words that are stopwords. */
export function stopwordDensity(text: string, stopwords: ReadonlySet<string>): number {
  const words = wordsOf(text)
  return words.length === 0 ? 0 : words.filter((word) => stopwords.has(word)).length / words.length
}

const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i

/**
 * A line that reads like a link or a control, not like prose: a web address,
 * "Home | News | Sport", "Reply", "0 SHARES", "Mar 5 2025, 11:06am" (with the
 * text's letters, visible characters and separators counted already).
 * Not: "Officials said the talks would resume on Monday."
 */
function linkLike(text: string, letters: number, visible: number, separators: number): boolean {
  if (URL_ONLY.test(text)) return true
  // "Home | News | Sport": two separators at least, each between spaces.
  if (separators >= 2 && /\s[|•·»›]\s.*\s[|•·»›]\s/u.test(text)) return true
  return letters < visible * 0.5
}

/** `linkLike` of a text counted here: prose-shape.ts asks it of a text no stopword list reads. */
export function looksLinkLike(text: string): boolean {
  const { letters, visible, separators } = countText(text)
  return linkLike(text, letters, visible, separators)
}

/** One block's class from its own text, before context. */
export function classifyParagraph(text: string, stopwords: ReadonlySet<string>): ParagraphClass {
  const { letters, visible, separators } = countText(text)
  return classifyWith(text, linkLike(text, letters, visible, separators), stopwordDensity(text, stopwords))
}

/** `classifyParagraph` with the text's counts known already (see countsOf), and the story's language. */
export function classifyCounted(text: string, counted: TextCounts, language: string | null): ParagraphClass {
  const { letters, visible, separators } = counted
  return classifyWith(text, linkLike(text, letters, visible, separators), stopwordShare(counted, language))
}

function classifyWith(text: string, linkish: boolean, density: number): ParagraphClass {
  if (linkish) return 'bad'
  // A whole sentence, however short, is prose: "Lee says she voted “undecided.”" Links and labels never are.
  if (text.length < LENGTH_LOW) return isSentence(text) && density >= STOPWORDS_LOW ? 'near-good' : 'short'
  // A long line that never ends a sentence is a link title or a teaser; it can be near-good at best.
  const prose = endsSentence(text) || /[.!?]["”’]?\s+\p{Lu}/u.test(text)
  // jusText asks 200 characters of a good paragraph; a full sentence of 100 will do in copy without links.
  if (density >= STOPWORDS_HIGH)
    return prose && (text.length > LENGTH_HIGH || (text.length >= LENGTH_SENTENCE && endsSentence(text)))
      ? 'good'
      : 'near-good'
  if (density >= STOPWORDS_LOW) return 'near-good'
  return 'bad'
}

/**
 * Runs of LIST_RUN or more short-to-medium lines, none ending a sentence,
 * are lists (menus, "Most read", tag clouds): each item becomes `bad`.
 * A lone crosshead between paragraphs is not a run and keeps its class.
 * Nor is a run mostly of lines of code (`code`, by index): a listing, whose
 * lines the code test misses (a wrapped attribute: data-table='fares.js'></script>) are the listing's.
 */
export function markListRuns(texts: readonly string[], classes: ParagraphClass[], code: readonly boolean[] = []): void {
  let start = 0
  for (let i = 0; i <= texts.length; i++) {
    const item =
      i < texts.length && texts[i]!.length <= LIST_ITEM_MAX && (!endsSentence(texts[i]!) || COUNT_TAIL.test(texts[i]!))
    if (item) continue
    // Prose that merely lacks full stops (some sites drop them) is longer than a list item.
    if (i - start >= LIST_RUN && !mostlyCode(code, start, i))
      for (let j = start; j < i; j++)
        if (classes[j] !== 'good' && texts[j]!.length < LIST_ITEM_PROSE) classes[j] = 'bad'
    start = i + 1
  }
}

/** Whether more than half the lines from `start` up to `end` are code. */
function mostlyCode(code: readonly boolean[], start: number, end: number): boolean {
  let lines = 0
  for (let j = start; j < end; j++) if (code[j]) lines++
  return lines * 2 > end - start
}

type Side = ParagraphClass | null

/**
 * For every block, the nearest class on one side (`-1` before, `1` after) that
 * is neither short nor near-good, or null at the edge. One pass: scanning out
 * from each block was quadratic on long runs of near-good blocks (100,000
 * indented wire paragraphs took minutes; bench/hostile.mjs). Written
 * into `out` (a block's slot, all of them), which is returned.
 */
function neighbours(classes: readonly ParagraphClass[], step: 1 | -1, out: Side[]): Side[] {
  let seen: Side = null
  for (let k = 0; k < classes.length; k++) {
    const i = step === -1 ? k : classes.length - 1 - k
    out[i] = seen
    const c = classes[i]!
    if (c !== 'short' && c !== 'near-good') seen = c
  }
  return out
}

/**
 * jusText's context pass. A short block between good ones is good, between
 * bad ones bad; a near-good block is good unless bad surrounds it. Unlike
 * jusText, the edge of the text is no vote (jusText counts it as bad, which
 * would eat a story's short last paragraph).
 */
export function smoothClasses(initial: readonly ParagraphClass[]): ParagraphClass[] {
  const out = initial.slice()
  // Nearest decided class before each block is tracked on the way; the one after comes from one backward pass.
  // One array holds the neighbours after each block, first by the initial classes, then by the settled ones.
  const after = neighbours(initial, 1, new Array<Side>(initial.length))
  let before: Side = null
  for (let i = 0; i < initial.length; i++) {
    const c = initial[i]!
    if (c === 'near-good') {
      const prev = before ?? after[i] ?? null
      const next = after[i] ?? prev
      out[i] = prev === 'bad' && next === 'bad' ? 'bad' : 'good'
    } else if (c !== 'short') before = c
  }
  // Short blocks are judged by the settled prose around them (`out` so far): only short blocks change below, and they
  // are no neighbours.
  const settledAfter = neighbours(out, 1, after)
  before = null
  for (let i = 0; i < initial.length; i++) {
    if (initial[i] !== 'short') {
      before = out[i]!
      continue
    }
    const prev = before ?? settledAfter[i] ?? null
    const next = settledAfter[i] ?? prev
    // No prose anywhere to judge by: leave it to the other rules.
    if (prev === null) out[i] = 'good'
    else out[i] = prev === 'good' && next === 'good' ? 'good' : 'bad'
  }
  return out
}

/** Weight of a block in the search for the main text: prose counts by its length, residue against. */
const BAD_WEIGHT = 90
/** A one-word control ("Reply", "10:10 p.m.") still costs this much. */
const BAD_FLOOR = 25
const GOOD_CAP = 600

/** A block's weight in the search for the main text: its length if good (up to GOOD_CAP), else a cost. */
export function blockWeight(text: string, settled: ParagraphClass): number {
  return settled === 'good' ? Math.min(text.length, GOOD_CAP) : -Math.min(BAD_WEIGHT, Math.max(BAD_FLOOR, text.length))
}

/**
 * The main text: the run of blocks with the most prose in it, residue
 * counting against (a maximum-sum subarray). `skip` blocks (captions,
 * credits) weigh nothing either way. Returns [first, last] indices, or null.
 */
export function mainRegion(
  texts: readonly string[],
  classes: readonly ParagraphClass[],
  skip: readonly boolean[] = [],
): [number, number] | null {
  let best: [number, number] | null = null
  let bestSum = 0
  let sum = 0
  let from = 0
  for (let i = 0; i < classes.length; i++) {
    const w = skip[i] ? 0 : blockWeight(texts[i]!, classes[i]!)
    if (sum <= 0 && w > 0) {
      sum = 0
      from = i
    }
    sum += w
    if (sum > bestSum) {
      bestSum = sum
      best = [from, i]
    }
  }
  return best
}
