import { parentPort, threadId, workerData } from 'node:worker_threads'
import { convertFile, type ConvertOptions, type FileResult, type Task } from './convert-file.js'
import { setThreadId } from './write-atomic.js'

// One worker of the pool: converts the batches it is sent, one file at a
// time, in order, and answers each batch with its results. Between files it
// checks the shared stop flag (set on Ctrl-C or --fail-fast), so it never
// stops halfway through writing a file.
const { options, stop } = workerData as { options: ConvertOptions; stop: Int32Array }
let queue: Promise<void> = Promise.resolve()
setThreadId(threadId)

parentPort!.on('message', (batch: Task[]) => {
  queue = queue.then(async () => {
    const results: FileResult[] = []
    for (const task of batch) {
      if (Atomics.load(stop, 0) !== 0) break
      results.push(await convertFile(task, options))
    }
    parentPort!.postMessage(results)
  })
})
