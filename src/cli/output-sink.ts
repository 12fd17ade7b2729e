import { AtomicWriter } from '../batch/write-atomic.js'
import type { Format } from '../render/render.js'
import { systemReason } from '../source/read-input.js'
import type { Io } from './io.js'

/**
 * Where rendered articles go when there is no --out-dir: stdout, or one
 * `-o` file written through a temp file and renamed when complete. Articles
 * are streamed as they come, in input order, never all held. JSON (and ninjs) is one
 * object when the run yields one article (indented with --pretty), else
 * NDJSON: so the first article is held back until a second one shows which.
 */
export class OutputSink {
  private first: string | null = null
  private count = 0
  private writer: AtomicWriter | undefined
  private error: string | undefined
  private closed = false

  constructor(
    private readonly io: Io,
    private readonly format: Format,
    private readonly pretty: boolean,
    private readonly output?: string,
  ) {}

  /** Stdout was closed by the reader (`| head`): drop the rest quietly. */
  close(): void {
    this.closed = true
  }

  private write(text: string): void {
    if (this.error !== undefined || this.closed) return
    if (this.output === undefined) {
      this.io.stdout.write(text)
      return
    }
    try {
      this.writer ??= new AtomicWriter(this.output)
      this.writer.write(text)
    } catch (error) {
      this.error = `cannot write \`${this.output}\`: ${systemReason(error)}`
      this.writer?.abort()
    }
  }

  add(rendered: string[]): void {
    for (const text of rendered) {
      const line = text.endsWith('\n') ? text : `${text}\n`
      if (this.format === 'json' || this.format === 'ninjs') {
        if (this.count === 0) this.first = text
        else {
          if (this.count === 1) this.write(`${this.first!}\n`)
          this.write(line)
        }
      } else if (this.format === 'ndjson') this.write(line)
      else this.write(this.count === 0 ? line : `\n${line}`)
      this.count++
    }
  }

  /** Writes what was held back and puts the `-o` file in place (or drops it after an interrupt). */
  end(interrupted: boolean): { ok: true } | { ok: false; reason: string } {
    if ((this.format === 'json' || this.format === 'ninjs') && this.count === 1) {
      this.write(`${this.pretty ? JSON.stringify(JSON.parse(this.first!), null, 2) : this.first!}\n`)
    }
    if (this.writer && this.error === undefined) {
      try {
        if (interrupted) this.writer.abort()
        else this.writer.commit()
      } catch (error) {
        this.error = `cannot write \`${this.output}\`: ${systemReason(error)}`
        this.writer.abort()
      }
    }
    return this.error === undefined ? { ok: true } : { ok: false, reason: this.error }
  }
}
