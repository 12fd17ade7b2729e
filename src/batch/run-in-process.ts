import { convertFile, type ConvertOptions, type FileResult, type Task } from './convert-file.js'

/**
 * Converts tasks one after another in this thread, for one file or a few,
 * where starting workers would cost more than it saves. Checks the stop flag
 * (Ctrl-C, --fail-fast) between files and lets signals be handled there.
 */
export async function runInProcess(tasks: AsyncIterator<Task>, options: ConvertOptions, stop: Int32Array, deliver: (result: FileResult) => void): Promise<void> {
  for (;;) {
    if (Atomics.load(stop, 0) !== 0) return
    const step = await tasks.next()
    if (step.done) return
    deliver(await convertFile(step.value, options))
    await new Promise<void>((r) => setImmediate(r))
  }
}
