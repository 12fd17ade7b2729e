// A picture's caption that ends with its photographer's name in brackets: "Dig a hole by the fence. (Jane Roe)".
// How-to pages and blogs credit every picture so, the same name under each one. A name in brackets at the end of a
// line is often something else (a film's star, a party, a product's "(Latest Model)"), so it takes the page to say
// which: the same bracketed name ends two short lines or more, and the page names that person elsewhere too, as its
// byline ("By Jane Roe") or a credit line.

/** A name in brackets at the end of a line: two to four capitalised words, perhaps a full stop after it. */
const BRACKETED_NAME = /\s\((\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3})\)\.?$/u
/** Longest caption read: a line or two, not a paragraph. */
const MAX_CAPTION_CHARS = 150
/** Fewest lines one name must end for it to be the page's photo credit. */
const MIN_REPEATS = 2

/** A short line split into its caption and the name in brackets that ends it, or null. */
export function splitBracketedName(text: string): { caption: string; name: string } | null {
  if (text.length > MAX_CAPTION_CHARS) return null
  const m = BRACKETED_NAME.exec(text)
  if (!m) return null
  const caption = text.slice(0, m.index).trim()
  return caption ? { caption, name: m[1]! } : null
}

/**
 * The names in brackets that end MIN_REPEATS of `texts` or more, and that another of `texts` names outside such a
 * bracket: the page's photo credits.
 */
export function repeatedCredits(texts: readonly string[]): Set<string> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    const split = splitBracketedName(text)
    if (split) counts.set(split.name, (counts.get(split.name) ?? 0) + 1)
  }
  const namedElsewhere = (name: string) => texts.some((t) => t.includes(name) && splitBracketedName(t)?.name !== name)
  return new Set([...counts].filter(([name, n]) => n >= MIN_REPEATS && namedElsewhere(name)).map(([name]) => name))
}
