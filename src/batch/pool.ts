import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ConvertOptions, FileResult, Task } from './convert-file.js'
import type { TaskStream } from './task-stream.js'
import { tuneV8ForBatch } from './tune-v8.js'
import { removeTempFiles } from './write-atomic.js'

export interface PoolOptions {
  jobs: number
  /** Files handed to a worker at once, so small files do not drown in messaging. */
  batchSize: number
  /** Shared with the workers: non-zero means stop after the file in hand. */
  stop: Int32Array
}

/** Where the worker's script is, beside this module once built; null when running from source (tests). */
export function workerScript(): URL | null {
  const url = new URL('./worker.js', import.meta.url)
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null
}

// A worker's young generation (where a story's short-lived strings and blocks live) capped
// well below V8's default: peak RSS over 20,000 files fell from ~300 to ~250 MB with two
// workers, at the same speed (bench/run.mjs). Old space, which a 50 MB story needs, is left alone.
// 16 -> 12 MB later: peak RSS over 20,000 files ~160 -> ~146 MB, over 2,000 ~124 MB either way
// (at 16 the bench's 20,000/2,000 ratio sat at 1.20-1.26x against its 1.25x target). Speed: one
// set of four alternating runs showed no difference (6.90 vs 6.95 s), a second, on a busier
// machine, 16 MB ~4% faster (7.27 vs 7.55 s median wall); the cost, if any, is a few percent.
// 12 -> 24 MB once files were parsed in groups (convertFiles), whose stories stay alive across
// the steps: a 20,000-file batch ~6.03 -> ~5.58 s wall (mean of 3 alternating runs; 16 MB 5.73 s),
// peak RSS over 20,000 files ~145 -> ~157 MB, over 2,000 ~128 -> ~140 MB (ratio 1.14 -> 1.12x).
const WORKER_YOUNG_GENERATION_MB = 24

function failAll(batch: Task[], reason: string): FileResult[] {
  return batch.map((t) => ({
    index: t.index,
    path: t.path,
    status: 'failed',
    articles: 0,
    bytes: 0,
    messages: [],
    reason: `${t.path ?? 'stdin'}: ${reason}`,
  }))
}

/** A worker thread with a queue of batches it has been sent, answered in order. */
class PoolWorker {
  readonly worker: Worker
  private readonly waiting: Array<{ batch: Task[]; done: (results: FileResult[]) => void }> = []
  private dead: string | null = null

  constructor(script: URL, options: ConvertOptions, stop: Int32Array) {
    this.worker = new Worker(script, {
      workerData: { options, stop },
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    })
    this.worker.on('message', (results: FileResult[]) => this.waiting.shift()?.done(results))
    const fail = (reason: string) => {
      this.dead ??= reason
      for (const { batch, done } of this.waiting.splice(0)) done(failAll(batch, reason))
    }
    this.worker.on('error', (error) => fail(`worker failed: ${error.message}`))
    this.worker.on('exit', (code) => fail(`worker stopped (exit code ${code})`))
  }

  run(batch: Task[]): Promise<FileResult[]> {
    if (this.dead !== null) return Promise.resolve(failAll(batch, this.dead))
    return new Promise((done) => {
      this.waiting.push({ batch, done })
      this.worker.postMessage(batch)
    })
  }

  /** Output paths of the batches still in hand, for cleaning up after a forced stop. */
  pendingOutputs(): string[] {
    return this.waiting.flatMap((w) => w.batch.flatMap((t) => (t.out ? [t.out] : [])))
  }
}

/**
 * Converts a stream of tasks on a pool of worker threads and delivers the
 * results in input order. Each worker has two batches in hand (one being
 * converted, one waiting) so it never idles on messaging; results that
 * arrive early wait in a window of bounded size, so memory stays flat
 * however long the stream is. Returns a function that, on a second Ctrl-C,
 * terminates the workers and removes their temp files.
 */
export function runPool(
  tasks: TaskStream<Task>,
  options: ConvertOptions,
  pool: PoolOptions,
  script: URL,
  deliver: (result: FileResult) => void,
): { done: Promise<void>; abort: () => Promise<void> } {
  tuneV8ForBatch()
  const workers = Array.from({ length: pool.jobs }, () => new PoolWorker(script, options, pool.stop))
  const window = pool.jobs * pool.batchSize * 4
  const early = new Map<number, FileResult>()
  let next = 0
  let taking: Promise<unknown> = Promise.resolve()
  let waiters: Array<() => void> = []
  const moved = () => {
    const wake = waiters
    waiters = []
    for (const w of wake) w()
  }

  const flush = () => {
    while (early.has(next)) {
      const result = early.get(next)!
      early.delete(next++)
      deliver(result)
    }
    moved()
  }
  const stopped = () => Atomics.load(pool.stop, 0) !== 0

  // Batches are taken one after another from the shared stream.
  const takeBatch = (): Promise<Task[]> => {
    const batch = taking.then(() => tasks.take(pool.batchSize, stopped))
    taking = batch
    return batch
  }

  const lane = async (worker: PoolWorker) => {
    for (;;) {
      const batch = await takeBatch()
      if (batch.length === 0) return
      while (batch[0]!.index - next > window && !stopped()) await new Promise<void>((r) => waiters.push(r))
      for (const result of await worker.run(batch)) early.set(result.index, result)
      flush()
    }
  }

  const done = (async () => {
    try {
      await Promise.all(workers.flatMap((w) => [lane(w), lane(w)]))
    } finally {
      // After a stop some tasks were never run: deliver what did run, in order.
      for (const index of [...early.keys()].sort((a, b) => a - b)) deliver(early.get(index)!)
      early.clear()
      await Promise.all(workers.map((w) => w.worker.terminate()))
    }
  })()

  const abort = async () => {
    const outputs = workers.map((w) => ({ thread: w.worker.threadId, outs: w.pendingOutputs() }))
    await Promise.all(workers.map((w) => w.worker.terminate()))
    for (const { thread, outs } of outputs) for (const out of outs) removeTempFiles(out, thread)
  }
  return { done, abort }
}
