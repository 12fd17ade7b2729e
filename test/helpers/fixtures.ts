import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const FIXTURES_DIR = join(import.meta.dirname, '..', '..', 'fixtures')

export interface Fixture {
  name: string
  dir: string
  /** Path of the input relative to the repository root, as the CLI is given it. */
  input: string
  bytes: Buffer
  /** Extra CLI arguments from options.json (`{"args": ["--from", "markdown"]}`). */
  args: string[]
}

/** Every fixture folder holding an `input.*` file, sorted by name. */
export function listFixtures(): Fixture[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((name) => {
      const dir = join(FIXTURES_DIR, name)
      const file = readdirSync(dir).find((f) => /^input\.[a-z]+$/.test(f))
      if (!file) return []
      const optionsPath = join(dir, 'options.json')
      const options = existsSync(optionsPath)
        ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as { args?: string[] })
        : {}
      return [
        {
          name,
          dir,
          input: `fixtures/${name}/${file}`,
          bytes: readFileSync(join(dir, file)),
          args: options.args ?? [],
        },
      ]
    })
}

/** Every line and every paragraph (its lines joined by spaces) of every fixture's input, as written. */
export function fixtureLinesAndParagraphs(): string[] {
  return listFixtures().flatMap((fixture) => {
    const text = fixture.bytes.toString('utf8')
    const lines = text.split(/\r?\n/)
    const paragraphs = text.split(/(?:\r?\n){2,}/).map((p) => p.split(/\r?\n/).join(' '))
    return [...lines, ...paragraphs]
  })
}
