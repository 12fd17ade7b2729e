import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { Examples } from '../src/lexicon/examples.js'

// Every lexicon pattern carries examples of what it matches and what it must
// leave alone (src/lexicon/examples.ts): an entry's `examples`, or an export
// named after the pattern (`SIGNOFF_EXAMPLES` for `SIGNOFF`). This file
// finds them all and runs them, so a new pattern is tested by its data.

const LEXICON = join(import.meta.dirname, '..', 'src', 'lexicon')
const modules: Array<[string, Record<string, unknown>]> = await Promise.all(
  readdirSync(LEXICON, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map(
      async (f) =>
        [f, (await import(join(LEXICON, f))) as Record<string, unknown>] as [string, Record<string, unknown>],
    ),
)

interface Entry {
  rule: string
  pattern: RegExp
  maxLength?: number
  examples: Examples
}
const isEntry = (v: unknown): v is Entry =>
  typeof v === 'object' && v !== null && 'pattern' in v && v.pattern instanceof RegExp && 'examples' in v

/** A pattern with its examples, and how it claims a line: an entry's pattern within its maxLength, a fragment as a whole line. */
interface Case {
  name: string
  claims: (text: string) => boolean
  examples: Examples
}

const cases: Case[] = []
const seenEntries = new Set<Entry>()
for (const [file, exports] of modules) {
  for (const [name, value] of Object.entries(exports)) {
    const entries = Array.isArray(value) ? value.filter(isEntry) : isEntry(value) ? [value] : []
    for (const e of entries) {
      if (seenEntries.has(e)) continue
      seenEntries.add(e)
      cases.push({
        name: `${file} ${e.rule}`,
        claims: (t) => t.length <= (e.maxLength ?? Infinity) && e.pattern.test(t),
        examples: e.examples,
      })
    }
    if (!name.endsWith('_EXAMPLES')) continue
    const base = name.slice(0, -'_EXAMPLES'.length)
    const pattern = exports[base]
    const whole = typeof pattern === 'string' ? new RegExp(`^(?:${pattern})$`, 'u') : pattern
    if (!(whole instanceof RegExp)) throw new Error(`${file}: ${name} names no pattern`)
    cases.push({ name: `${file} ${base}`, claims: (t) => whole.test(t), examples: value as Examples })
  }
}

describe('lexicon examples', () => {
  test('every exported pattern has examples', () => {
    const missing = modules.flatMap(([file, exports]) =>
      Object.entries(exports)
        .filter(([name, v]) => v instanceof RegExp && !(`${name}_EXAMPLES` in exports))
        .map(([name]) => `${file} ${name}`),
    )
    expect(missing).toEqual([])
    expect(cases.length).toBeGreaterThan(30)
  })

  test.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(c.examples.match.length, 'at least one line it claims').toBeGreaterThan(0)
    expect(c.examples.noMatch.length, 'at least one line like them it leaves alone').toBeGreaterThan(0)
    expect(
      c.examples.match.filter((t) => !c.claims(t)),
      'examples it should claim',
    ).toEqual([])
    expect(
      c.examples.noMatch.filter((t) => c.claims(t)),
      'examples it should leave alone',
    ).toEqual([])
  })
})
