import { join } from 'node:path'
import type { Task } from '../batch/convert-file.js'
import type { Input } from '../batch/find-inputs.js'
import { OUTPUT_EXTENSIONS, type OutputClaims, outputPathFor } from '../batch/output-path.js'
import type { CliOptions } from './program.js'

/** Inputs to tasks: numbered in order, each with its output path, a clash of two outputs failing the second. */
export async function* fileTasks(
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
        task.fail =
          `${input.path ?? 'stdin'}: its output \`${out}\` would also be a story of \`${claim.of}\`'s input ` +
          "(a feed's stories are numbered); rename one; skipped"
      else {
        task.out = out
        if (claim.storiesTaken.length > 0) task.storiesTaken = claim.storiesTaken
      }
    }
    yield task
  }
}
