import { ADDRESS_ONLY, ISSUER_LINE } from '../lexicon/releases.js'
import { RELEASE_FOOTER, TRAILER_PATTERNS } from '../lexicon/wire.js'
import { AGENCY_INITIALS, FILING_TIME, GLUED_SIGNOFF } from '../lexicon/wire-formats.js'
import type { BoilerplateKind } from '../model/article.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'
import { cutAt } from './wire-merge.js'

/** The wire trailer kind of one block of text, or null. */
export function wireTrailerKind(text: string): { kind: BoilerplateKind; rule: string } | null {
  const found = TRAILER_PATTERNS.find((p) => text.length <= p.maxLength && p.pattern.test(text))
  if (found) return { kind: found.kind, rule: found.rule }
  if (text.length <= 300 && (RELEASE_FOOTER.test(text) || ISSUER_LINE.test(text)))
    return { kind: 'trailer', rule: 'wire-release-footer' }
  // "(SDA/sj)", "AAP RTV": the agency and the desk's initials.
  if (AGENCY_INITIALS.test(text)) return { kind: 'signoff', rule: 'wire-agency-initials' }
  // "091422 GMT Jun 09": a 7901 filing time whose ETX was lost.
  if (FILING_TIME.test(text)) return { kind: 'trailer', rule: 'wire-filing-time' }
  // The release's address on the wire, under its text:
  // "http://medianet.com.au/releases/release-details.aspx?id=902314".
  if (text.length <= 300 && ADDRESS_ONLY.test(text)) return { kind: 'trailer', rule: 'wire-link' }
  return null
}

// Sign-offs and end marks are exact enough to trust anywhere in a story. They come first in
// TRAILER_PATTERNS, so a block they match gets the same answer as from wireTrailerKind.
const ANYWHERE = TRAILER_PATTERNS.filter((p) => p.rule === 'wire-signoff' || p.rule === 'wire-endmark')

/**
 * Step: what agencies add at the foot of a story. Walking up from the last
 * block, every block that reads as a sign-off (` Reuter`), trailer
 * (`(Reporting by …; Editing by …)`, `___` + "… contributed to this report."),
 * copyright line, initials line or end mark is boilerplate, until the
 * first block of prose. Sign-offs and end marks are taken anywhere.
 */
export function detectWireTrailer(ctx: ParseContext): void {
  cutGluedSignoff(ctx)
  labelBelowRule(ctx)
  for (let i = ctx.blocks.length - 1; i > 0; i--) {
    const block = ctx.blocks[i]!
    if (block.role !== null) continue
    const found = wireTrailerKind(block.text)
    if (!found) break
    label(block, 'boilerplate', found.rule, { kind: found.kind })
  }
  for (const block of ctx.blocks) {
    if (block.role !== null) continue
    const found = ANYWHERE.find((p) => block.text.length <= p.maxLength && p.pattern.test(block.text))
    if (found) label(block, 'boilerplate', found.rule, { kind: found.kind })
  }
}

/** The story's last block with no role yet. */
function lastOpen(ctx: ParseContext): LabelledBlock | undefined {
  for (let i = ctx.blocks.length - 1; i >= 0; i--) if (ctx.blocks[i]!.role === null) return ctx.blocks[i]
  return undefined
}

/** A sign-off glued to the last words ("… the ministry said.==Kyodo") is cut off them and is the sign-off. */
function cutGluedSignoff(ctx: ParseContext): void {
  const last = lastOpen(ctx)
  const line = last?.lines[last.lines.length - 1]
  const m = line ? GLUED_SIGNOFF.exec(line.text.trimEnd()) : null
  if (!last || !line || !m) return
  const signoff = cutAt(ctx, last, line.start + m.index)
  if (signoff) label(signoff, 'boilerplate', 'wire-signoff', { kind: 'signoff' })
}

// How far from the end a `___` rule may be to close the story: AP puts notes and contributors under it.
const RULE_DEPTH = 4

/**
 * AP's `___` near the end of a story: what stands under it (contributor lines, notes) is the trailer, each line of a
 * known kind keeping it.
 */
function labelBelowRule(ctx: ParseContext): void {
  const open = ctx.blocks.filter((b) => b.role === null)
  const tail = open.slice(-RULE_DEPTH)
  const rule = tail.findLastIndex((b) => /^_{3,}$/.test(b.text))
  if (rule < 0 || rule === tail.length - 1) return
  for (const block of tail.slice(rule)) {
    const found = wireTrailerKind(block.text)
    label(block, 'boilerplate', found?.rule ?? 'wire-below-rule', { kind: found?.kind ?? 'trailer' })
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const TRAILER_RULES: readonly RuleDoc[] = [
  {
    rule: 'wire-release-footer',
    id: 'boilerplate/wire-release-footer',
    description: "a release's footer line ('SOURCE Acme Corp', 'Media contact: …')",
  },
  {
    rule: 'wire-agency-initials',
    id: 'boilerplate/wire-agency-initials',
    description: "an agency's initials closing the story",
  },
  {
    rule: 'wire-filing-time',
    id: 'boilerplate/wire-filing-time',
    description: "the filing time at the foot of a story ('101500 GMT Mar 4')",
  },
  { rule: 'wire-link', id: 'boilerplate/wire-link', description: 'a web address alone at the foot of a story' },
  {
    rule: 'wire-signoff',
    id: 'boilerplate/wire-signoff',
    description:
      "an agency's sign-off alone at the foot ('Reuter', 'AFP'), or glued to the last words ('… said.==Kyodo')",
  },
  {
    rule: 'wire-below-rule',
    id: 'boilerplate/wire-below-rule',
    description: "a line under AP's ___ rule near the end: contributors, notes",
  },
]
