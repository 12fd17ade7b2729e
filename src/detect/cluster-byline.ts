import { JOB_LINE } from '../lexicon/page-meta.js'
import { takeNameOfAuthorBox } from './byline-author-box.js'
import { takeLedCredit } from './byline-led-credit.js'
import { takeNameUnderCount } from './byline-name-under-count.js'
import { takePostMeta } from './byline-post-meta.js'
import { takeSiteOwner } from './byline-site-owner.js'
import { takeNameUnderDek } from './byline-under-dek.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { clusterBlocks } from './header-cluster.js'
import { isCountLine, isLeadAlone } from './meta-line.js'
import { nameOverAgency } from './name-over-agency.js'
import { isDateLine, leadingStampEnd, trailingStampAt } from './page-date.js'
import { endsSentence } from './paragraph-score.js'
import type { RuleDoc } from './rule-doc.js'
import { bylineWithBio, nameLine, namesLine, parseWebByline, userByline } from './web-byline.js'

// The byline in a web page's header cluster (header-cluster.ts), looked for when no line at the top of the copy is
// one: "By Jane Roe", "By" over "Jane Roe", "Author:" over "Jane Roe", a name beside a date ("Jane Roe" over
// "1:39 PM ET", "Jane Roe 1 day ago", "18/03/2025 | Jane Roe", "Jane Roe" over a "Follow" button over the date), a
// list of names beside a date ("Jane Roe and John Doe" over "Tue 4 Mar 2025 15.26 GMT") or a name over a newsroom
// job ("Jane Roe" over "Local democracy reporter").

/** The rule of a byline's second line, the name under a lead standing alone: the Article's byline reaches over it. */
export const BYLINE_SECOND_LINE = 'byline-second-line'

/**
 * Whether a date stamp opens or closes a line: "Jane Roe 1 day ago", "18/03/2025 | Jane Roe". A stamp that opens
 * it has a year or a word: not the number of a section ("5.3.1 Conferences").
 */
function stampOnLine(text: string): boolean {
  if (trailingStampAt(text) > 0) return true
  const head = leadingStampEnd(text)
  return head > 0 && /\d{4}|\p{L}/u.test(text.slice(0, head))
}

/**
 * Whether a line is a row of label and value cells, as an info box or a fact table lays them out with tabs:
 * "Founder<TAB>Acme Holdings Corporation" under "Founded<TAB>June 2, 1998". A name's line may set its date in a
 * cell of its own ("Jane Roe<TAB>3 hours ago"); a row of cells none of which is a stamp is no name.
 */
function isFieldRow(block: LabelledBlock): boolean {
  if (block.lines.length !== 1) return false
  const cells = block.lines[0]!.text.split('\t')
    .map((cell) => cell.trim())
    .filter(Boolean)
  return cells.length >= 2 && !cells.some((cell) => stampOnLine(cell) || isDateLine(cell))
}

/** A button's label: one word of letters, "Follow", "Subscribe", "Folgen". */
const BUTTON = /^\p{L}{2,12}$/u

/**
 * Whether a date stamp stands right above or below a block, alone or at an end of its line ("Associated
 * PressMarch 3, 2025", "Oct 9, 2019 · 8 min read"); below it, perhaps under a button ("Jane Roe" / "Follow" /
 * "Oct 9, 2019").
 */
function besideDate(ctx: ParseContext, block: LabelledBlock): boolean {
  const open = (b: LabelledBlock | undefined): b is LabelledBlock => b !== undefined && b.role === null
  const dated = (b: LabelledBlock | undefined) => open(b) && (isDateLine(b.text) || stampOnLine(b.text))
  const next = ctx.blocks[block.index + 1]
  if (dated(ctx.blocks[block.index - 1]) || dated(next)) return true
  return open(next) && BUTTON.test(next.text) && dated(ctx.blocks[block.index + 2])
}

/** Whether the open block right under a block is a newsroom job alone: "Local democracy reporter", "Contributor". */
function jobUnder(ctx: ParseContext, block: LabelledBlock): boolean {
  const next = ctx.blocks[block.index + 1]
  return next !== undefined && next.role === null && JOB_LINE.test(next.text)
}

/**
 * Whether the open block right above a block is a count standing alone: a comment count over the author's name
 * ("36" / "Jane Roe"), as the headline search reads the cluster too (PageTop.metaBelow).
 */
function countAbove(ctx: ParseContext, block: LabelledBlock): boolean {
  const prev = ctx.blocks[block.index - 1]
  return prev !== undefined && prev.role === null && isCountLine(prev.text)
}

/**
 * The byline a block of the cluster is by itself, alone or as a lead over the name under it; labels it and returns
 * true.
 */
function takeByline(ctx: ParseContext, block: LabelledBlock): boolean {
  if (block.hint !== undefined) return false
  const web = parseWebByline(block.text)
  if (web) {
    label(block, 'byline', 'byline-web', { byline: web })
    return true
  }
  const withBio = bylineWithBio(block.text)
  if (withBio) {
    label(block, 'byline', 'byline-with-bio', { byline: withBio })
    return true
  }
  // "By" over "Jane Roe", "Author:" over "Jane Roe": one byline of two lines, the first carrying it.
  const next = ctx.blocks[block.index + 1]
  if (isLeadAlone(block.text) && next && next.role === null && next.hint === undefined) {
    const named = parseWebByline(`By ${next.text}`) ?? nameLine(next.text)
    if (named) {
      const text = `${block.text} ${named.text.replace(/^By /, '')}`
      label(block, 'byline', 'byline-lead-over-name', { byline: { ...named, text } })
      label(next, 'byline', BYLINE_SECOND_LINE)
      return true
    }
  }
  return false
}

/**
 * A name, or a list of names, beside a date, on its line or (with `beside`) the next: "Jane Roe 1 day ago",
 * "18/03/2025 | Jane Roe", "Jane Roe and John Doe" over "1:39 PM ET"; or, with `beside`, a name over its
 * newsroom job, "Jane Roe" over "Local democracy reporter", or under a count, "36" over "Jane Roe". A lead and a user's
 * name as the site prints it
 * counts beside a date only: "By Cindy mangomini" over "March 4, 2025". Labels the block a byline and returns true.
 */
function takeNameByDate(ctx: ParseContext, block: LabelledBlock, beside: boolean): boolean {
  if (block.hint !== undefined || isFieldRow(block)) return false
  const name = nameLine(block.text) ?? namesLine(block.text)
  const user = name ? null : userByline(block.text)
  if (!name && !user) return false
  const dated = stampOnLine(block.text) || (beside && besideDate(ctx, block))
  const byline =
    name && (dated || (beside && (jobUnder(ctx, block) || countAbove(ctx, block)))) ? name : dated ? user : null
  if (!byline) return false
  const over = nameOverAgency(ctx, block, byline)
  if (over) label(over.block, 'byline', 'byline-name-over-agency', { byline: over.byline })
  label(block, 'byline', over ? BYLINE_SECOND_LINE : 'byline-name-by-date', over ? {} : { byline })
  return true
}

/**
 * A newsroom job alone beside a date, no name over it: the site's byline for its staff ("Editor" / "March 4, 2025").
 */
function takeJobByDate(ctx: ParseContext, block: LabelledBlock): boolean {
  if (block.hint !== undefined || !JOB_LINE.test(block.text) || !besideDate(ctx, block)) return false
  label(block, 'byline', 'byline-job-by-date', {
    byline: { text: block.text, authors: [], agency: null, role: block.text },
  })
  return true
}

/**
 * Step (after the byline step): on copy whose headline the byline step found no byline for, the byline in
 * the header cluster: a line that is a byline by itself (or a lead over a name) under the headline, then right
 * above it, then a name with a date on its line under it, then a name beside a date line or over a job, then a
 * job alone beside a date under it, then a name beside a date above it, then a name alone over the story.
 */
export function detectClusterByline(ctx: ParseContext): void {
  if (ctx.blocks.some((b) => b.role === 'byline')) return
  const head = ctx.blocks.findIndex((b) => b.role === 'headline')
  if (head < 0) return
  // A line that is a byline by itself wins over a name with a date, and that over a name beside a date line:
  // "Sam Okafor 1 day ago" under "Tech Insider".
  const { above, below } = clusterBlocks(ctx, head)
  if (takeLedCredit(ctx, head)) return
  for (const block of below) if (takeByline(ctx, block)) return
  for (const block of above) if (takeByline(ctx, block)) return
  if (takeNameOfAuthorBox(ctx, [...below, ...above])) return
  for (const block of below) if (takeNameByDate(ctx, block, false)) return
  for (const block of below) if (takeNameByDate(ctx, block, true)) return
  for (const block of below) if (takeJobByDate(ctx, block)) return
  for (const block of above) if (takeNameByDate(ctx, block, true)) return
  for (const block of below) if (takeNameUnderCount(ctx, block)) return
  if (below[0] && takeNameOverStory(ctx, below[0])) return
  if (takeNameUnderDek(ctx, head)) return
  if (takePostMeta(ctx, head)) return
  takeSiteOwner(ctx, head)
}

/** Shortest paragraph read as the story's first under a name: a sentence, not a teaser's line. */
const LEAD_CHARS = 200

/**
 * A name alone right under the headline, the story's first paragraph right under it: "Jane Roe" between
 * "Pier repairs to close seafront road" and the lead. A name with anything else under it (a share row,
 * a teaser) is not told from a section's or a teaser's name.
 */
function takeNameOverStory(ctx: ParseContext, block: LabelledBlock): boolean {
  if (block.hint !== undefined || ctx.blocks[block.index - 1]?.role !== 'headline') return false
  const next = ctx.blocks[block.index + 1]
  if (!next || next.role !== null || next.text.length < LEAD_CHARS || !endsSentence(next.text)) return false
  const name = nameLine(block.text)
  if (!name) return false
  label(block, 'byline', 'byline-name-over-story', { byline: name })
  return true
}

/** The rules of this step, for `article-parse explain --rules`. */
export const CLUSTER_RULES: readonly RuleDoc[] = [
  {
    rule: 'byline-web',
    id: 'byline/web',
    description: "on a web page, a byline line in the header cluster ('By Jane Roe 3 hours ago', 'Autor: Jane Roe')",
  },
  {
    rule: 'byline-with-bio',
    id: 'byline/with-bio',
    description:
      "on a web page, a byline running on into its author's description ('By Jane Roe, a deputy editor who …'), " +
      "the byline's text the names",
  },
  {
    rule: 'byline-lead-over-name',
    id: 'byline/lead-over-name',
    description: "on a web page, a lead or label alone over the name ('By' / 'Jane Roe', 'Author:' / 'Jane Roe')",
  },
  {
    rule: BYLINE_SECOND_LINE,
    id: 'byline/second-line',
    description: 'the name under a lead standing alone: the byline reaches over it',
  },
  {
    rule: 'byline-name-by-date',
    id: 'byline/name-by-date',
    description:
      'on a web page, a name or list of names beside a date or over its newsroom job ' +
      "('Jane Roe' / '1:39 PM ET', 'Jane Roe and John Doe' / 'Follow' / 'Oct 9, 2019'), " +
      "or a lead and a user's name beside a date ('By Cindy mangomini' / 'March 4, 2025')",
  },
  {
    rule: 'byline-led-credit',
    id: 'byline/led-credit',
    description:
      "on a web page, a line under the headline read as a photo credit that opens with a byline's lead " +
      "('By: Jane Roe, The Associated Press')",
  },
  {
    rule: 'byline-name-over-story',
    id: 'byline/name-over-story',
    description: "on a web page, a name alone between the headline and the story's first paragraph",
  },
  {
    rule: 'byline-name-under-dek',
    id: 'byline/name-under-dek',
    description:
      'on a web page, a name alone right under the dek, the first prose under the headline past its furniture',
  },
  {
    rule: 'byline-name-over-agency',
    id: 'byline/name-over-agency',
    description:
      "on a web page, a name alone over the agency's line with its date ('Jane Roe' / 'Reuters 2 hours ago')",
  },
  {
    rule: 'byline-name-under-count',
    id: 'byline/name-under-count',
    description:
      "on a web page, a CJK name alone under a view count under the date ('2024.05.02' / '1,204' / '山田ゆうこ')",
  },
  {
    rule: 'byline-post-meta',
    id: 'byline/post-meta',
    description:
      "on a web page, a blog post's meta line under the headline, its name, date and category " +
      "('Jane Roe — 2022-11-03 — in Gardening', 'Posted by Jane Roe on March 4, 2025 in Travel')",
  },
  {
    rule: 'byline-named-in-author-box',
    id: 'byline/named-in-author-box',
    description:
      "on a web page, a line of the header cluster that is the name an author box names ('Ruth' under the headline, " +
      "'About the author' / 'Ruth' under the story)",
  },
  {
    rule: 'byline-site-owner',
    id: 'byline/site-owner',
    description:
      "on a personal site, its first line, a name the footer claims the copyright in ('Tomas Lind' / " +
      "'© Tomas Lind 2017-2023'), over a post in the first person",
  },
  {
    rule: 'byline-job-by-date',
    id: 'byline/job-by-date',
    description:
      "on a web page, a newsroom job alone beside a date, the site's byline for its staff ('Editor' / 'March 4, 2025')",
  },
]
