import type { Examples } from './examples.js'

// Photo captions by their shape, as news photo desks write them (the AP's caption style and its kin): a page copied
// into text keeps a picture's caption as a line of its own, often right above the story's first paragraph, and
// with no credit line under it for the media step to find. What gives a caption away is how it is written, not
// where it stands: "In this … photo", who stands where ("Jane Roe, left, and …"), and a credit in brackets at the
// end ("(Jane Roe/Reuters)", "(NASA via AP, File)").

/**
 * A caption's opening: "In this March 4, 2021, file photo, …", "FILE - In this photo taken …", "In this image from
 * video …"; between "In this" and the photo only a date and words for the kind of photo.
 */
export const IN_THIS_PHOTO = new RegExp(
  String.raw`^(?:FILE\s*[-–—]+\s*)?In (?:this|these)(?:\s+(?:[\p{Lu}\d][\p{L}\d.]*,?|file|handout|undated` +
    String.raw`|aerial|combination)){0,6}?\s+(?:photos?|images?|pictures?|photographs?|frame grab|video grab)\b`,
  'u',
)

/** @examples read by test/lexicon-examples.test.ts */
export const IN_THIS_PHOTO_EXAMPLES: Examples = {
  match: [
    'In this March 4, 2021, file photo released by the council, two divers inspect the pier.',
    'FILE - In this Oct. 3, 2019 photo, the mayor speaks to reporters at city hall.',
    'In this photo taken Tuesday, a crane lifts the first section of the new pier.',
    'In this image made from video, smoke rises over the harbour.',
  ],
  noMatch: [
    'In this town, everyone knows the photo shop on Castle Street.',
    'In the photo, the mayor is seen smiling.',
    'In this case the council said it would wait for the report before it decided anything about photographs.',
  ],
}

/**
 * Who stands where, set off by commas or in brackets: "Jane Roe, left, and John Doe shake hands", "the mayor
 * (centre)". Not "… something different, right?": the word is set off on both sides, before "and" or a verb.
 */
export const STANDS_WHERE = new RegExp(
  String.raw`\p{L},\s(?:left|right|center|centre|second (?:from )?(?:left|right)|top|bottom|foreground` +
    String.raw`|background),\s\p{Ll}|\s\((?:left|right|center|centre|l|r|l-r|from left|pictured)\)[,\s]`,
  'iu',
)

/** @examples read by test/lexicon-examples.test.ts */
export const STANDS_WHERE_EXAMPLES: Examples = {
  match: [
    'Defence Minister Jane Roe, left, and her counterpart John Doe shake hands in Marrow, Wednesday, Nov. 20, 2019.',
    'Council leader Ann Lee, centre, speaks with traders during a visit to the market on Tuesday.',
    'The mayor (left) and the harbour master inspect the damaged pier.',
  ],
  noMatch: [
    'Turn left, then right, and the pier is in front of you.',
    '"This was something different, right?" he said.',
    'She said the party had moved to the right, and voters noticed.',
  ],
}

/**
 * A credit in brackets closing a caption, after the caption's full stop: a photographer and an outlet with a slash
 * between them, or a source "via" an agency, a capital first. No digits and no colon inside: "(2016/06/24)" is a
 * date, "(http://…)" a link; a bracket inside the sentence ("… 1985/86 (August/July).") is the sentence's own.
 */
export const BRACKETED_CREDIT = /[.!?]["”’]?\s*\(\p{Lu}[^()\d:]{0,80}(?:\/|\svia\s)[^()\d:]{1,80}\)\s*$/u

/** @examples read by test/lexicon-examples.test.ts */
export const BRACKETED_CREDIT_EXAMPLES: Examples = {
  match: [
    'The council leader speaks to reporters after the vote, October 31, 2019. (Jane Roe/Reuters)',
    'Two astronauts work outside the station during construction. (NASA via AP, File)',
    'The old ferry leaves the harbour for the last time. (Ruth Penhale / Marrow Bay Gazette)',
  ],
  noMatch: [
    'The rally ran from noon to six (2016/06/24)',
    'Read the statement (http://example.org/statement)',
    'Fares will rise for all passengers and/or vehicles (and/or freight).',
    'The vote was close, he said (and he was right).',
    'Deliveries were unchanged from 1985/86 (August/July).',
  ],
}
