// A line of a code listing, as technical stories and blogs quote them between their paragraphs. A listing is part
// of the story's text, not the page's residue; it is no prose either: its lines are judged by the prose around
// them, and weigh nothing in the search for the main text. A menu, a share row or a list of links never has the
// punctuation of code.

/**
 * A brace, a call ("load(", "fn main()"), an arrow, a statement's closing semicolon, a comment, an attribute or a
 * tag of markup at the start of the line, a markup document's doctype or comment ("<!DOCTYPE html>", "<!-- nav -->"),
 * a bracket left open at the end of the line or closed at its start ("WITH totals AS (", "),").
 */
const CODE =
  /[{}]|\w\(|=>|;$|[([]$|^[)\]]|^(?:\/\/|\/\*|#\[|#include\b|<\/?[a-z][\w-]*(?:[\s>]|$)|<!(?:DOCTYPE\b|doctype\b|--))/

/**
 * Whether a line reads as code: "fetch('/users.json').then(r => r.json());", "}", "// cow.js", "<script src=…>".
 * Not "Read more (3)" nor "The council said the road would close; it did."
 */
export function isCodeLine(text: string): boolean {
  return text.length <= MAX_CODE_LINE && CODE.test(text)
}

/** A line of code is short; a longer line is prose that mentions code ("call load() first"). */
const MAX_CODE_LINE = 160

// A listing's other lines. Between its lines of code a query or a program has lines no punctuation gives away
// ("SELECT", "FROM", "series,"), and under it the result a terminal prints, a table ruled with box-drawing
// characters ("zone │ fare", "─────┼─────"). Such lines stand together, with no blank line
// between them and no
// prose among them: a run of them that holds code enough is the listing, every line of it.

/**
 * A line ruled with box-drawing characters: a result table as a terminal prints it ("zone │ fare",
 * "───┼───").
 */
const BOX_DRAWING = /[\u2500-\u257f]/
/** A table's rule under its header, drawn wholly with box-drawing characters: "─────┼─────". */
const RULE = /^[\u2500-\u257f\s]+$/
/**
 * What marks a line of a listing that isCodeLine misses: a name joined with underscores ("status_code"), a comparison
 * or an assignment set apart by spaces ("WHERE zone = 3"), a comma last (one of a list of columns or arguments, a
 * line each). Menus write none of them, nor does prose a line at a time.
 */
const CODE_HINT = /\b[A-Za-z]+_\w|\s(?:=|==|!=|<>|:=)\s|,$/

/** Fewest lines of code in a run, and their least share of it, that make the whole run a listing. */
const RUN_CODE = 2
const RUN_SHARE = 0.25

/**
 * One line as the listing test reads it: its text, whether it is prose, whether it sits right under the line before.
 */
export interface ListingLine {
  text: string
  prose: boolean
  tight: boolean
}

/**
 * Which lines belong to a code listing: lines of code (isCodeLine) and ruled result tables, and every line of a
 * tight run (no blank line, no prose between its lines) that holds a table's rule, or of which RUN_CODE lines or more,
 * a quarter or more, are code or carry its marks (CODE_HINT). "WITH totals AS (" / "SELECT" / "zone," /
 * "sum(fare) AS total" / "FROM trips" / ")" is one run; a menu of "Home", "Cart(0)" and "Sign in" is not.
 */
export function listingLines(lines: readonly ListingLine[]): boolean[] {
  const out = lines.map((line) => isCodeLine(line.text) || BOX_DRAWING.test(line.text))
  let start = 0
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.tight && !lines[i]!.prose && !lines[i - 1]!.prose) continue
    // A line alone is a listing's only as a line of code.
    if (i - start >= RUN_CODE && isListing(lines, out, start, i))
      for (let k = start; k < i; k++) out[k] = out[k]! || !lines[k]!.prose
    start = i
  }
  return out
}

/**
 * Whether the run of lines from `start` up to `end` (`code`: which are code or ruled, by index) is a listing: a ruled
 * table, or code enough.
 */
function isListing(lines: readonly ListingLine[], code: readonly boolean[], start: number, end: number): boolean {
  let count = 0
  for (let k = start; k < end; k++) {
    if (code[k] && RULE.test(lines[k]!.text)) return true
    if (code[k] || CODE_HINT.test(lines[k]!.text)) count++
  }
  return count >= RUN_CODE && count >= (end - start) * RUN_SHARE
}
