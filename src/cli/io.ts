import { Chalk, type ChalkInstance } from 'chalk'

interface Stream {
  write(chunk: string): unknown
  isTTY?: boolean
  /** A terminal's width in characters. */
  columns?: number
}

/** Where Ctrl-C comes from: `process`, or an EventEmitter in tests. */
export interface Signals {
  on(event: 'SIGINT', listener: () => void): unknown
  off(event: 'SIGINT', listener: () => void): unknown
}

/** The streams and environment `main` works with: `process` itself, or fakes in tests. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean }
  stdout: Stream
  stderr: Stream
  env?: Record<string, string | undefined>
  /** Ctrl-C; `process` when main is given `process`. */
  signals?: Signals
}

/** Colour on stderr only when it is a terminal and NO_COLOR is unset (FORCE_COLOR forces it). */
export function stderrColors(io: Io): ChalkInstance {
  const env = io.env ?? {}
  const force = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0'
  const on = force || (io.stderr.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb')
  return new Chalk({ level: on ? 1 : 0 })
}
