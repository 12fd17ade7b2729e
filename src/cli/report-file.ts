import type { PlainMessage } from '../batch/convert-file.js'
import { AtomicWriter } from '../batch/write-atomic.js'

/** One line of a `--report` file: a message about one input. */
export interface ReportLine {
  file: string | null
  line: number | null
  column: number | null
  severity: 'warning' | 'error'
  fatal: boolean
  rule: string | null
  reason: string
}

/** The rule of a line for an input that failed as a whole (unreadable, binary, too large, no output path …). */
export const FAILED_RULE = 'input-failed'

/**
 * `--report FILE`: every message of a run as JSON lines, for CI and for
 * re-running the failed files (`jq -r 'select(.fatal) | .file'`). Lines are
 * written to a temp file as they come and renamed into place at the end, so
 * a reader never sees half a report and an earlier report stays whole until
 * the new one is complete.
 */
export class ReportFile {
  private readonly writer: AtomicWriter

  constructor(path: string) {
    this.writer = new AtomicWriter(path)
  }

  message(file: string | null, m: PlainMessage): void {
    this.write({
      file,
      line: m.line,
      column: m.column,
      severity: m.fatal ? 'error' : 'warning',
      fatal: m.fatal,
      rule: m.ruleId,
      reason: m.reason,
    })
  }

  failure(file: string | null, reason: string): void {
    this.write({ file, line: null, column: null, severity: 'error', fatal: true, rule: FAILED_RULE, reason })
  }

  private write(line: ReportLine): void {
    this.writer.write(`${JSON.stringify(line)}\n`)
  }

  commit(): void {
    this.writer.commit()
  }

  abort(): void {
    this.writer.abort()
  }
}
