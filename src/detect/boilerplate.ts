import { BOILERPLATE_PATTERNS } from '../lexicon/boilerplate.js'
import type { BoilerplateKind } from '../model/article.js'
import { label, unlabelled, type ParseContext } from '../parse/context.js'

/** The boilerplate kind of one line of text, or null when it reads as content. */
export function boilerplateKind(text: string): { kind: BoilerplateKind; rule: string } | null {
  for (const p of BOILERPLATE_PATTERNS) {
    if (text.length <= p.maxLength && p.pattern.test(text)) return { kind: p.kind, rule: p.rule }
  }
  return null
}

/** Step: lines that match a boilerplate pattern (promos, follow lines, copyright …). */
export function detectBoilerplate(ctx: ParseContext): void {
  for (const block of unlabelled(ctx)) {
    const found = boilerplateKind(block.text)
    if (found) label(block, 'boilerplate', found.rule, { kind: found.kind })
  }
}
