import { endsSentence } from './paragraph-score.js'

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
