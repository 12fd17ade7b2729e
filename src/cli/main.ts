import { readFileSync } from 'node:fs'
import { CommanderError } from 'commander'
import { UsageError } from './check-options.js'
import { convert } from './convert.js'
import { EXIT } from './exit-codes.js'
import { explain } from './explain.js'
import type { ExplainOptions } from './explain-command.js'
import { type Io, type Signals, stderrColors } from './io.js'
import { type CliOptions, createProgram } from './program.js'

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

/**
 * The command line, run in-process: parses `argv` (without `node` and the
 * script), reads and writes through `io`, returns the exit code. Never
 * calls process.exit.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const colors = stderrColors(io)
  const program = createProgram(packageVersion())
  let command = 'convert' as 'convert' | 'schema' | 'explain'
  program.commands
    .find((c) => c.name() === 'schema')!
    .action(() => {
      command = 'schema'
    })
  let explained: { input: string | undefined; options: ExplainOptions } | undefined
  program.commands
    .find((c) => c.name() === 'explain')!
    .action((input: string | undefined, options: ExplainOptions) => {
      command = 'explain'
      explained = { input, options }
    })
  program.action(() => {})
  program.exitOverride()
  for (const cmd of [program, ...program.commands]) {
    cmd.exitOverride().configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(colors.red(s)),
    })
  }
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage
    throw error
  }
  if (command === 'schema') {
    // zod's JSON Schema generator is needed only here.
    const { articleJsonSchema } = await import('../model/json-schema.js')
    io.stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`)
    return EXIT.ok
  }
  if (command === 'explain') return explain(explained!.input, explained!.options, io)
  const signals = io.signals ?? ((io as unknown) === process ? (process as Signals) : undefined)
  try {
    return await convert(program.args, program.opts<CliOptions>(), io, signals)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${colors.red(`article-parse: ${error.message}`)}\n`)
      return EXIT.usage
    }
    throw error
  }
}
