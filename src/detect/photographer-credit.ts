import { countPieces } from '../source/words.js'
import type { LabelledBlock } from './context.js'
import { endsSentence } from './paragraph-score.js'

// A photo credit written as the photographer's name over the outlet or
// agency, without a "Photo:" lead: "Evan Marsh/AP Photo", "Scott Rand /
// Cityblog", "Tom Greer/Digital Vision/Getty Images". Alone on its line
// under the photo's caption, which the story's first paragraph would
// otherwise be taken for.

/** Name / outlet: two to four capitalised words, a slash, one to three capitalised names split by slashes. */
const NAME_OVER_OUTLET = new RegExp(
  String.raw`^\(?\s*\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}` +
    String.raw` ?\/ ?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{Lu}\p{N}&][\p{L}\p{N}&'’.-]*){0,3}` +
    String.raw`(?: ?\/ ?[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{Lu}\p{N}&][\p{L}\p{N}&'’.-]*){0,3}){0,2}\s*\)?$`,
  'u',
)
const MAX_CHARS = 90

/** Whether a line is a photographer's name over the outlet alone: "Evan Marsh/AP Photo". */
export function isNameOverOutlet(text: string): boolean {
  return text.length <= MAX_CHARS && NAME_OVER_OUTLET.test(text)
}
/** Fewest words a caption has: "The mayor speaks during a ceremony …" does, "World News" does not. */
const CAPTION_WORDS = 5

/**
 * Whether `credit` is a photographer's credit line ("Evan Marsh/AP Photo") under `caption`, a caption by its
 * length and its closing stop: not a breadcrumb ("World News/Europe") under a menu item, not tags ("Pop RIP
 * Gossip / Rumours") under a teaser.
 */
export function isPhotographerCredit(credit: LabelledBlock, caption: LabelledBlock | undefined): boolean {
  return (
    caption !== undefined &&
    isNameOverOutlet(credit.text) &&
    countPieces(caption.text, CAPTION_WORDS) >= CAPTION_WORDS &&
    endsSentence(caption.text)
  )
}
