import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, test } from 'vitest'
import { TaskStream } from '../src/batch/task-stream.js'

/** Yields `values`, waiting `gaps[i]` ms before the i-th; `made` lists those produced so far. */
function slow(values: number[], gaps: number[], made: number[] = []): AsyncGenerator<number> {
  return (async function* () {
    for (let i = 0; i < values.length; i++) {
      if (gaps[i]) await sleep(gaps[i])
      made.push(values[i]!)
      yield values[i]!
    }
  })()
}

describe('TaskStream', () => {
  test('tasks that are there fill a group, in order, to the end', async () => {
    const stream = new TaskStream(slow([1, 2, 3, 4, 5], []), 50)
    expect(await stream.take(2)).toEqual([1, 2])
    expect(await stream.take(2)).toEqual([3, 4])
    expect(stream.done).toBe(false)
    expect(await stream.take(2)).toEqual([5])
    expect(await stream.take(2)).toEqual([])
    expect(stream.done).toBe(true)
  })

  test('with a patience, a group does not wait long for a slow task, and the task is not lost', async () => {
    const made: number[] = []
    const stream = new TaskStream(slow([1, 2, 3], [0, 300, 0], made), 30)
    expect(await stream.take(16)).toEqual([1])
    // The group went before the second task was even made.
    expect(made).toEqual([1])
    expect(await stream.take(16)).toEqual([2, 3])
  })

  test('without a patience (a folder), a group is filled however long it takes', async () => {
    const stream = new TaskStream(slow([1, 2, 3], [0, 60, 0]))
    expect(await stream.take(16)).toEqual([1, 2, 3])
  })

  test('the first task of a group is always waited for', async () => {
    const stream = new TaskStream(slow([1, 2], [80, 0]), 10)
    expect(await stream.take(16)).toEqual([1, 2])
  })

  test('tasks put back come first, in their order; stopped() ends a take', async () => {
    const stream = new TaskStream(slow([3, 4, 5], []), 50)
    stream.putBack([1, 2])
    expect(await stream.take(3)).toEqual([1, 2, 3])
    let calls = 0
    expect(await stream.take(3, () => calls++ > 0)).toEqual([4])
  })
})
