import type { ParagraphClass } from './paragraph-score.js'

// The author's tagline under a story: one line that names the writer and says what they do, printed after the last
// paragraph by news sites and blogs alike, in any language: "Jane Roe is a freelance writer living in Marrow.",
// "Pulitzer Prize-winning journalist Jane Roe writes a daily blog …", "Staff writer John Doe has covered the harbour
// since 2015.", "Ana Lima é jornalista e mora em Lisboa.". It is prose, so the search for the main text takes it in;
// the byline need not name the writer (author-box.ts reads the box of the author it names).

/** Longest tagline. */
const MAX_BIO = 640
/** Fewest paragraphs of the story above a tagline. */
const MIN_ABOVE = 3

/** A name: two to four capitalised words, a middle initial allowed ("Nelson D. Schwartz", "Victor Davis Hanson"). */
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|da|van|von|di|del|la|le)){1,3}`
/** Words that may describe the writer before the name: "NRO contributor", "Pulitzer Prize-winning journalist". */
const LEAD = String.raw`(?:[\p{L}-]+\s+){0,4}?`
/** What a tagline says the writer does, in the languages we read. */
const VERBS = [
  'is',
  'was',
  'writes',
  'covers',
  'reports',
  'has (?:covered|written|reported|been|worked)',
  'joined',
  'é',
  'est',
  'ist',
  'es',
  'è',
  'är',
  'er',
  'escreve',
  'écrit',
  'schreibt',
  'escribe',
  'scrive',
]
const TAGLINE = new RegExp(String.raw`^${LEAD}${NAME},?\s+(?:${VERBS.join('|')})\s`, 'u')
/** A trade the tagline names: the writer's, or the column or blog they write. */
const TRADE = new RegExp(
  String.raw`\b(?:writer|reporter|journalist|columnist|editor|correspondent|contributor|author|blogger|blog` +
    String.raw`|column|freelance|jornalista|journaliste|journalist(?:in)?|periodista|giornalista|redakteur(?:in)?` +
    String.raw`|rédact(?:eur|rice)|autor(?:in|a)?|auteur|escritor(?:a)?|écrivain|scrittore|scrittrice|colunista` +
    String.raw`|chroniqueu?se?r?|columnista|skribent|journalisti|корреспондент|журналист)`,
  'iu',
)

/**
 * Whether a line is an author's tagline: a name (after up to four words describing the writer) at its start, then a
 * verb of what the writer is or does, and a trade the line names (writer, reporter, blog, jornalista …), in
 * MAX_BIO characters or fewer. Not a paragraph about someone ("Jane Roe is the harbour master."), not a long one.
 */
export function isBioLine(text: string): boolean {
  return text.length <= MAX_BIO && TAGLINE.test(text) && TRADE.test(text)
}

/** What the rule reads of a block: its role and its text. */
export interface BioBlock {
  role: string | null
  text: string
}

/**
 * The main text's last block, pulled back before an author's tagline (isBioLine) that stands at the text's end: no
 * good paragraph after it in the region, MIN_ABOVE good paragraphs above it.
 */
export function endBeforeBioLine(
  blocks: readonly BioBlock[],
  region: readonly [number, number],
  classes: readonly ParagraphClass[],
): number {
  const good = (i: number) => blocks[i]!.role === null && classes[i] === 'good'
  let last = region[1]
  while (last > region[0] && !good(last)) last--
  if (!isBioLine(blocks[last]!.text)) return region[1]
  let paragraphs = 0
  for (let i = region[0]; i < last; i++) if (good(i)) paragraphs++
  return paragraphs >= MIN_ABOVE ? last - 1 : region[1]
}
