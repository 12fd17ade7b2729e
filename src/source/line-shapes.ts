import type { Line } from './lines.js'

// Shapes of a raw line that decide where a block of wire copy starts or ends (segment-text.ts):
// ANPA's header lines, a web address alone, a list item's wrapped lines.

// An ANPA header line: a caret first (after the paragraph indent), and for its end `<` or `=`.
const ANPA_HEADER_LINE = /^[ \t]*\^/
const ANPA_LINE_END = /[<=][ \t]*$/

/** `^AP Photo XNP101<`, `^By PAUL BRANNOCK=`: an ANPA header line opens with a caret. */
export function opensAnpaHeaderLine(line: Line): boolean {
  return ANPA_HEADER_LINE.test(line.text)
}

/** ANPA closes a header line with `<` (its end-of-line mark) or `=` (a byline line's). */
export function closesAnpaHeaderLine(line: Line): boolean {
  return ANPA_HEADER_LINE.test(line.text) && ANPA_LINE_END.test(line.text)
}

const ADDRESS_ONLY = /^[ \t]*(?:https?:\/\/|www\.)\S+[ \t]*$/i
const SENTENCE_END = /[.!?]["'”’)]?[ \t]*$/

export function isAddressOnly(line: Line): boolean {
  return ADDRESS_ONLY.test(line.text)
}

export function closesSentence(line: Line): boolean {
  return SENTENCE_END.test(line.text)
}

/** A bullet or number opening a list item, with the space after it: "- ", "-- ", "* ", "• ", "1. ", "2) ". */
export const LIST_MARKER = /^(?:[-*•·–]{1,2}|\d{1,2}[.)])[ \t]+(?=\S)/

// A list item's marker after the line's indent.
const INDENTED_MARKER = /^[ \t]*((?:[-*•·–]{1,2}|\d{1,2}[.)])[ \t]+)(?=\S)/

/** Whether `next` continues the list item `first` opens: indented to the column the item's words start at. */
export function continuesListItem(first: Line, next: Line): boolean {
  const marker = INDENTED_MARKER.exec(first.text)
  return marker !== null && next.indent === first.indent + marker[1]!.length
}
