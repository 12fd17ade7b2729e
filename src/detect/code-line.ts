// A line of a code listing, as technical stories and blogs quote them between their paragraphs. A listing is part
// of the story's text, not the page's residue; it is no prose either: its lines are judged by the prose around
// them, and weigh nothing in the search for the main text. A menu, a share row or a list of links never has the
// punctuation of code.

/**
 * A brace, a call ("load(", "fn main()"), an arrow, a statement's closing semicolon, a comment, an attribute or a
 * tag of markup at the start of the line, a markup document's doctype or comment ("<!DOCTYPE html>", "<!-- nav -->").
 */
const CODE = /[{}]|\w\(|=>|;$|^(?:\/\/|\/\*|#\[|#include\b|<\/?[a-z][\w-]*(?:[\s>]|$)|<!(?:DOCTYPE\b|doctype\b|--))/

/**
 * Whether a line reads as code: "fetch('/users.json').then(r => r.json());", "}", "// cow.js", "<script src=…>".
 * Not "Read more (3)" nor "The council said the road would close; it did."
 */
export function isCodeLine(text: string): boolean {
  return text.length <= MAX_CODE_LINE && CODE.test(text)
}

/** A line of code is short; a longer line is prose that mentions code ("call load() first"). */
const MAX_CODE_LINE = 160
