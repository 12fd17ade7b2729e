import { parentPort, threadId, workerData } from 'node:worker_threads'
import { type ConvertOptions, convertFiles, type Task } from './convert-file.js'
import { setThreadId } from './write-atomic.js'

// One worker of the pool: converts the batches it is sent, in order (their
// files parsed in small groups, see convertFiles), and answers each batch
// with its results. Before each file it checks the shared stop flag (set on
// Ctrl-C or --fail-fast): it finishes the files it has read, never stopping
// halfway through writing one, and leaves the rest.
const { options, stop } = workerData as { options: ConvertOptions; stop: Int32Array }
let queue: Promise<void> = Promise.resolve()
setThreadId(threadId)

parentPort!.on('message', (batch: Task[]) => {
  queue = queue.then(async () => {
    parentPort!.postMessage(await convertFiles(batch, options, () => Atomics.load(stop, 0) !== 0))
  })
})
