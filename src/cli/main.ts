import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { CommanderError } from 'commander'
import type { Article } from '../model/article.js'
import { articleJsonSchema } from '../model/json-schema.js'
import { parseStories } from '../parse/parse-article.js'
import { render } from '../render/render.js'
import { writeAtomic } from '../batch/write-atomic.js'
import { InputError, readInput } from '../source/read-input.js'
import { toVFile } from '../source/to-vfile.js'
import { EXIT } from './exit-codes.js'
import { readStdin, stderrColors, type Io } from './io.js'
import { createProgram, type CliOptions } from './program.js'
import { reportMessages } from './report.js'

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string }
    return pkg.version ?? '0.0.0'
  } catch {
    return '0.0.0'
  }
}

class UsageError extends Error {}

/**
 * The command line, run in-process: parses `argv` (without `node` and the
 * script), reads and writes through `io`, returns the exit code. Never
 * calls process.exit.
 */
export async function main(argv: string[], io: Io): Promise<number> {
  const colors = stderrColors(io)
  const program = createProgram(packageVersion())
  let command = 'convert' as 'convert' | 'schema'
  program.commands.find((c) => c.name() === 'schema')!.action(() => {
    command = 'schema'
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
    io.stdout.write(JSON.stringify(articleJsonSchema(), null, 2) + '\n')
    return EXIT.ok
  }
  const options = program.opts<CliOptions>()
  try {
    return await convert(program.args, options, io)
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(colors.red(`article-parse: ${error.message}`) + '\n')
      return EXIT.usage
    }
    throw error
  }
}

async function convert(inputs: string[], options: CliOptions, io: Io): Promise<number> {
  const colors = stderrColors(io)
  const list = inputs.length === 0 ? ['-'] : inputs
  if (list.filter((i) => i === '-').length > 1) throw new UsageError('stdin ("-") can be read only once')
  if (list.length === 1 && list[0] === '-' && io.stdin.isTTY) throw new UsageError('no input: give a file, or pipe a story into stdin (see --help)')
  if (options.standalone && options.format !== 'html') throw new UsageError('--standalone goes with --format html')
  if (options.output && list.some((i) => i !== '-' && resolve(i) === resolve(options.output!))) {
    throw new UsageError(`refusing to write the output over the input \`${options.output}\``)
  }
  if (options.encoding) {
    try {
      new TextDecoder(options.encoding)
    } catch {
      throw new UsageError(`unknown encoding \`${options.encoding}\``)
    }
  }
  const pretty = options.pretty ?? (io.stdout.isTTY === true && !options.output)
  const articles: Article[] = []
  let failed = 0
  for (const input of list) {
    const path = input === '-' ? null : input
    try {
      const bytes = path === null ? await readStdin(io.stdin) : await readInput(path)
      const file = toVFile(bytes, { path, ...(options.encoding ? { encoding: options.encoding } : {}) })
      const stories = parseStories(file, options.from ? { from: options.from } : {})
      if (!options.quiet) reportMessages(file, io, colors)
      articles.push(...stories)
    } catch (error) {
      failed++
      const reason = error instanceof InputError ? error.message : `${path ?? 'stdin'}: ${(error as Error).message}`
      io.stderr.write(colors.red(`article-parse: ${reason}`) + '\n')
    }
  }
  const several = articles.length > 1
  const format = several && options.format === 'json' ? 'ndjson' : options.format
  const rendered: string[] = []
  for (const article of articles) {
    const out = await render(article, { ...options, format, pretty: format === 'json' && pretty })
    rendered.push(out.endsWith('\n') ? out : out + '\n')
  }
  const output = rendered.join(format === 'ndjson' ? '' : format === 'json' ? '' : '\n')
  if (articles.length > 0) {
    if (options.output) {
      try {
        await writeAtomic(options.output, output)
      } catch (error) {
        io.stderr.write(colors.red(`article-parse: cannot write \`${options.output}\`: ${(error as Error).message}`) + '\n')
        return EXIT.inputFailed
      }
    } else io.stdout.write(output)
  }
  return failed > 0 ? EXIT.inputFailed : EXIT.ok
}
