import { statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { OUTPUT_EXTENSIONS } from '../batch/output-path.js'
import type { Io } from './io.js'
import type { CliOptions } from './program.js'

/** A wrong command line: reported in one line, exit code 2. */
export class UsageError extends Error {}

/** One folder is the other or holds it. */
function overlaps(a: string, b: string): boolean {
  return !relative(a, b).startsWith('..') || !relative(b, a).startsWith('..')
}

/** Options that do not go with a stream of records (`--from ndjson`), which gives one JSON line per Article. */
function checkRecordMode(options: CliOptions): void {
  if (options.from !== 'ndjson') {
    const field = options.idField !== undefined ? '--id-field' : options.textField !== undefined ? '--text-field' : null
    if (field) throw new UsageError(`${field} goes with --from ndjson`)
    return
  }
  if (options.format !== 'json' && options.format !== 'ndjson')
    throw new UsageError(
      `--from ndjson writes JSON lines, one Article a line: use --format ndjson, not ${options.format}`,
    )
  if (options.outDir)
    throw new UsageError('--from ndjson writes one stream of JSON lines (stdout or --output), not --out-dir')
  if (options.pretty) throw new UsageError('--pretty does not go with --from ndjson: each Article is one line')
  if (options.encoding) throw new UsageError('--encoding does not go with --from ndjson: JSON lines are UTF-8')
  if ((options.idField ?? 'id') === (options.textField ?? 'text'))
    throw new UsageError('--id-field and --text-field name the same field')
}

/** Refuses a command line whose options contradict each other or name inputs and outputs that clash. */
export function checkOptions(args: string[], options: CliOptions, io: Io): void {
  const stdinUses = args.filter((i) => i === '-').length + (options.filesFrom === '-' ? 1 : 0)
  if (stdinUses > 1) throw new UsageError('stdin ("-") can be read only once')
  if (args.length === 1 && args[0] === '-' && io.stdin.isTTY)
    throw new UsageError('no input: give a file, or pipe a story into stdin (see --help)')
  checkRecordMode(options)
  if (options.standalone && options.format !== 'html') throw new UsageError('--standalone goes with --format html')
  if (options.output && options.outDir)
    throw new UsageError('--output and --out-dir do not go together: one file, or one per input')
  if (options.output && args.some((i) => i !== '-' && resolve(i) === resolve(options.output!))) {
    throw new UsageError(`refusing to write the output over the input \`${options.output}\``)
  }
  if (options.report && args.some((i) => i !== '-' && resolve(i) === resolve(options.report!))) {
    throw new UsageError(`refusing to write the report over the input \`${options.report}\``)
  }
  if (options.report && options.output && resolve(options.report) === resolve(options.output)) {
    throw new UsageError('--report and --output name the same file')
  }
  if (options.filesFrom && options.filesFrom !== '-') {
    try {
      if (!statSync(options.filesFrom).isFile()) throw new Error('not a file')
    } catch {
      throw new UsageError(`cannot read the --files-from list \`${options.filesFrom}\``)
    }
  }
  if (options.encoding) {
    try {
      new TextDecoder(options.encoding)
    } catch {
      throw new UsageError(`unknown encoding \`${options.encoding}\``)
    }
  }
  if (options.outDir) {
    let isDir = true
    try {
      isDir = statSync(options.outDir).isDirectory()
    } catch {
      // created on first write
    }
    if (!isDir) throw new UsageError(`--out-dir \`${options.outDir}\` exists and is not a folder`)
    // Outputs with an input extension inside an input folder would be read back as inputs next time, or overwrite them.
    const ext = OUTPUT_EXTENSIONS[options.format]
    const clash = args.find(
      (a) => a !== '-' && options.ext.includes(ext) && isFolder(a) && overlaps(resolve(a), resolve(options.outDir!)),
    )
    if (clash)
      throw new UsageError(
        `--out-dir \`${options.outDir}\` overlaps the input folder \`${clash}\` ` +
          `and its ${ext} outputs would be taken for inputs; choose another folder`,
      )
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}
