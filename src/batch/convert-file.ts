import { existsSync, statSync } from 'node:fs'
import type { VFile } from 'vfile'
import { loadNitfReader, nitfOf } from '../parse/nitf-input.js'
import { type FileParse, loadMarkdownSegmenter, parseFilesTogether, readsAsMarkdown } from '../parse/parse-article.js'
import { type Format, rendererFor } from '../render/render.js'
import { readsAsNitf } from '../source/nitf-sniff.js'
import { InputError, readInputSync, systemReason } from '../source/read-input.js'
import { toVFile } from '../source/to-vfile.js'
import { prepareOutputDir, storyPath } from './output-path.js'
import { type RecordRef, recordName } from './record-error.js'
import { writeAtomicSync } from './write-atomic.js'

/** What every file of a batch is converted with (plain data: it is posted to workers). */
export interface ConvertOptions {
  format: Format
  from?: 'text' | 'markdown' | 'nitf'
  encoding?: string
  keepBoilerplate: boolean
  positions: boolean
  standalone: boolean
  maxBytes: number
  force: boolean
  /** Stop at the first file that fails: nothing after it in the input order is read or written. */
  failFast?: boolean
  /** Write each input's output under here; else return it for stdout. */
  outDir?: string
}

/**
 * One file to convert: its place in the input order, its path (null: stdin, whose bytes come along), its output path.
 */
export interface Task {
  index: number
  path: string | null
  out?: string
  /**
   * The story numbers whose output names (`a.N.json`) are other inputs' outputs: a feed with that many stories fails.
   */
  storiesTaken?: number[]
  bytes?: Uint8Array
  /** A record's text (`--from ndjson`), parsed as a UTF-8 file holding it would be. */
  text?: string
  /** Which record of a JSON-lines input this is; its Articles carry the id in `source.id`. */
  record?: RecordRef
  /** Decided before conversion (an output path clash, stdin unreadable, a bad record): fail with this reason. */
  fail?: string
}

/** A message in plain data, as a reporter prints it. */
export interface PlainMessage {
  line: number | null
  column: number | null
  reason: string
  ruleId: string | null
  fatal: boolean
}

export interface FileResult {
  index: number
  path: string | null
  /** `skipped`: its output existed and `--force` was not given. */
  status: 'ok' | 'failed' | 'skipped'
  articles: number
  bytes: number
  messages: PlainMessage[]
  /** Why it failed or was skipped, in one line. */
  reason?: string
  /** Without an out-dir: the rendered articles, in order. */
  output?: string[]
  /** The task's record, for its error line. */
  record?: RecordRef
}

function plainMessages(file: VFile): PlainMessage[] {
  return file.messages.map((m) => ({
    line: m.line ?? null,
    column: m.column ?? null,
    reason: m.reason,
    ruleId: m.ruleId ?? null,
    fatal: m.fatal === true,
  }))
}

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a)
    const y = statSync(b)
    return x.dev === y.dev && x.ino === y.ino
  } catch {
    return false
  }
}

/** How messages name a task's input: its path, `stdin`, or a record's input and line (`stdin#12`). */
function nameOf(task: Task): string {
  return task.record ? recordName(task.path, task.record.line) : (task.path ?? 'stdin')
}

/** A file read and decoded, waiting to be parsed with the others of its group. */
interface Opened {
  task: Task
  result: FileResult
  file: VFile
}

/**
 * Reads and decodes one file (refusing binaries and oversized files), after
 * checking its output may be written. Gives the finished result instead when
 * the file fails or is skipped.
 */
async function open(task: Task, options: ConvertOptions): Promise<Opened | FileResult> {
  const name = nameOf(task)
  const result: FileResult = { index: task.index, path: task.path, status: 'ok', articles: 0, bytes: 0, messages: [] }
  if (task.record) result.record = task.record
  if (task.fail !== undefined) return { ...result, status: 'failed', reason: task.fail }
  try {
    if (task.out !== undefined && task.path !== null) {
      // One stat in the common case (no output yet); the same-file check only when something is there.
      const existing = existsSync(task.out)
      if (existing && sameFile(task.out, task.path))
        throw new InputError(name, `refusing to write its output \`${task.out}\` over the input itself`)
      // A feed's first story goes to `a.1.json` (in NDJSON, a feed is one file like any other input).
      if (!options.force && (existing || (options.format !== 'ndjson' && existsSync(storyPath(task.out, 1, 2))))) {
        return { ...result, status: 'skipped', reason: `output \`${task.out}\` exists (use --force to overwrite)` }
      }
    }
    const bytes =
      task.bytes ??
      (task.text === undefined
        ? readInputSync(name, { maxBytes: options.maxBytes, encoding: options.encoding })
        : Buffer.from(task.text))
    result.bytes = bytes.length
    const file = toVFile(bytes, { path: task.path, ...(options.encoding ? { encoding: options.encoding } : {}) })
    if (readsAsMarkdown(task.path, options)) await loadMarkdownSegmenter()
    // NITF: the XML parser is loaded for it alone, and XML that is not NITF fails here, in one line.
    else if (readsAsNitf(task.path, String(file.value ?? ''), options.from)) {
      await loadNitfReader()
      const nitf = nitfOf(file, options)
      if (nitf?.error !== undefined) throw new InputError(name, `${nitf.error}; skipped`)
    }
    return { task, result, file }
  } catch (error) {
    return { ...result, status: 'failed', reason: await failureReason(name, error) }
  }
}

/** Renders a parsed file's Articles and writes them atomically under the out-dir, or keeps them on the result. */
async function finish({ task, result, file }: Opened, parsed: FileParse, options: ConvertOptions): Promise<FileResult> {
  const name = nameOf(task)
  try {
    if (parsed.error !== undefined || !parsed.articles) throw parsed.error
    const articles = parsed.articles
    if (task.record) for (const article of articles) article.source.id = task.record.id
    result.messages = plainMessages(file)
    result.articles = articles.length
    const renderOne = await rendererFor(options.format)
    // Compact JSON: whether stdout gets one pretty object or NDJSON is decided once all are known.
    const renderOptions = { ...options, pretty: false }
    const rendered = articles.map((article) => renderOne(article, renderOptions))
    if (task.out === undefined) result.output = rendered
    else {
      const paths = outputPaths(task.out, rendered.length, options)
      const clash = storyClash(task, paths.length)
      if (clash !== null) throw new InputError(name, clash)
      // A feed's outputs are known only now; the check before the parse looked for the first (`a.1.json`).
      const existing = options.force ? undefined : paths.slice(1).find((p) => existsSync(p))
      if (existing !== undefined)
        return { ...result, status: 'skipped', reason: `output \`${existing}\` exists (use --force to overwrite)` }
      try {
        writeOutputs(task.out, paths, rendered, options)
      } catch (error) {
        throw new InputError(name, `cannot write \`${task.out}\`: ${systemReason(error)}`)
      }
    }
  } catch (error) {
    result.status = 'failed'
    result.reason = await failureReason(name, error)
  }
  return result
}

// A group of files is parsed together (parseFilesTogether) once it holds this many files or this many
// bytes: over the bench's files 16 ran fastest with a batch worker's young generation (32 was no faster
// than one at a time), and the byte cap keeps a few large files from being held in memory together.
export const GROUP_FILES = 16
const GROUP_BYTES = 64 * 1024

/**
 * Converts files in order: read, decode, parse every story, render, and
 * write the outputs atomically or return them. Files are parsed in small
 * groups (see parseFilesTogether). Never throws: any failure becomes its
 * file's `reason`. `stopped` is asked before each file is read; once it
 * says yes, the files read so far are finished and the rest are left. With
 * `failFast` the results end at the first failed file: the files before it
 * are finished, none after it is read or written.
 */
export async function convertFiles(
  tasks: readonly Task[],
  options: ConvertOptions,
  stopped: () => boolean = () => false,
): Promise<FileResult[]> {
  // Results in the tasks' order; a file that failed or was skipped before its parse takes its place at once.
  const results: FileResult[] = []
  let group: Array<{ opened: Opened; at: number }> = []
  let groupBytes = 0
  // With failFast: the place in `results` of the first file that failed, before or after its parse.
  let firstFailure = Infinity
  const failedFast = () => options.failFast === true && firstFailure !== Infinity
  const flush = async () => {
    const parsed = parseFilesTogether(
      group.map((g) => g.opened.file),
      { ...(options.from ? { from: options.from } : {}), positions: options.positions },
    )
    for (let i = 0; i < group.length; i++) {
      const { opened, at } = group[i]!
      // Fail-fast: nothing after the first failure is written (its place is cut from the results below).
      if (options.failFast && at > firstFailure) break
      results[at] = await finish(opened, parsed[i]!, options)
      if (results[at]!.status === 'failed') firstFailure = Math.min(firstFailure, at)
    }
    group = []
    groupBytes = 0
  }
  for (const task of tasks) {
    if (stopped() || failedFast()) break
    const at = results.length
    const opened = await open(task, options)
    if (!('file' in opened)) {
      results.push(opened)
      if (opened.status === 'failed') firstFailure = Math.min(firstFailure, at)
      continue
    }
    results.push(opened.result) // its place, filled in when its group is finished
    group.push({ opened, at })
    groupBytes += opened.result.bytes
    if (group.length >= GROUP_FILES || groupBytes >= GROUP_BYTES) await flush()
  }
  if (group.length > 0) await flush()
  if (failedFast()) results.length = firstFailure + 1
  return results
}

interface SchemaIssue {
  path: PropertyKey[]
  message: string
}

function describeIssues(issues: SchemaIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ')
}

/**
 * One line saying why a file failed. An Article that does not match its
 * schema is our bug: the bundled CLI's compiled check throws with the draft,
 * and zod is loaded only then to say which fields are wrong.
 */
async function failureReason(name: string, error: unknown): Promise<string> {
  if (error instanceof InputError) return error.message
  const e = error as Error & { code?: string; draft?: unknown; issues?: SchemaIssue[] }
  if (e?.name === 'ArticleValidationError' || e?.name === 'ZodError') {
    let issues = e.issues
    if (!issues) {
      const { ArticleSchema } = await import('../model/article.js')
      issues = ArticleSchema.safeParse(e.draft).error?.issues ?? []
    }
    return (
      `${name}: internal error, the Article does not match its schema (${describeIssues(issues)}); ` +
      'please report it'
    )
  }
  return `${name}: ${e?.code ? systemReason(e) : String(e?.message ?? e)}`
}

/** The files an input's rendered articles go to: one, or (a feed, in any format but NDJSON) one per story. */
function outputPaths(out: string, articles: number, options: ConvertOptions): string[] {
  if (options.format === 'ndjson' || articles <= 1) return [out]
  return Array.from({ length: articles }, (_, i) => storyPath(out, i + 1, articles))
}

/** Why a feed cannot write its stories: one of their names is another input's output. */
function storyClash(task: Task, outputs: number): string | null {
  if (outputs < 2 || !task.storiesTaken) return null
  const taken = task.storiesTaken.find((n) => n <= outputs)
  if (taken === undefined) return null
  return (
    `its story ${taken} would go to \`${storyPath(task.out!, taken, outputs)}\`, ` +
    "which is another input's output; rename one; skipped"
  )
}

function writeOutputs(out: string, paths: string[], rendered: string[], options: ConvertOptions): void {
  if (!prepareOutputDir(out, options.outDir!)) throw new Error('a symbolic link leads outside --out-dir; refused')
  const end = (s: string) => (s.endsWith('\n') ? s : `${s}\n`)
  if (paths.length === 1) writeAtomicSync(out, rendered.map(end).join(''))
  else
    paths.forEach((path, i) => {
      writeAtomicSync(path, end(rendered[i]!))
    })
}
