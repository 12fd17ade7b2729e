import { type ConvertOptions, convertFiles, type FileResult, GROUP_FILES, type Task } from './convert-file.js'

/**
 * Converts tasks in this thread, where starting workers would cost more than
 * it saves. Takes them a group at a time (the size convertFiles parses
 * together) and lets signals be handled between groups; the stop flag
 * (Ctrl-C, --fail-fast) is checked before each file is read.
 */
export async function runInProcess(
  tasks: AsyncIterator<Task>,
  options: ConvertOptions,
  stop: Int32Array,
  deliver: (result: FileResult) => void,
): Promise<void> {
  const stopped = () => Atomics.load(stop, 0) !== 0
  for (let exhausted = false; !exhausted && !stopped(); ) {
    const group: Task[] = []
    while (group.length < GROUP_FILES) {
      const step = await tasks.next()
      if (step.done) {
        exhausted = true
        break
      }
      group.push(step.value)
    }
    for (const result of await convertFiles(group, options, stopped)) deliver(result)
    await new Promise<void>((r) => setImmediate(r))
  }
}
