import {
  AGENCY,
  BYLINE_LEAD,
  BYLINE_ROLE,
  CREDENTIALS,
  GIVEN_NAME_WORDS,
  NAME_PARTICLES,
  NOT_NAMES,
} from '../lexicon/agencies.js'
import type { Byline } from '../model/article.js'
import { tidy } from '../source/block.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'
import { mergeWithNext } from './wire-merge.js'

const LEAD = new RegExp(String.raw`^${BYLINE_LEAD} (\S.*)$`, 'u')
/**
 * What a text must open with for its tidied form to match LEAD: the lead
 * word after anything tidy() drops (white space, controls, zero-width
 * spaces), then one of the characters it turns into a space. Why: the
 * headline search asks every line above a page's text whether it is a
 * byline, and tidying each first cost more than any other test it asks
 * (bench/README.md).
 */
export const MAY_LEAD = new RegExp(
  String.raw`^[\s\u0000-\u001f\u007f\u200b\ufeff]*${BYLINE_LEAD}[\s\u0000-\u001f\u007f\u200b]`,
)
// "Reuters", "The Associated Press", "dpa", "AFP" — a whole part that is an agency.
const AGENCY_PART = new RegExp(String.raw`^\(?\s*(${AGENCY})\s*\)?$`, 'iu')
// "AP Sports Writer", "Associated Press Writer", "Chief Political Correspondent".
const ROLE_PART = new RegExp(String.raw`^(?:(${AGENCY})\s+)?(${BYLINE_ROLE})$`, 'u')
// A name as written: "Paul Marden", "ABBY GOODWIN", "Jean-Paul Ferrand", "Sabine De Luca", "J.R. Smith".
const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}]\.|O'[\p{Lu}][\p{L}]*)$/u
// "… in London", "… in Berlin" after the names (PA, AFP) — the place is not part of the name;
// "Jane Doe in" + a place in capitals: not "By Jane Doe in reply".
const PLACE = /^[\p{Lu}][\p{L}. -]{1,40}$/u
/**
 * "And" between the last two names, in the languages of our bylines: English, German, French, Spanish, Italian and
 * Portuguese ("e"), Polish and Catalan ("i"), Norwegian and Danish ("og"), Swedish ("och"), Turkish ("ve"), Russian
 * ("и"), Finnish ("ja"). Not Dutch or Spanish "en", which is "in" too ("Por Juan Pérez en Madrid").
 */
export const AND_WORDS = 'and|AND|und|UND|et|ET|y|e|i|og|och|ve|и|ja|&'
// Between names, and before an agency: ", ", "; ", " | ", " and ", " und ", " & ", " (" of "Jane Doe (Reuters)".
const SEPARATOR = new RegExp(` ?[,;|] ?| \\(| (?:${AND_WORDS}) `, 'u')
const MAX_NAME_WORDS = 5
// A newspaper or outlet after the names: "The Marrow Valley Tribune", "The Harbour Morning Herald" — not "The".
const OUTLET = /^The(?: [\p{Lu}][\p{L}.&'’-]*){1,6}$/u
// One capitalised word: a place ("Berlin", "Genf") where a name has two words at least.
const ONE_WORD = /^[\p{Lu}][\p{L}’'-]+$/u

/**
 * Whether the last part of a byline is one word after a comma: the place the author files from ("Von Anna Schmidt,
 * Berlin").
 */
function isPlaceAfterComma(names: string, last: string): boolean {
  return ONE_WORD.test(last) && !NOT_NAMES.includes(last) && `${names},`.includes(`, ${last},`)
}

/** An outlet's initials: "CNN", "BBC", "NPR". */
const ACRONYM = /^\p{Lu}{2,5}$/u

/**
 * Whether the last part of a byline is an outlet's initials after a comma, the names before it not in capitals:
 * "By Jane Roe, CNN" (the outlet), not "BY JANE ROE, PARIS" (a place, as an all-capitals byline writes it), not
 * "By Jane Roe, MA" (a degree).
 */
function isOutletAcronym(names: string, last: string): boolean {
  const at = `${names},`.lastIndexOf(`, ${last},`)
  const before = names.slice(0, at)
  return ACRONYM.test(last) && !CREDENTIALS.includes(last) && at > 0 && before !== before.toUpperCase()
}

/** Whether a word after a given name may be a surname: not "Day" of "May Day". */
function isSurname(word: string | undefined): boolean {
  return word !== undefined && !NOT_NAMES.includes(word)
}

/**
 * Whether a part is a name as written: capitalised words, perhaps with particles. Its first word is never
 * a month, a day or a pronoun, save (`led`, the part following a lead such as "By") a given name of that
 * spelling before a surname: "By April Keane".
 */
export function isName(part: string, led = false): boolean {
  const words = part.split(/\s+/).filter(Boolean)
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false
  const first = words[0]!.replace(/\.$/, '')
  if (NOT_NAMES.includes(first) && !(led && GIVEN_NAME_WORDS.includes(first) && isSurname(words[1]))) return false
  const capitalised = words.filter((w) => NAME_WORD.test(w)).length
  return capitalised >= 1 && words.every((w) => NAME_WORD.test(w) || NAME_PARTICLES.includes(w))
}

/** Drops closing ".", ";" or ":" (a loop, where a `/[.;:]+$/` would backtrack on long runs). */
function trimPunctuation(text: string): string {
  let end = text.length
  while (end > 0 && '.;:'.includes(text[end - 1]!)) end--
  return text.slice(0, end)
}

function withoutPlace(text: string): string {
  const at = text.lastIndexOf(' in ')
  return at > 0 && PLACE.test(text.slice(at + 4)) ? text.slice(0, at) : text
}

function canonicalAgency(name: string): string {
  return name.replace(/\s+/g, ' ').trim()
}

/**
 * Parses a byline into authors, agency and role, or returns null when the
 * line is not a byline. Rules, most to least specific: a trailing agency
 * (`By Paul Marden, Reuters`, `Von Anna Schmidt, dpa`); a trailing job
 * title (`By CHARLES ODUM, AP Sports Writer`); a list of names
 * (`By X, Y and Z`); an agency alone (`By The Associated Press`), which
 * has no author. Names are kept exactly as written.
 */
export function parseByline(text: string): Byline | null {
  if (!MAY_LEAD.test(text)) return null
  const line = tidy(text)
  const m = LEAD.exec(line)
  if (!m) return null
  const names = withoutPlace(trimPunctuation(m[1]!))
  const parts = names.split(SEPARATOR).filter(Boolean)
  let agency: string | null = null
  let role: string | null = null
  while (parts.length > 0) {
    const last = parts[parts.length - 1]!
    const isAgency = AGENCY_PART.exec(last)
    const isRole = isAgency ? null : ROLE_PART.exec(last)
    if (isAgency && agency === null) agency = canonicalAgency(isAgency[1]!)
    else if (isRole && role === null && agency === null) {
      role = last
      if (isRole[1]) agency = canonicalAgency(isRole[1])
    } else if (agency === null && parts.length > 1 && OUTLET.test(last)) {
      // "By Tom Kessler, The Marrow Valley Tribune": the paper the author writes for.
      agency = last
    } else if (agency === null && parts.length > 1 && isOutletAcronym(names, last)) {
      // "By Jane Roe, CNN": the outlet the author writes for, in capitals after mixed-case names; not a place.
      agency = last
    } else if (parts.length > 1 && isPlaceAfterComma(names, last)) {
      // "Von Anna Schmidt, Berlin": where the author files from, not a second author.
    } else break
    parts.pop()
  }
  if (parts.length === 0) return agency ? { text: line, authors: [], agency, ...(role ? { role } : {}) } : null
  if (!parts.every((part) => isName(part, true))) return null
  return { text: line, authors: parts, agency, ...(role ? { role } : {}) }
}

/** A line under a byline that holds only a job title or an agency: "AP Sports Writer", "Associated Press". */
export function parseRoleLine(text: string): { role: string | null; agency: string | null } | null {
  const t = text.trim()
  if (t.length > 60) return null
  const agency = AGENCY_PART.exec(t)
  if (agency) return { role: null, agency: canonicalAgency(agency[1]!) }
  const m = ROLE_PART.exec(t)
  return m ? { role: t, agency: m[1] ? canonicalAgency(m[1]) : null } : null
}

const SEARCH_DEPTH = 6

function findByline(ctx: ParseContext, strongOnly: boolean): void {
  // On a web page the headline sits below the menus: its byline is found under it, not at the top of the copy.
  const head = strongOnly ? -1 : ctx.blocks.findIndex((b) => b.role === 'headline')
  const underHeadline = head >= SEARCH_DEPTH ? ctx.blocks.slice(head + 1, head + 1 + SEARCH_DEPTH) : []
  for (const block of [...ctx.blocks.slice(0, SEARCH_DEPTH), ...underHeadline]) {
    if (block.role === 'byline') return
    if (block.role !== null || block.hint !== undefined) continue
    const byline = parseByline(block.text)
    if (!byline) continue
    const next = ctx.blocks[block.index + 1]
    const roleLine = next && next.role === null && !byline.role ? parseRoleLine(next.text) : null
    if (strongOnly && !byline.agency && !byline.role && !roleLine) continue
    let target: LabelledBlock = block
    if (roleLine) {
      target = mergeWithNext(ctx, block) ?? block
      byline.text = target.text
      if (roleLine.role) byline.role = roleLine.role
      byline.agency ??= roleLine.agency
    }
    label(target, 'byline', roleLine ? 'byline-two-lines' : byline.agency ? 'byline-agency' : 'byline-by-name', {
      byline,
    })
    return
  }
}

/**
 * Step: a byline among the first blocks of the story, or among the first
 * blocks under a headline found further down (a web page's). An AP byline in two
 * lines (`By CHARLES ODUM` / `AP Sports Writer`) becomes one element
 * holding both lines.
 */
export function detectByline(ctx: ParseContext): void {
  findByline(ctx, false)
}

/**
 * Step, run early: a byline that names an agency or a job title
 * (`By Paul Marden, Reuters`), before the media step can take its
 * agency for a photo credit.
 */
export function detectAgencyByline(ctx: ParseContext): void {
  findByline(ctx, true)
}

/** The rules of this step, for `article-parse explain --rules`. */
export const BYLINE_RULES: readonly RuleDoc[] = [
  {
    rule: 'byline-two-lines',
    id: 'byline/two-lines',
    description: "a byline over a line holding only a job title or agency ('By JOHN ROE' / 'AP Sports Writer'), joined",
  },
  {
    rule: 'byline-agency',
    id: 'byline/agency',
    description: "a byline naming an agency ('By Jane Roe, Reuters', 'Von Lena Berg, dpa')",
  },
  {
    rule: 'byline-by-name',
    id: 'byline/by-name',
    description:
      "a line of names opened by 'By', 'Von', 'Par' … among the first blocks, or under a web page's headline",
  },
]
