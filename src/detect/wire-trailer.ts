import { RELEASE_FOOTER, TRAILER_PATTERNS } from '../lexicon/wire.js'
import type { BoilerplateKind } from '../model/article.js'
import { label, type ParseContext } from './context.js'

/** The wire trailer kind of one block of text, or null. */
export function wireTrailerKind(text: string): { kind: BoilerplateKind; rule: string } | null {
  const found = TRAILER_PATTERNS.find((p) => text.length <= p.maxLength && p.pattern.test(text))
  if (found) return { kind: found.kind, rule: found.rule }
  if (text.length <= 300 && RELEASE_FOOTER.test(text)) return { kind: 'trailer', rule: 'wire-release-footer' }
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
