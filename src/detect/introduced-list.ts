import { closesSentence, endsSentence, looksLinkLike, type ParagraphClass } from './paragraph-score.js'

// A list the story introduces: "The tour dates:" and then a line per date, "June 9 -- Arena, City". Its lines are
// short and end no sentence, as a menu's or a related list's do, but a line of the story ending in a colon announces
// them, and they share the shape of the first one: the same separator between their parts. They are the story's.

/** Separators between the parts of a list item: "June 9 -- Arena, City", "Ferry: 6.10 am", "Arena | City". */
const SEPARATORS = [' -- ', ' – ', ' — ', ' - ', ': ', ' | ', ' @ '] as const
/** Fewest items that make a list, and the longest item. */
const MIN_ITEMS = 3
const MAX_ITEM = 160
/** Fewest words of an introducing line: "Tour dates:" is a label, "The band's tour dates:" introduces. */
const INTRO_WORDS = 3

/** The separator an item's parts are set apart with, if it has one of SEPARATORS. */
function separatorOf(text: string): string | undefined {
  return SEPARATORS.find((s) => text.includes(s))
}

/**
 * The last of the items a line ending in a colon at `intro` introduces (by index into `texts`), when three or more
 * follow it in a row, each short, ending no sentence and set apart as the first is; else -1.
 */
export function introducedListEnd(texts: readonly string[], intro: number): number {
  const line = texts[intro]
  if (line === undefined || !line.trimEnd().endsWith(':') || line.split(/\s+/).length < INTRO_WORDS) return -1
  const first = texts[intro + 1]
  const sep = first === undefined ? undefined : separatorOf(first)
  if (!sep) return -1
  let last = intro
  for (let k = intro + 1; k < texts.length; k++) {
    const item = texts[k]!
    if (item.length > MAX_ITEM || endsSentence(item) || !item.includes(sep)) break
    last = k
  }
  return last - intro >= MIN_ITEMS ? last : -1
}

// A list the story introduces in its middle: "Here is how it works:" or "What you'll need:", then a line per item, then
// the
// story goes on. Its items need share no separator: the prose on both sides of it says it is the story's, where a
// menu or a list of links stands apart from the prose ("Our sites around the globe:" over a menu over the headline).

/** Fewest items of a list between prose. */
const MIN_PROSE_ITEMS = 2

/**
 * The last item of a list a line ending in a colon at `intro` introduces in the middle of the story (by index into
 * `texts`; `prose` says which blocks read as prose by their own text): prose right above the line, then two or more
 * short lines that end no sentence (no stop; a bracket may close them), neither capitalised throughout nor links,
 * then a line of prose. Else -1. "Here is how it works:" / "You open a shop" / "Neighbours find it" / "The sooner
 * it is known, the better." is one.
 */
export function listBetweenProse(texts: readonly string[], prose: readonly boolean[], intro: number): number {
  return prose[intro - 1] === true ? listBeforeProse(texts, prose, intro) : -1
}

/**
 * The last item of a list a line ending in a colon at `intro` introduces, when prose follows it (listBetweenProse,
 * without asking for prose above the line); else -1.
 */
export function listBeforeProse(texts: readonly string[], prose: readonly boolean[], intro: number): number {
  const line = texts[intro]
  if (line === undefined || !line.trimEnd().endsWith(':') || line.split(/\s+/).length < INTRO_WORDS) return -1
  if (isCapitals(line)) return -1
  let last = intro
  for (let k = intro + 1; k < texts.length; k++) {
    const item = texts[k]!
    const figure = FIGURE.test(item)
    if (item.length > MAX_ITEM || closesSentence(item) || item.endsWith(':')) break
    if (!figure && (isCapitals(item) || looksLinkLike(item))) break
    last = k
  }
  if (last - intro < MIN_PROSE_ITEMS) return -1
  if (prose[last + 1] === true) return last
  // A label ending in a colon may head what follows, as a recipe's "Ingredients:" list is followed by "Method:" and its
  // steps: the label is the list's last line when prose follows it.
  return isLabel(texts[last + 1]) && prose[last + 2] === true ? last + 1 : -1
}

/** Most words of a label heading a story's next part: "Method:", "Zubereitung:", "Mode de préparation :". */
const LABEL_WORDS = 4

/** A short label ending in a colon: "Zubereitung:". */
function isLabel(text: string | undefined): boolean {
  if (!text?.trimEnd().endsWith(':')) return false
  return text.split(/\s+/).length <= LABEL_WORDS
}

/**
 * A figure alone, as a table's cells stand a line each when a page's table is copied: "71.1 MB", "13.4 MB (-81%)",
 * "$4.50", "12%". Few letters, but no link: an item of the list.
 */
const FIGURE = /^[-+]?[$€£¥]?\d[\d.,]*\s?(?:%|\p{L}{1,3}\.?)?(?:\s\([-+]?\d[\d.,]*\s?%?\))?$/u

/** A line in capitals throughout: a label or a button ("SIGN UP NOW:", "READ MORE"). */
function isCapitals(text: string): boolean {
  return text === text.toUpperCase()
}

// A numbered list the story introduces: "Here are the best offers:" / "1) A toy train" / a link / "2) A board game" /
// a link / … Its items count up from one, each perhaps with the same number of lines under it (a link, a price);
// menus and link lists are not numbered so.

/** Most lines from one numbered item to the next. */
const MAX_STRIDE = 4
/** An item's number and its mark: "1) ", "2. ". */
const NUMBERED = /^(\d{1,3})([.)]) /

/**
 * The last line of a numbered list a line ending in a colon at `intro` introduces: MIN_ITEMS items or more numbered
 * from 1 in sequence with one mark, each the same number of lines (up to MAX_STRIDE) after the one before; the last
 * item keeps as many lines under it as the others. Else -1.
 */
export function numberedListEnd(texts: readonly string[], intro: number): number {
  const line = texts[intro]
  if (line === undefined || !line.trimEnd().endsWith(':') || line.split(/\s+/).length < INTRO_WORDS) return -1
  const first = NUMBERED.exec(texts[intro + 1] ?? '')
  if (first?.[1] !== '1') return -1
  const mark = first[2]
  let stride = 0
  for (let s = 1; s <= MAX_STRIDE && stride === 0; s++) if (texts[intro + 1 + s]?.startsWith(`2${mark} `)) stride = s
  if (stride === 0) return -1
  let items = 1
  while (texts[intro + 1 + items * stride]?.startsWith(`${items + 1}${mark} `)) items++
  if (items < MIN_ITEMS) return -1
  return Math.min(texts.length - 1, intro + items * stride)
}

/**
 * Lists the story introduces between its paragraphs (introduced-list.ts), with their introducing line, read as prose
 * before context: the prose after them is judged beside the story's text, not beside a run of residue.
 */
export function settleListsInProse(texts: readonly string[], own: ParagraphClass[]): void {
  const prose = own.map((c) => c === 'good' || c === 'near-good')
  for (let k = 0; k < texts.length; k++) {
    const last = listBetweenProse(texts, prose, k)
    if (last < 0) continue
    for (let j = k; j <= last; j++) own[j] = 'good'
    k = last
  }
}

// A list inside the main text: a how-to's "What you'll need:" over its tools, then its steps. Above such a list may
// stand a caption or a box of links the page set into the story, so no prose need be right above its line: that the
// main text found runs on past it says the list is the story's.

/**
 * Lists a line ending in a colon introduces inside the main text (`found`, by index into `texts`), prose after them
 * (listBeforeProse): the line and its items, residue once smoothed (`settled`), are settled good.
 */
export function settleListsInText(
  texts: readonly string[],
  own: readonly ParagraphClass[],
  settled: ParagraphClass[],
  found: readonly [number, number],
): void {
  const prose = own.map((c) => c === 'good' || c === 'near-good')
  for (let k = found[0]; k < found[1]; k++) {
    const last = listBeforeProse(texts, prose, k)
    if (last < 0 || last >= found[1]) continue
    for (let j = k; j <= last; j++) settled[j] = 'good'
    k = last
  }
}
