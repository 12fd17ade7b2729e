import {
  ADDRESS_ONLY,
  CONTACT_OPENER,
  FULL_TEXT_LINE,
  ISSUER_LINE,
  MEDIA_LABEL,
  MEDIA_LINK,
  RELEASE_LABEL,
  RELEASE_WIRE,
} from '../lexicon/releases.js'
import type { Dateline } from '../model/article.js'
import { tidy } from '../source/block.js'
import { LIST_MARKER } from '../source/line-shapes.js'
import { type LabelledBlock, label, type ParseContext, unlabelled } from './context.js'
import { splitDateline } from './dateline.js'
import { blockItems, type Item } from './list.js'
import { isDateLine } from './page-date.js'
import { pageAnalysis } from './page-residue.js'
import type { RuleDoc } from './rule-doc.js'
import { mergeWithNext } from './wire-merge.js'
import { hasContactDetails } from './wire-notebook.js'

/** How far down a release's issuer line, label and dateline may stand. */
const TOP_BLOCKS = 8
/** The most words a line of a contact block has ("Kate Dorsey, Director Media & Community Affairs, 0491 570 156"). */
const CONTACT_WORDS = 14
/** A line this short is no sentence even with a full stop: "Acme Corp.", "Jane Doe, Ph.D." */
const SHORT_LINE_WORDS = 4

/** Whether the story is a press release: an issuer line or a release label on top, or a dateline naming a PR wire. */
function isRelease(ctx: ParseContext): boolean {
  return ctx.blocks.slice(0, TOP_BLOCKS).some((b) => {
    if (b.rule === 'release-issuer' || b.rule === 'release-label') return true
    if (!RELEASE_WIRE.test(b.text)) return false
    const agency = splitDateline(b.text)?.dateline.agency
    return agency !== null && agency !== undefined && RELEASE_WIRE.test(agency)
  })
}

/**
 * Step: what a PR wire puts around a release. The issuer line on top (`Source: Brightwave`) and the
 * release label (`MEDIA RELEASE PR40218`) are boilerplate; so are photo and logo links, "for the
 * full text of this release, visit" with its address, and, in a release, any web address alone on
 * its line. A contact block — `Contact:`, "For more information contact:" and the short lines
 * under it, or lines with a telephone number or e-mail address — is `contact`.
 */
export function detectRelease(ctx: ParseContext): void {
  const open = unlabelled(ctx).slice(0, TOP_BLOCKS)
  const first = open[0]
  if (first && first.hint === undefined && ISSUER_LINE.test(first.text))
    label(first, 'boilerplate', 'release-issuer', { kind: 'trailer' })
  for (const block of open)
    if (block.role === null && block.hint === undefined && RELEASE_LABEL.test(block.text))
      label(block, 'boilerplate', 'release-label', { kind: 'other' })
  // Whether the story is a release is asked only of a web address alone, found rarely.
  let release: boolean | undefined
  for (const block of ctx.blocks) {
    if (block.role !== null || block.hint !== undefined) continue
    if (isMediaLinks(block)) label(block, 'boilerplate', 'release-media-link', { kind: 'other' })
    else if (MEDIA_LABEL.test(block.text) && ADDRESS_ONLY.test(ctx.blocks[block.index + 1]?.text ?? '')) {
      label(block, 'boilerplate', 'release-media-link', { kind: 'other' })
      label(ctx.blocks[block.index + 1]!, 'boilerplate', 'release-media-link', { kind: 'other' })
    } else if (FULL_TEXT_LINE.test(block.text)) {
      label(block, 'boilerplate', 'release-full-text', { kind: 'other' })
      const next = ctx.blocks[block.index + 1]
      if (next && next.role === null && ADDRESS_ONLY.test(next.text))
        label(next, 'boilerplate', 'release-full-text', { kind: 'other' })
    } else if (ADDRESS_ONLY.test(block.text)) {
      release ??= isRelease(ctx)
      if (release) label(block, 'boilerplate', 'release-link', { kind: 'other' })
    } else if (CONTACT_OPENER.test(block.text)) labelContacts(ctx, block)
  }
}

/** A photo or logo link, or several, a line each: "Photo - http://…" / "Logo - http://…". */
function isMediaLinks(block: LabelledBlock): boolean {
  if (!MEDIA_LINK.test(block.lines.length === 1 ? block.text : tidy(block.lines[0]!.text))) return false
  return block.lines.every((line) => line.blank || MEDIA_LINK.test(tidy(line.text)))
}

/** The contact block `opener` starts: it and the short lines under it, or lines with contact details. */
function labelContacts(ctx: ParseContext, opener: LabelledBlock): void {
  label(opener, 'boilerplate', 'release-contact', { kind: 'contact' })
  for (let i = opener.index + 1; i < ctx.blocks.length; i++) {
    const block = ctx.blocks[i]!
    if (block.role !== null) continue
    if (!isContactLine(block.text)) break
    label(block, 'boilerplate', 'release-contact', { kind: 'contact' })
  }
}

/**
 * A line of a contact block: a name, a title, an address — short, no sentence — or one with a telephone number or
 * e-mail.
 */
function isContactLine(text: string): boolean {
  // The issuer line under the contacts ("SOURCE Northwind Robotics") closes the release.
  if (ISSUER_LINE.test(text)) return false
  if (hasContactDetails(text)) return true
  // A name, a title, a company ("Acme Corp."): short, and a full stop only after a few words.
  const words = text.split(/\s+/).length
  return words <= CONTACT_WORDS && (words <= SHORT_LINE_WORDS || !/[.!?]["”]?$/.test(text))
}

/**
 * Step: a dateline on its own line under the headline. With bullet points under it (a release's
 * `HONG KONG, Nov. 3, 2021 /PRNewswire/ --` / `- Cuts setup time …`) the bullets are the standfirst,
 * and the dateline lies inside it, as a dateline lead-in lies inside its paragraph; else it lies
 * inside the paragraph under it. A line that is only a date ("Wed 21 October 2015", "Issued at
 * 4:10 pm EST on Monday 2 July 2018.") is such a dateline too.
 */
export function detectDatelineAlone(ctx: ParseContext): void {
  const head = ctx.blocks.findIndex((b) => b.role === 'headline')
  // On a web page the line under the headline is as often a time stamp or a share bar: the page steps decide.
  if (head < 0 || pageAnalysis(ctx).residue) return
  const alone = ctx.blocks.slice(head + 1).find((b) => b.role === null)
  const next = alone ? ctx.blocks[alone.index + 1] : undefined
  if (!alone || alone.hint !== undefined || !next || next.role !== null || next.hint !== undefined) return
  // A date alone counts in wire copy only: on a web page it is as often opening hours.
  const dateline = datelineAlone(alone.text, ctx.wireFormat !== null)
  if (!dateline) return
  const bullets = isBullet(next) ? blockItems(next) : null
  const text = next.text
  const merged = mergeWithNext(ctx, alone)
  if (!merged) return
  ctx.dateline = dateline
  if (!bullets) {
    label(merged, 'paragraph', 'paragraph-under-dateline', { bodyText: text })
    return
  }
  label(merged, 'standfirst', 'standfirst-bullets', { bodyText: itemsText(bullets) })
  for (let i = merged.index + 1; i < ctx.blocks.length && isBullet(ctx.blocks[i]!); i++) {
    const more = ctx.blocks[i]!
    label(more, 'standfirst', 'standfirst-bullets', { bodyText: itemsText(blockItems(more)) })
  }
}

/** The words of bullet points, without their bullets, one after the other. */
function itemsText(items: Item[] | null): string {
  return (items ?? []).map((item) => item.text).join(' ')
}

/** The dateline a line alone is: a wire dateline with nothing after it, or (`dates`) a date alone. */
function datelineAlone(text: string, dates: boolean): Dateline | null {
  const found = splitDateline(text)
  if (found) return found.rest === '' ? found.dateline : null
  return dates && isDateLine(text) ? { text, location: null, date: text, agency: null } : null
}

function isBullet(block: LabelledBlock): boolean {
  return block.role === null && block.hint === undefined && LIST_MARKER.test(block.text) && !/^\d/.test(block.text)
}

/** The rules of this step, for `article-parse explain --rules`. */
export const RELEASE_RULES: readonly RuleDoc[] = [
  {
    rule: 'release-issuer',
    id: 'boilerplate/release-issuer',
    description: "a press release's issuer line on top ('Source: Acme Corp')",
  },
  {
    rule: 'release-label',
    id: 'boilerplate/release-label',
    description: "a release label on top ('MEDIA RELEASE PR12345')",
  },
  {
    rule: 'release-media-link',
    id: 'boilerplate/release-media-link',
    description: "a release's photo or logo links ('Photo - http://…')",
  },
  {
    rule: 'release-full-text',
    id: 'boilerplate/release-full-text',
    description: "'For the full text of this release, visit' and the address under it",
  },
  {
    rule: 'release-link',
    id: 'boilerplate/release-link',
    description: 'in a press release, a web address alone on its line',
  },
  {
    rule: 'release-contact',
    id: 'boilerplate/release-contact',
    description:
      "a release's contact block: 'Contact:' and the short lines under it, or lines with a telephone number or e-mail",
  },
  {
    rule: 'paragraph-under-dateline',
    id: 'paragraph/under-dateline',
    description: 'a dateline alone on its line under the headline, joined to the paragraph under it',
  },
  {
    rule: 'standfirst-bullets',
    id: 'standfirst/bullets',
    description: "a release's bullet points under a dateline alone: the standfirst, the dateline inside it",
  },
]
