import type { ChalkInstance } from 'chalk'
import type { VFile } from 'vfile'
import type { PlainMessage } from '../batch/convert-file.js'
import type { Io } from './io.js'

/** One message as a line: `path:line:column: warning reason [rule-id]`. */
export function formatMessage(path: string | null, m: PlainMessage, colors: ChalkInstance): string {
  const where = [path ?? 'stdin', m.line, m.column].filter((v) => v != null).join(':')
  const level = m.fatal ? colors.red('error') : colors.yellow('warning')
  return `${where}: ${level} ${m.reason}${m.ruleId ? colors.dim(` [${m.ruleId}]`) : ''}\n`
}

/** One line per message of a file on stderr. */
export function reportMessages(file: VFile, io: Io, colors: ChalkInstance): void {
  for (const m of file.messages) {
    const plain = {
      line: m.line ?? null,
      column: m.column ?? null,
      reason: m.reason,
      ruleId: m.ruleId ?? null,
      fatal: m.fatal === true,
    }
    io.stderr.write(formatMessage(file.path ?? null, plain, colors))
  }
}
