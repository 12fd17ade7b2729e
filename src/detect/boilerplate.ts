import { BOILERPLATE_PATTERNS } from '../lexicon/boilerplate.js'
import type { BoilerplateKind } from '../model/article.js'
import { label, type ParseContext } from './context.js'
import { MatchEnds } from './match-ends.js'

/**
 * Each pattern with the first and last characters its matches can have,
 * read from the pattern itself (match-ends.ts). Why: most lines match no
 * pattern, and trying every pattern on every line made this step one of the
 * parser's costliest (bench/README.md).
 */
const PATTERNS = BOILERPLATE_PATTERNS.map(({ rule, kind, maxLength, pattern }) => ({
  rule,
  kind,
  maxLength,
  pattern,
  ends: new MatchEnds(pattern),
}))

/** The boilerplate kind of one line of text, or null when it reads as content. */
export function boilerplateKind(text: string): { kind: BoilerplateKind; rule: string } | null {
  const first = text.charCodeAt(0)
  const last = text.charCodeAt(text.length - 1)
  const found = PATTERNS.find((p) => text.length <= p.maxLength && p.ends.allows(first, last) && p.pattern.test(text))
  return found ? { kind: found.kind, rule: found.rule } : null
}

/** Step: lines that match a boilerplate pattern (promos, follow lines, copyright …). */
export function detectBoilerplate(ctx: ParseContext): void {
  for (const block of ctx.blocks) {
    if (block.role !== null) continue
    const found = boilerplateKind(block.text)
    if (found) label(block, 'boilerplate', found.rule, { kind: found.kind })
  }
}
