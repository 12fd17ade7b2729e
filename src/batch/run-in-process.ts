import { type ConvertOptions, convertFiles, type FileResult, GROUP_FILES, type Task } from './convert-file.js'
import type { TaskStream } from './task-stream.js'

/**
 * Converts tasks in this thread, where starting workers would cost more than
 * it saves. Takes them a group at a time (the size convertFiles parses
 * together, or what a slow stream has given) and lets signals be handled between groups; the stop flag
 * (Ctrl-C, --fail-fast) is checked before each file is read.
 */
export async function runInProcess(
  tasks: TaskStream<Task>,
  options: ConvertOptions,
  stop: Int32Array,
  deliver: (result: FileResult) => void,
): Promise<void> {
  const stopped = () => Atomics.load(stop, 0) !== 0
  while (!tasks.done && !stopped()) {
    const group = await tasks.take(GROUP_FILES)
    for (const result of await convertFiles(group, options, stopped)) deliver(result)
    await new Promise<void>((r) => setImmediate(r))
  }
}
