import { splitDateline } from './dateline.js'
import { closesSentence, type ParagraphClass } from './paragraph-score.js'

// A story's first paragraph opens with its dateline: "BUFFALO, N.Y. — Hours before the game, the coach said …".
// Such a lead is dense with names and places and short of function words, so the stopword test can read it as
// residue, and the story then loses its first paragraph. A menu, a teaser or a footer never opens with a dateline;
// a paragraph that does, and is a whole sentence, is the story's prose.

/** Shortest lead read: a paragraph, not a teaser's line. */
const MIN_LEAD = 100
/** How far into the text a dateline's dash may stand. */
const DASH_WITHIN = 60

/**
 * What a dateline holds before its dash: a place in capitals first ("ATLANTA", "ST. LOUIS", "A CORUÑA"), or a date's
 * figures or an agency's bracket or slash ("Berlin, 3. März (dpa) -"). Read first: most paragraphs with a dash have
 * none, and splitDateline's pattern is long.
 */
const LEAD_SHAPE = /^(?:\p{Lu}[ .'’-]{0,2}\p{Lu}|[^-–—_]*[\d(/])/u

/**
 * Whether a text is a paragraph that opens with a dateline: "ATLANTA (AP) — Firefighters …", "PARIS — Le …".
 */
export function isDatelineLead(text: string): boolean {
  if (text.length < MIN_LEAD || !closesSentence(text)) return false
  const head = text.slice(0, DASH_WITHIN)
  if (!/[-–—_]/.test(head) || !LEAD_SHAPE.test(head)) return false
  const split = splitDateline(text)
  return split !== null && split.rest.length > 0
}

/** Paragraphs that open with a dateline (by index into `texts`) become `good` in `own`, the classes before context. */
export function markDatelineLeads(texts: readonly string[], own: ParagraphClass[]): void {
  for (let k = 0; k < texts.length; k++) if (own[k] !== 'good' && isDatelineLead(texts[k]!)) own[k] = 'good'
}

/** How far into the main text a dateline lead may stand and still start it. */
const LEAD_WITHIN = 4

/**
 * The main text (`found`, by index into `texts`) started at a dateline lead among its first LEAD_WITHIN blocks when
 * nothing above the lead in it is prose by its own text (`own`): the teasers smoothing carried in over the lead are
 * not the story's. "Ferry fares to rise" / "DOVER, England — The harbour …" starts at "DOVER".
 */
export function startAtDatelineLead(
  texts: readonly string[],
  own: readonly ParagraphClass[],
  found: [number, number],
): [number, number] {
  for (let k = found[0]; k <= Math.min(found[1], found[0] + LEAD_WITHIN); k++) {
    if (isDatelineLead(texts[k]!)) return [k, found[1]]
    if (own[k] === 'good') break
  }
  return startAtLeadUnderSnippets(texts, own, found)
}

/** Fewest prose paragraphs in a row that a deep lead opens: a story, not a teaser with its snippet. */
const MIN_STORY_RUN = 3

/** How many blocks from `from` on (up to `last`) are prose by their own text, in a row. */
function proseRun(own: readonly ParagraphClass[], from: number, last: number): number {
  let k = from
  while (k <= last && own[k] === 'good') k++
  return k - from
}

/**
 * The main text (`found`) started deeper, at a dateline lead that opens a run of MIN_STORY_RUN prose paragraphs or
 * more, when above the lead the text holds no run of prose as long: a stream of teasers, each a title over one
 * snippet, that the search carried in over the story's own header. A story's later dateline ("WASHINGTON — …" in a
 * round-up) stands under its own prose, and the story's first paragraphs are a run at least as long.
 */
function startAtLeadUnderSnippets(
  texts: readonly string[],
  own: readonly ParagraphClass[],
  found: [number, number],
): [number, number] {
  let longestAbove = 0
  for (let k = found[0]; k <= found[1]; k++) {
    const run = proseRun(own, k, found[1])
    if (run === 0) continue
    if (own[k - 1] !== 'good' && k > found[0] && isDatelineLead(texts[k]!)) {
      if (run >= MIN_STORY_RUN && run > longestAbove) return [k, found[1]]
    }
    longestAbove = Math.max(longestAbove, run)
    k += run - 1
  }
  return found
}
