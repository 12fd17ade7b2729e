import { createHash } from 'node:crypto'
import type { Article } from '../model/article.js'

// What the ninjs and NITF writers both take from an Article: a stable id, the dates it states in
// full, the body as plain text, and the boilerplate that says something to the receiving desk.

/**
 * `urn:article-parse:` and the first 32 hex digits of a SHA-256 over the story's words: the same story, the same id.
 */
export function contentUri(article: Article): string {
  const words = [
    article.headline,
    article.standfirst,
    article.byline?.text,
    article.dateline?.text,
    ...article.images.flatMap((i) => [i.caption, i.credit]),
    ...article.body.map((b) => b.text),
  ]
  return `urn:article-parse:${createHash('sha256').update(JSON.stringify(words)).digest('hex').slice(0, 32)}`
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
// "March 3, 2025", "Aug. 14, 2025", "14 March 2024 09:30:00", "2024-03-14", "2024-03-14T09:30:00Z".
const MONTH_FIRST = /\b(?<month>[A-Za-z]{3,9})\.? (?<day>\d{1,2}),? (?<year>(?:19|20)\d\d)\b/
const DAY_FIRST = /\b(?<day>\d{1,2}) (?<month>[A-Za-z]{3,9})\.? (?<year>(?:19|20)\d\d)\b/
const NUMERIC = /\b(?<year>(?:19|20)\d\d)-(?<mm>0[1-9]|1[0-2])-(?<day>[0-2]\d|3[01])\b/
const TIME = /\b(?<hh>[01]\d|2[0-3]):(?<mi>[0-5]\d)(?::(?<ss>[0-5]\d))?\b/

/**
 * A date written with its year (English month names or ISO figures) as an ISO 8601 date-time in UTC, or
 * null: "Nov 29" has no year and gives nothing, and no year is guessed. Without a time of day it is midnight.
 */
export function isoDate(text: string | null | undefined): string | null {
  if (!text) return null
  const m = NUMERIC.exec(text) ?? MONTH_FIRST.exec(text) ?? DAY_FIRST.exec(text)
  if (!m?.groups) return null
  const { year, day, month, mm } = m.groups
  const monthIndex = mm ? Number(mm) - 1 : MONTHS.indexOf(month!.slice(0, 3).toLowerCase())
  if (monthIndex < 0 || (month && !isMonthName(month))) return null
  const t = TIME.exec(text.slice(m.index + m[0].length))?.groups
  const date = new Date(
    Date.UTC(Number(year), monthIndex, Number(day), Number(t?.hh ?? 0), Number(t?.mi ?? 0), Number(t?.ss ?? 0)),
  )
  if (date.getUTCDate() !== Number(day)) return null
  return date.toISOString().replace('.000Z', 'Z')
}

const MONTH_NAMES = new RegExp(
  String.raw`^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?` +
    String.raw`|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$`,
  'i',
)

function isMonthName(word: string): boolean {
  return MONTH_NAMES.test(word)
}

/** The first date the story states in full: the dateline's, else the filing time's. */
export function storyDate(article: Article): string | null {
  return isoDate(article.dateline?.date) ?? isoDate(article.wire?.filed)
}

/** The body as plain text: a block a paragraph, the dateline before the first words, rows and items a line each. */
export function plainBody(article: Article): string {
  return article.body
    .map((block, i) =>
      i === 0 && article.dateline && block.type === 'paragraph'
        ? `${article.dateline.text} — ${block.text}`
        : block.text,
    )
    .join('\n\n')
}

/** The copyright lines of the boilerplate, joined; null when there are none. */
export function copyrightNotice(article: Article): string | null {
  const lines = article.boilerplate.filter((b) => b.kind === 'copyright').map((b) => b.text)
  return lines.length ? lines.join(' ') : null
}

/** The sign-offs and end marks under a story ("(Reporting by …)", "-0-"), which NITF calls its tagline. */
export function signoffs(article: Article): string[] {
  return article.boilerplate.filter((b) => b.kind === 'signoff').map((b) => b.text)
}
