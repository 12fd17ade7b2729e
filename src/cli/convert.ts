import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import type { ConvertOptions, FileResult, Task } from '../batch/convert-file.js'
import { DEFAULT_EXTS, findInputs, isMultiSource, namesInput } from '../batch/find-inputs.js'
import { OutputClaims } from '../batch/output-path.js'
import { readRecords } from '../batch/read-records.js'
import { recordErrorLine, recordName } from '../batch/record-error.js'
import { runInProcess } from '../batch/run-in-process.js'
import { TaskStream } from '../batch/task-stream.js'
import { InputError, readStream } from '../source/read-input.js'
import { checkOptions, UsageError } from './check-options.js'
import { EXIT } from './exit-codes.js'
import { fileTasks } from './file-tasks.js'
import { type Io, type Signals, stderrColors } from './io.js'
import { MessageGroups } from './message-groups.js'
import { OutputSink } from './output-sink.js'
import type { CliOptions } from './program.js'
import { barProgress, type Progress, plainProgress } from './progress.js'
import { formatMessage } from './report.js'
import { ReportFile } from './report-file.js'
import { emptyTally, formatSummary } from './summary.js'
import { wrapLines } from './wrap.js'

/**
 * By default a batch of up to this many files and bytes runs in this thread, a bigger one on the
 * worker pool. Each worker is a fresh isolate that compiles and optimises the parser again; this
 * thread starts from the CLI's code cache and has no messages to pass. Over the bench's stories
 * (~3.3 kB each, `--out-dir`, 2 CPUs, wall, 3 alternating runs), in this thread against two
 * workers: 300 files 0.57 vs 0.66 s, 1,000 files 0.95 vs 1.17 s, 2,000 files 1.36 vs 1.61 s, with
 * about a quarter less CPU; 4,000 files 2.0 vs 2.2 s, 6,000 files even (2.6 s), 8,000 files 3.4 vs
 * 3.1 s. The limits sit well below the break-even (~6,000 files, 20 MB) because with more CPUs the
 * pool pays off sooner: its share of the work shrinks with each worker, its start-up cost does not.
 */
const IN_THREAD_FILES = 2000
const IN_THREAD_BYTES = 8 * 1024 * 1024
/** The fewest files a batch on the pool has (see usesPool). */
const WORKERS_FROM = 64
const BATCH_SIZE = 32
/** Where a stream of records is read from folders, unless --ext says otherwise. */
const RECORD_EXTS = ['.ndjson', '.jsonl']
/** How long a group of records waits for the next record before it is converted without it (a live feed). */
const RECORD_PATIENCE_MS = 100
/** How many failed records the summary lists (a stream may hold millions). */
const LISTED_RECORD_FAILURES = 20

/** Why a folder or glob gave nothing, in one line. */
function noInputIn(arg: string, exts: readonly string[]): string {
  let folder = false
  try {
    folder = statSync(arg).isDirectory()
  } catch {
    // a glob
  }
  if (!folder) return `no file matches \`${arg}\``
  const shown = exts.map((e) => (e === '' ? 'none' : e)).join(',')
  return `no input in the folder \`${arg}\`: no file with the extensions ${shown} (see --ext)`
}

/** Whether --ext was left at its default. */
function isDefault(exts: string[]): boolean {
  return exts.length === DEFAULT_EXTS.length && DEFAULT_EXTS.every((e, i) => exts[i] === e)
}

/**
 * Whether a batch of this many files and bytes (so far) goes to the worker pool: never under
 * WORKERS_FROM files (a few large stories gain nothing from a fresh worker, which compiles the
 * parser again, and workers are handed 32 files at a time), with --jobs given from there, by
 * default only beyond IN_THREAD_FILES or IN_THREAD_BYTES.
 */
export function usesPool(files: number, bytes: number, jobsGiven: boolean): boolean {
  if (files < WORKERS_FROM) return false
  return jobsGiven || files > IN_THREAD_FILES || bytes > IN_THREAD_BYTES
}

/** The size of a task's input, for deciding where a batch runs (0 when unknown: the conversion reports the error). */
function bytesOf(task: Task): number {
  if (task.bytes) return task.bytes.length
  if (task.text !== undefined) return task.text.length
  if (task.path === null || task.fail !== undefined) return 0
  try {
    return statSync(task.path).size
  } catch {
    return 0
  }
}

/** A failure's reason without the `path: ` it opens with (the report has the path in its own field). */
function withoutPath(reason: string, path: string | null): string {
  const prefix = `${path ?? 'stdin'}: `
  return reason.startsWith(prefix) ? reason.slice(prefix.length) : reason
}

/**
 * Converts every input the command line names: files, folders, globs,
 * `--files-from` lists and stdin. Results come back in input order, go to
 * stdout, `-o` or `--out-dir`, and are tallied into one summary on stderr.
 */
export async function convert(inputs: string[], options: CliOptions, io: Io, signals?: Signals): Promise<number> {
  // process.hrtime, not performance.now(): the global `performance` loads node:perf_hooks on first use, ~1 ms of every
  // run.
  const started = process.hrtime.bigint()
  const colors = stderrColors(io)
  const args = inputs.length === 0 && !options.filesFrom ? ['-'] : inputs
  checkOptions(args, options, io)
  // A stream of records (--from ndjson) gives JSON lines, each record's text read as plain text.
  const records = options.from === 'ndjson'
  const format = records ? 'ndjson' : options.format
  const from = options.from === 'ndjson' ? 'text' : options.from
  const pretty = !records && (options.pretty ?? (io.stdout.isTTY === true && !options.output))
  const convertOptions: ConvertOptions = {
    format,
    ...(from ? { from } : {}),
    ...(options.encoding ? { encoding: options.encoding } : {}),
    keepBoilerplate: options.keepBoilerplate,
    positions: options.positions,
    standalone: options.standalone,
    maxBytes: options.maxSize,
    force: options.force,
    failFast: options.failFast,
    ...(options.outDir ? { outDir: options.outDir } : {}),
  }
  const readStdin = async () => {
    try {
      return { bytes: await readStream(io.stdin, 'stdin', { maxBytes: options.maxSize, encoding: options.encoding }) }
    } catch (error) {
      return { fail: error instanceof InputError ? error.message : `stdin: ${(error as Error).message}` }
    }
  }
  const exts = records && isDefault(options.ext) ? RECORD_EXTS : options.ext
  // A folder or glob that names no input is a wrong command line, never a silent success.
  for (const arg of args)
    if (arg !== '-' && !(await namesInput(arg, { exts, ...(options.outDir ? { outDir: options.outDir } : {}) })))
      throw new UsageError(noInputIn(arg, exts))
  const found = () =>
    findInputs(args, {
      exts,
      ...(options.filesFrom ? { filesFrom: options.filesFrom } : {}),
      stdin: io.stdin,
      ...(options.outDir ? { outDir: options.outDir } : {}),
    })
  // One folder or glob gives its outputs grouped by folder; more sources may give them in any order.
  const tasks = records
    ? readRecords(found(), io.stdin, {
        idField: options.idField ?? 'id',
        textField: options.textField ?? 'text',
        maxBytes: options.maxSize,
      })
    : fileTasks(found(), options, new OutputClaims(!isMultiSource(args, options), format !== 'ndjson'), readStdin)

  // Peek until it is known where the batch runs (usesPool): here, or on the worker pool. Records
  // that stop coming for a while (a live feed) are not waited for: a slow stream runs here.
  const stream = new TaskStream(tasks, records ? RECORD_PATIENCE_MS : undefined)
  const head: Task[] = []
  let headBytes = 0
  let big = false
  for (let task = await stream.next(); task; task = await stream.next(true)) {
    head.push(task)
    if (options.jobs === undefined) headBytes += bytesOf(task)
    big = usesPool(head.length, headBytes, options.jobs !== undefined)
    if (big) break
  }
  stream.putBack(head)
  const jobs = options.jobs ?? availableParallelism()
  // A stream of records is a batch however many it holds (or has given so far).
  const several = records || head.length > 1
  const batch = several || options.outDir !== undefined
  // The pool (and worker_threads) is loaded only for a batch big enough to use it.
  const pool = jobs > 1 && big ? await import('../batch/pool.js') : null
  const script = pool?.workerScript() ?? null
  const showBar = batch && !options.quiet && io.stderr.isTTY === true
  const progress: Progress = showBar ? await barProgress(io, records ? 'record' : 'file') : plainProgress(io)
  // A stream of records has no total to count in advance.
  if (showBar && options.filesFrom !== '-' && !records) {
    // Count in the background for the bar's total; the list itself is never held.
    progress.setTotal(head.length)
    void (async () => {
      let n = 0
      for await (const _ of found()) n++
      progress.setTotal(n)
    })()
  }

  const sink = new OutputSink(io, format, pretty, options.output)
  const tally = emptyTally(records ? 'record' : 'file')
  // What is printed as it comes: everything with --verbose or for a single input; with -q only
  // failures; otherwise (a batch) nothing, and the summary groups the warnings and lists the failures.
  const printMessages = !options.quiet && (options.verbose || !several)
  const printFailures = options.quiet || options.verbose || !several
  const warnings = new MessageGroups()
  let report: ReportFile | undefined
  try {
    report = options.report ? new ReportFile(options.report) : undefined
  } catch (error) {
    progress.stop()
    throw new UsageError(`cannot write the report \`${options.report}\`: ${(error as Error).message}`)
  }
  const width = io.stderr.isTTY ? io.stderr.columns : undefined
  const log = (text: string) => progress.log(wrapLines(text, width))
  const stop = new Int32Array(new SharedArrayBuffer(4))
  // A reader that stops early (`article-parse wire/ | head`) closes the pipe: stop converting, quietly.
  ;(io.stdout as Partial<NodeJS.EventEmitter>).on?.('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    sink.close()
    Atomics.store(stop, 0, 1)
  })
  let aborted = false
  const deliver = (r: FileResult) => {
    if (aborted) return
    // A record is named by its input and line (`stdin#12`), a file by its path.
    const name = r.record ? recordName(r.path, r.record.line) : r.path
    tally.files++
    tally.bytes += r.bytes
    if (r.status === 'skipped') tally.skipped++
    else if (r.status === 'failed') {
      const reason = r.reason ?? String(name)
      tally.failed++
      // A stream's summary lists its first failures; each one has its error line in the output.
      if (!records || tally.failures.length < LISTED_RECORD_FAILURES) tally.failures.push(reason)
      else tally.unlisted++
      report?.failure(name, withoutPath(reason, name))
      if (r.record) sink.add([recordErrorLine(r.path, r.record, withoutPath(reason, name))])
      if (printFailures) log(`${colors.red(`article-parse: ${reason}`)}\n`)
      if (options.failFast) Atomics.store(stop, 0, 1)
    } else {
      tally.articles += r.articles
      for (const m of r.messages) {
        if (!m.fatal) tally.warnings++
        report?.message(name, m)
        if (printMessages) log(formatMessage(name, m, colors))
        else if (!m.fatal) warnings.add(name, m)
      }
      if (r.output) sink.add(r.output)
    }
    progress.tick()
  }

  let abort: (() => Promise<void>) | undefined
  let interrupts = 0
  const onInterrupt = () => {
    interrupts++
    tally.interrupted = true
    Atomics.store(stop, 0, 1)
    if (interrupts === 1)
      progress.log(
        `${colors.yellow('article-parse: stopping after the files in hand (Ctrl-C again to stop at once)')}\n`,
      )
    else if (abort) {
      aborted = true
      void abort()
    }
  }
  signals?.on('SIGINT', onInterrupt)
  try {
    if (pool && script) {
      const run = pool.runPool(stream, convertOptions, { jobs, batchSize: BATCH_SIZE, stop }, script, deliver)
      abort = run.abort
      await run.done
    } else {
      if (batch) (await import('../batch/tune-v8.js')).tuneV8ForBatch()
      await runInProcess(stream, convertOptions, stop, deliver)
    }
  } catch (error) {
    report?.abort()
    throw error
  } finally {
    signals?.off('SIGINT', onInterrupt)
    progress.stop()
  }
  if (report) {
    try {
      report.commit()
    } catch (error) {
      tally.failed++
      io.stderr.write(
        `${colors.red(`article-parse: cannot write the report \`${options.report}\`: ${(error as Error).message}`)}\n`,
      )
    }
  }
  const written = sink.end(tally.interrupted)
  if (!written.ok) {
    tally.failed++
    io.stderr.write(`${colors.red(`article-parse: ${written.reason}`)}\n`)
  }
  if (batch && !options.quiet) {
    const summary = formatSummary(
      tally,
      Number(process.hrtime.bigint() - started) / 1e6,
      colors,
      printMessages ? undefined : warnings,
    )
    io.stderr.write(wrapLines(summary, width))
  }
  if (tally.interrupted) return EXIT.interrupted
  return tally.failed > 0 ? EXIT.inputFailed : EXIT.ok
}
