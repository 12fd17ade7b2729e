import { BOILERPLATE_PATTERNS, type BoilerplatePattern } from '../lexicon/boilerplate.js'
import type { BoilerplateKind } from '../model/article.js'
import { label, type ParseContext } from './context.js'

/**
 * A pattern as the dispatch tries it: every entry has the same fields in the
 * same order (the lexicon's entries differ in which of `opens` and `closes`
 * they have), so reading them stays one shape in the hot loop.
 */
interface Entry {
  maxLength: number
  /** The ending (lower case) the line must close with, '' for any. */
  closes: string
  pattern: RegExp
  kind: BoilerplateKind
  rule: string
  opens: readonly string[] | undefined
}

const ENTRIES: readonly Entry[] = BOILERPLATE_PATTERNS.map((p: BoilerplatePattern) => ({
  maxLength: p.maxLength,
  closes: p.closes ?? '',
  pattern: p.pattern,
  kind: p.kind,
  rule: p.rule,
  opens: p.opens,
}))

/**
 * For each ASCII character, the patterns a line opening with it may match
 * (see `opens`), in their order; a line opening with any other character
 * (or an empty one) is tried against them all.
 */
const BY_FIRST: ReadonlyArray<readonly Entry[]> = Array.from({ length: 128 }, (_, c) => {
  const first = String.fromCharCode(c).toLowerCase()
  return ENTRIES.filter((p) => p.opens === undefined || p.opens.some((o) => o[0] === first))
})

/** The same for a line opening with two ASCII characters, keyed `first * 128 + second`; each list made when a line first opens with its pair. */
const BY_PAIR: Array<readonly Entry[] | undefined> = new Array(128 * 128)

function entriesOpening(first: number, second: number): readonly Entry[] {
  if (first >= 128 || Number.isNaN(first)) return ENTRIES
  // Past the end (NaN) or beyond ASCII: only the first character tells.
  if (!(second < 128)) return BY_FIRST[first]!
  const key = first * 128 + second
  return (BY_PAIR[key] ??= pairEntries(first, second))
}

function pairEntries(first: number, second: number): readonly Entry[] {
  const pair = String.fromCharCode(first, second).toLowerCase()
  return BY_FIRST[first]!.filter((p) => p.opens === undefined || p.opens.some((o) => o === pair || o === pair[0]))
}

/** Whether a line closes with `ending` (lower case; ASCII letters in either case), or `ending` is '' (any). */
function mayClose(text: string, ending: string): boolean {
  const from = text.length - ending.length
  if (from < 0) return false
  for (let k = 0; k < ending.length; k++) {
    const c = text.charCodeAt(from + k)
    if ((c >= 65 && c <= 90 ? c | 0x20 : c) !== ending.charCodeAt(k)) return false
  }
  return true
}

/** The boilerplate kind of one line of text, or null when it reads as content. */
export function boilerplateKind(text: string): { kind: BoilerplateKind; rule: string } | null {
  const entries = entriesOpening(text.charCodeAt(0), text.charCodeAt(1))
  for (let k = 0; k < entries.length; k++) {
    const p = entries[k]!
    if (text.length <= p.maxLength && mayClose(text, p.closes) && p.pattern.test(text))
      return { kind: p.kind, rule: p.rule }
  }
  return null
}

/** Step: lines that match a boilerplate pattern (promos, follow lines, copyright …). */
export function detectBoilerplate(ctx: ParseContext): void {
  for (const block of ctx.blocks) {
    if (block.role !== null) continue
    const found = boilerplateKind(block.text)
    if (found) label(block, 'boilerplate', found.rule, { kind: found.kind })
  }
}
