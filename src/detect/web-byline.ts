import { BYLINE_LEAD, BYLINE_ROLE, NOT_NAMES } from '../lexicon/agencies.js'
import { BUTTON_WORDS, SECTION_WORDS } from '../lexicon/byline-neighbours.js'
import { AUTHOR_LABEL } from '../lexicon/page-meta.js'
import type { Byline } from '../model/article.js'
import { answerOncePerLine } from './answer-once-per-line.js'
import { AND_WORDS, isName, MAY_LEAD, parseByline } from './byline.js'
import { CJK_NAME, cjkByline } from './byline-cjk.js'
import { leadingStampEnd, MAX_STAMP, trailingStampAt } from './page-date.js'

// Bylines as web pages print them: with the date on the same line ("By Laura
// Adkins March 14, 2025", "December 11, 2024 by Petra Lindqvist", "Alex
// Perry 1 day ago"), the lead glued or doubled ("ByTrevor Hale", "Byby JOSH
// HASKELL"), a label for the lead in any language ("Written by", "Autor:",
// "投稿者"), a handle or an address beside the name ("Grant
// Bramley@GlenBramley", "Mark Colter | mcolter@example.com"), a job after a bar or
// a comma ("Jane Roe | Reporter"), the author's post in brackets after the
// names ("Par Léa Martin (Bruxelles, bureau européen)"). The byline's text is
// the line as written, less the stamp at either end, a handle and a note in
// brackets (which becomes the byline's role).

/** Separators and white space at the edges of what is left: "// By Ravi Dev Menon •" → "By Ravi Dev Menon". */
const EDGE = String.raw`[\s|•·/—–:,-]`
export const EDGES = new RegExp(`^${EDGE}+|(?<!${EDGE})${EDGE}+$`, 'gu')
/**
 * An e-mail address, or a handle glued to the name or apart: "mcolter@example.com", "Bramley@GlenBramley", "@TomG".
 * Each
 * part is as long as an address's may be (64 characters before the "@", 63 a domain label), so a long run of such
 * characters is read in linear time.
 */
export const CONTACT =
  /(?<![\p{L}\p{N}_.+-])[\p{L}\p{N}_.+-]{1,64}@[\p{L}\p{N}-]{1,63}\.[\p{L}\p{N}.-]{1,190}|@[\p{L}\p{N}_]{1,64}/gu
/** A handle glued to a name: "Bramley@GlenBramley". */
export const GLUED_HANDLE = /(?<=\p{L})@[\p{L}\p{N}_]+(?![\p{L}\p{N}_.@-])/gu
/**
 * The lead, perhaps glued to the name, written twice (a label, then a link) or with a colon: "ByTrevor Hale", "Byby
 * JOEL HARTLEY", "by: Lorna Oates".
 */
const GLUED_LEAD = /^(by|von|par|por|door)[\s:]*(?:\1[\s:]+)?(?=\p{Lu})/iu
/**
 * Parts of a line a bar or a dot sets apart: "Politik · Jonas Berger, Tanja Hellwig", "Mark Colter |
 * mcolter@example.com".
 */
const BAR = '[|•·]'
export const PARTS = new RegExp(String.raw`(?<!\s)\s*${BAR}\s*`, 'u')
const ROLE = new RegExp(`^${BYLINE_ROLE}$`, 'u')
/** Longest byline read. */
const MAX_CHARS = 150

// Why the two functions below exist: EDGES and PARTS are tried at every position of a line, and most lines the
// header cluster asks about neither open nor close with a separator nor hold a bar or a dot, where neither pattern
// can match; trying them anyway was some 30 us/story of the bench corpus (bench/README.md). Each is held to its
// pattern by test/detect-web-byline.test.ts.
const EDGE_ALONE = new RegExp(`^${EDGE}$`, 'u')
const HAS_BAR = new RegExp(BAR, 'u')

/**
 * The text less the separators and white space at its edges (EDGES): none unless its first or last character is one.
 */
export function withoutEdges(text: string): string {
  return EDGE_ALONE.test(text.charAt(0)) || EDGE_ALONE.test(text.charAt(text.length - 1))
    ? text.replace(EDGES, '')
    : text
}

/** The non-empty parts of a text that a bar or a dot sets apart (PARTS): the text itself if it holds none. */
export function partsOf(text: string): string[] {
  return (HAS_BAR.test(text) ? text.split(PARTS) : [text]).filter(Boolean)
}

/** Applies `edit` to a line that holds an address or a handle (each has an @); a line with none is left as it is. */
function withContacts(text: string, edit: (text: string) => string): string {
  return text.includes('@') ? edit(text) : text
}

/** The line less a stamp at its end or its start and the separators left at its edges. */
export const withoutStamps = answerOncePerLine(lessStamps)

function lessStamps(text: string): string {
  let t = text
  const tail = trailingStampAt(t)
  if (tail > 0) t = t.slice(0, tail)
  const head = leadingStampEnd(t)
  if (head > 0) t = t.slice(head)
  return withoutEdges(t)
}

/**
 * A byline of a web page, or null: "By Nora E. Quillan March 14, 2025" (text "By Nora E. Quillan"),
 * "ByTrevor Hale Dec 9, 2016", "Written by Rob Ellory", "Autor: Hans Meier", "投稿者 Hiroto Nakase",
 * "Mark Colter | mcolter@example.com", "Jane Roe | Staff Reporter". Not "By the numbers: how the vote split",
 * not "Written off by the markets", not a date alone.
 */
function webBylineOf(text: string): Byline | null {
  // A byline with a stamp at either end is no longer than the longest byline and the longest stamp.
  if (text.length > MAX_CHARS + MAX_STAMP) return null
  // A handle glued to the name is a link printed beside it, not part of the byline: "Jane Roe@janeroe".
  const shown = withContacts(withoutStamps(text), (t) => t.replace(GLUED_HANDLE, ''))
  if (shown.length === 0 || shown.length > MAX_CHARS) return null
  const named = namesOf(shown)
  if (named) return { ...named, text: shown }
  const cjk = cjkByline(shown)
  if (cjk) return cjk
  // A note in brackets after the names is the author's post, not a name: "Par Léa Martin (Bruxelles, bureau
  // européen)".
  const open = noteAt(shown)
  const beforeNote = open > 0 ? shown.slice(0, open).trimEnd() : ''
  const led = beforeNote ? namesOf(beforeNote) : null
  if (!led || led.agency !== null || led.role) return null
  return { ...led, role: shown.slice(open + 1, -1).trim(), text: beforeNote }
}

/** Longest note in brackets after a byline's names. */
const MAX_NOTE = 60

/** Where a note in brackets that closes a line opens ("Jane Roe (Washington)" → 9), or -1. */
function noteAt(text: string): number {
  if (!text.endsWith(')')) return -1
  const open = text.lastIndexOf('(')
  return open > 0 && text.length - open - 2 <= MAX_NOTE && !text.slice(open + 1, -1).includes(')') ? open : -1
}

function namesOf(shown: string): Omit<Byline, 'text'> | null {
  const spaced = withContacts(shown, (t) => t.replace(CONTACT, ' ')).replace(/\s+/g, ' ')
  const bare = withoutEdges(spaced)
  if (!bare) return null
  const glued = GLUED_LEAD.exec(bare)
  const led = glued ? authorsAfterLead(bare.slice(glued[0].length)) : null
  if (led) return led
  const label = AUTHOR_LABEL.exec(bare)
  if (label && label[0].length < bare.length) {
    const rest = bare.slice(label[0].length)
    const named = authorsAfterLead(rest)
    // A short label word without its colon is a word of a sentence or a name before one word: "Di Maio" (a
    // surname), "Af Danmark" ("of Denmark"), "Του Σαββάτου" ("of Saturday"). It leads a full name only.
    if (named && isShortLabel(label[0]) && named.authors.some((name) => !name.includes(' '))) return null
    return named ?? (/[:：]/u.test(label[0]) ? caselessNames(rest) : null) ?? creditedFirst(rest)
  }
  // A name with an address or a handle beside it is a byline: "Mark Colter | mcolter@example.com".
  if (bare.length < shown.length - 2 && shown.includes('@')) {
    const named = authorsAfterLead(bare)
    if (named && named.authors.length > 0 && bare.includes(' ')) return named
  }
  // Parts a bar or a dot sets apart: one of them the names, the others a job, a section label or nothing.
  const parts = partsOf(bare)
  if (parts.length > 1) {
    const isLabel = (p: string) => ROLE.test(p) || isLabelWord(p)
    const names = parts.filter((p) => !isLabel(p)).map(authorsAfterLead)
    return names.length === 1 && names[0] && names[0].authors.length > 0 ? names[0] : null
  }
  // "Nolan D. Shaw, Staff Writer": a name, a comma, a job.
  const comma = bare.lastIndexOf(', ')
  if (comma > 0 && ROLE.test(bare.slice(comma + 2))) {
    const byline = authorsAfterLead(bare.slice(0, comma))
    return byline ? { ...byline, role: bare.slice(comma + 2) } : null
  }
  return null
}

/** One word in a bar's part of a byline line: a section ("Politik"), a desk ("Opinion"). */
function isLabelWord(part: string): boolean {
  return /^\p{Lu}[\p{L}&-]{1,20}$/u.test(part)
}

/** A label of one short word in an alphabet, without a colon: "Di", "Av", "Af", "Του" (not "作者", "기자"). */
function isShortLabel(label: string): boolean {
  const word = label.trim()
  return word.length <= 3 && /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]+$/u.test(word)
}

/** A credit of another kind after a bar: "Edited by: John Doe", "Photos: John Doe", "Fotos: Jana Rohr". */
const OTHER_CREDIT = /^[\p{L} ]{2,20}?(?:\s+by)?\s*:\s*\p{Lu}/iu

/**
 * The writer's names before other credits a bar sets apart on the same line: "Written By: Jane Roe | Edited By: John
 * Doe", "Text: Jane Roe | Photos: John Doe" (the label already taken off). Null unless every other part is a credit.
 */
function creditedFirst(rest: string): Omit<Byline, 'text'> | null {
  const [first, ...others] = partsOf(rest)
  if (!first || others.length === 0 || !others.every((part) => OTHER_CREDIT.test(part))) return null
  return authorsAfterLead(first)
}

/** A word of a script without capitals but with spaces between words: Arabic, Hebrew, Devanagari, Thai. */
const CASELESS_WORD = /^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Thai}]+$/u

/**
 * A name of two to four words in a script without capitals, after a label and its colon ("كتب: محمد علي", "लेखक:
 * राहुल शर्मा"), where the colon alone tells a byline from a sentence that opens with the label's word.
 */
function caselessNames(rest: string): Omit<Byline, 'text'> | null {
  const name = withoutEdges(rest)
  const words = name.split(' ')
  return words.length >= 2 && words.length <= 4 && words.every((w) => CASELESS_WORD.test(w))
    ? { authors: [name], agency: null }
    : null
}

/** The names of "X", "X and Y", "X, Y y Z", or a CJK name, as `parseByline` reads them after "By". */
function authorsAfterLead(rest: string): Omit<Byline, 'text'> | null {
  const names = withoutEdges(rest)
  if (CJK_NAME.test(names)) return { authors: [names], agency: null }
  const parsed = parseByline(`By ${names}`)
  if (!parsed || (parsed.authors.length === 0 && !parsed.agency)) return null
  const { text: _text, ...rest2 } = parsed
  return rest2
}

/**
 * A line that is a name alone, two to four capitalised words: a byline when a date or a label sits beside it.
 * (A name in a script without capitals is told only by its label: "作者：王小明".)
 */
function nameLineOf(text: string): Byline | null {
  const shown = withoutStamps(text)
  const words = shown.split(' ')
  if (words.length < 2 || words.length > 4 || !isName(shown) || BUTTON_WORDS.includes(words[0]!)) return null
  // A section's or a feature's name: "Local News", "Editor’s Pick".
  if (SECTION_WORDS.includes(words[words.length - 1]!) || words.some((w) => /['’]s$/u.test(w))) return null
  // A day or a month after the first word is no name's: "Business Monday", "Sports Weekend Today".
  if (words.slice(1).some((w) => NOT_NAMES.includes(w))) return null
  return { text: shown, authors: [shown], agency: null }
}

/**
 * The last two names of a list: "Jane Roe and John Doe", "Jane Roe, John Doe & Ann Lee" (not "Jane Roe, Business
 * Insider").
 */
const NAME_LIST = new RegExp(` (?:${AND_WORDS}) `, 'u')

/**
 * A line that is a list of names alone, each of two to four capitalised words: "Jane Roe and John Doe",
 * "Jane Roe, John Doe & Ann Lee"; a byline beside a date as a name alone is. Not "Jane Roe", not "Salt and Pepper",
 * not "Jane Roe, Business Insider" (a name and an outlet).
 */
export function namesLine(text: string): Byline | null {
  if (!NAME_LIST.test(text)) return null
  const shown = withoutStamps(text)
  if (shown.length > MAX_CHARS) return null
  const named = authorsAfterLead(shown)
  if (!named || named.agency !== null || named.role || named.authors.length < 2) return null
  const fullNames = named.authors.every((name) => name.split(' ').length >= 2 && name.split(' ').length <= 4)
  return fullNames ? { text: shown, authors: named.authors, agency: null } : null
}

/** A lead and a user's name as a site prints it, one or two words, its first letter a capital: "By Cindy mangomini". */
const USER_NAME = new RegExp(String.raw`^${BYLINE_LEAD}\s+(\p{Lu}[\p{L}'’.-]{0,30}(?:\s[\p{L}'’.-]{1,30})?)$`, 'u')

/**
 * A lead and a user's name not cased as a name is ("By Cindy mangomini", "By Jaybird"): a byline only beside a
 * date, where "By Design" or "By Car" alone is a label. Not "By the river", not "By Jane Roe and the band".
 */
export function userByline(text: string): Byline | null {
  if (!MAY_LEAD.test(text)) return null
  const shown = withoutStamps(text)
  const m = USER_NAME.exec(shown)
  if (!m || NOT_NAMES.includes(m[1]!.split(' ')[0]!)) return null
  return { text: shown, authors: [m[1]!], agency: null }
}

/** Where a byline runs on into the author's description: ", a deputy editor …", ", who covers …". */
const BIO = /, (?:a|an|the|who|our) /u
/** Longest line read as a byline and a description. */
const MAX_BIO_LINE = 400

/**
 * A byline that runs on into a description of its author, as a page prints the two on one line: "By Jane Roe,
 * a deputy editor who has covered the industry for a decade." (text "By Jane Roe"). The names must follow a lead.
 * Not "By the numbers, a guide …", not "Jane Roe, a deputy editor …" (no lead).
 */
export function bylineWithBio(text: string): Byline | null {
  if (text.length > MAX_BIO_LINE) return null
  const at = text.search(BIO)
  return at > 0 ? parseByline(text.slice(0, at)) : null
}

const webBylineOnce = answerOncePerLine(webBylineOf)
const nameLineOnce = answerOncePerLine(nameLineOf)

/** A byline of a web page, or null (webBylineOf). Each caller gets its own copy: a labelled block keeps it. */
export function parseWebByline(text: string): Byline | null {
  return copyOf(webBylineOnce(text))
}

/** A line that is a name alone, or null (nameLineOf). Each caller gets its own copy: a labelled block keeps it. */
export function nameLine(text: string): Byline | null {
  return copyOf(nameLineOnce(text))
}

function copyOf(byline: Byline | null): Byline | null {
  return byline && { ...byline, authors: [...byline.authors] }
}
