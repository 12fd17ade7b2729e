const WAITING = Symbol('waiting')

function after<T>(ms: number, value: T): { promise: Promise<T>; cancel: () => void } {
  let timer: NodeJS.Timeout | undefined
  const promise = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(value), ms)
  })
  return { promise, cancel: () => clearTimeout(timer) }
}

const nextTurn = () => new Promise<typeof WAITING>((resolve) => setImmediate(() => resolve(WAITING)))

/**
 * The tasks of a run, taken in order by whoever converts them, in groups.
 * A folder's files are all there to take: a group is filled. Records on a
 * pipe may come slowly (a live feed): with `patienceMs`, a group that has
 * one task waits that long at most for the next, then goes without it, so
 * that a slow producer's records are answered as they come instead of once
 * a group is full. A step still in flight when the wait ends is kept for
 * the next call, never lost.
 */
export class TaskStream<T> {
  private readonly ahead: T[] = []
  private pending: Promise<IteratorResult<T>> | undefined
  private ended = false

  constructor(
    private readonly source: AsyncIterator<T>,
    private readonly patienceMs?: number,
  ) {}

  /** Whether every task has been taken. */
  get done(): boolean {
    return this.ended && this.ahead.length === 0
  }

  /** Puts tasks taken to look at back in front, in their order. */
  putBack(tasks: T[]): void {
    this.ahead.unshift(...tasks)
  }

  /**
   * The next task; null at the end. With `hurry` (and a patience), undefined
   * when it has not come within the patience.
   */
  async next(hurry = false): Promise<T | null | undefined> {
    if (this.ahead.length > 0) return this.ahead.shift()!
    if (this.ended) return null
    this.pending ??= this.source.next()
    let step: IteratorResult<T> | typeof WAITING = WAITING
    if (hurry && this.patienceMs !== undefined) {
      // Most tasks are ready at once: a timer is set only for one that is not.
      step = await Promise.race([this.pending, nextTurn()])
      if (step === WAITING) {
        const timeout = after(this.patienceMs, WAITING)
        step = await Promise.race([this.pending, timeout.promise])
        timeout.cancel()
      }
      if (step === WAITING) return undefined
    } else step = await this.pending
    this.pending = undefined
    if (step.done) {
      this.ended = true
      return null
    }
    return step.value
  }

  /** Up to `n` tasks (fewer at the end, or when the rest do not come in time); none once `stopped` says so. */
  async take(n: number, stopped: () => boolean = () => false): Promise<T[]> {
    const out: T[] = []
    while (out.length < n && !stopped()) {
      const task = await this.next(out.length > 0)
      if (task === null || task === undefined) break
      out.push(task)
    }
    return out
  }
}
