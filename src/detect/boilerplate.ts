import { BOILERPLATE_PATTERNS } from '../lexicon/boilerplate.js'
import type { BoilerplateKind } from '../model/article.js'
import { label, type ParseContext } from './context.js'

/** The boilerplate kind of one line of text, or null when it reads as content. */
export function boilerplateKind(text: string): { kind: BoilerplateKind; rule: string } | null {
  const found = BOILERPLATE_PATTERNS.find((p) => text.length <= p.maxLength && p.pattern.test(text))
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
