import { statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import type { ConvertOptions, FileResult, Task } from '../batch/convert-file.js'
import { findInputs, type Input, isMultiSource } from '../batch/find-inputs.js'
import { OUTPUT_EXTENSIONS, OutputClaims, outputPathFor } from '../batch/output-path.js'
import { runInProcess } from '../batch/run-in-process.js'
import { InputError, readStream } from '../source/read-input.js'
import { checkOptions, UsageError } from './check-options.js'
import { EXIT } from './exit-codes.js'
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

/** Inputs to tasks: numbered in order, each with its output path, a clash of two outputs failing the second. */
async function* toTasks(
  inputs: AsyncGenerator<Input>,
  options: CliOptions,
  claimed: OutputClaims,
  stdin: () => Promise<Pick<Task, 'bytes' | 'fail'>>,
): AsyncGenerator<Task> {
  let index = 0
  for await (const input of inputs) {
    const task: Task = { index: index++, path: input.path }
    if (input.path === null) Object.assign(task, await stdin())
    if (options.outDir) {
      const out =
        input.path === null
          ? join(options.outDir, `stdin${OUTPUT_EXTENSIONS[options.format]}`)
          : outputPathFor(input, options.outDir, options.format)
      const claim = out === null ? null : claimed.claim(out)
      if (out === null || claim === null) task.fail = `${input.path}: no safe output path inside --out-dir; skipped`
      else if (claim.status === 'taken')
        task.fail = `${input.path ?? 'stdin'}: its output \`${out}\` is also another input's output; skipped`
      else if (claim.status === 'story')
        task.fail = `${input.path ?? 'stdin'}: its output \`${out}\` would also be a story of \`${claim.of}\`'s input (a feed's stories are numbered); rename one; skipped`
      else {
        task.out = out
        if (claim.storiesTaken.length > 0) task.storiesTaken = claim.storiesTaken
      }
    }
    yield task
  }
}

async function* chain<T>(head: T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head
  for (let step = await rest.next(); !step.done; step = await rest.next()) yield step.value
}

/**
 * Converts every input the command line names: files, folders, globs,
 * `--files-from` lists and stdin. Results come back in input order, go to
 * stdout, `-o` or `--out-dir`, and are tallied into one summary on stderr.
 */
export async function convert(inputs: string[], options: CliOptions, io: Io, signals?: Signals): Promise<number> {
  const started = performance.now()
  const colors = stderrColors(io)
  const args = inputs.length === 0 && !options.filesFrom ? ['-'] : inputs
  checkOptions(args, options, io)
  const pretty = options.pretty ?? (io.stdout.isTTY === true && !options.output)
  const convertOptions: ConvertOptions = {
    format: options.format,
    ...(options.from ? { from: options.from } : {}),
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
  const found = () =>
    findInputs(args, {
      exts: options.ext,
      ...(options.filesFrom ? { filesFrom: options.filesFrom } : {}),
      stdin: io.stdin,
      ...(options.outDir ? { outDir: options.outDir } : {}),
    })
  // One folder or glob gives its outputs grouped by folder; more sources may give them in any order.
  const tasks = toTasks(
    found(),
    options,
    new OutputClaims(!isMultiSource(args, options), options.format !== 'ndjson'),
    readStdin,
  )

  // Peek until it is known where the batch runs (usesPool): here, or on the worker pool.
  const head: Task[] = []
  let headBytes = 0
  let big = false
  for (let step = await tasks.next(); !step.done; step = await tasks.next()) {
    head.push(step.value)
    if (options.jobs === undefined) headBytes += bytesOf(step.value)
    big = usesPool(head.length, headBytes, options.jobs !== undefined)
    if (big) break
  }
  const jobs = options.jobs ?? availableParallelism()
  const batch = head.length > 1 || options.outDir !== undefined
  // The pool (and worker_threads) is loaded only for a batch big enough to use it.
  const pool = jobs > 1 && big ? await import('../batch/pool.js') : null
  const script = pool?.workerScript() ?? null
  const showBar = batch && !options.quiet && io.stderr.isTTY === true
  const progress: Progress = showBar ? await barProgress(io) : plainProgress(io)
  if (showBar && options.filesFrom !== '-') {
    // Count in the background for the bar's total; the list itself is never held.
    progress.setTotal(head.length)
    void (async () => {
      let n = 0
      for await (const _ of found()) n++
      progress.setTotal(n)
    })()
  }

  const sink = new OutputSink(io, options.format, pretty, options.output)
  const tally = emptyTally()
  // What is printed as it comes: everything with --verbose or for a single input; with -q only
  // failures; otherwise (a batch) nothing, and the summary groups the warnings and lists the failures.
  const several = head.length > 1
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
    tally.files++
    tally.bytes += r.bytes
    if (r.status === 'skipped') tally.skipped++
    else if (r.status === 'failed') {
      const reason = r.reason ?? String(r.path)
      tally.failed++
      tally.failures.push(reason)
      report?.failure(r.path, withoutPath(reason, r.path))
      if (printFailures) log(`${colors.red(`article-parse: ${reason}`)}\n`)
      if (options.failFast) Atomics.store(stop, 0, 1)
    } else {
      tally.articles += r.articles
      for (const m of r.messages) {
        if (!m.fatal) tally.warnings++
        report?.message(r.path, m)
        if (printMessages) log(formatMessage(r.path, m, colors))
        else if (!m.fatal) warnings.add(r.path, m)
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
    const all = chain(head, tasks)
    if (pool && script) {
      const run = pool.runPool(all, convertOptions, { jobs, batchSize: BATCH_SIZE, stop }, script, deliver)
      abort = run.abort
      await run.done
    } else {
      if (batch) (await import('../batch/tune-v8.js')).tuneV8ForBatch()
      await runInProcess(all, convertOptions, stop, deliver)
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
    const summary = formatSummary(tally, performance.now() - started, colors, printMessages ? undefined : warnings)
    io.stderr.write(wrapLines(summary, width))
  }
  if (tally.interrupted) return EXIT.interrupted
  return tally.failed > 0 ? EXIT.inputFailed : EXIT.ok
}
