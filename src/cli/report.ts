import type { ChalkInstance } from 'chalk'
import type { PlainMessage } from '../batch/convert-file.js'

/** One message as a line: `path:line:column: warning reason [rule-id]`. */
export function formatMessage(path: string | null, m: PlainMessage, colors: ChalkInstance): string {
  const where = [path ?? 'stdin', m.line, m.column].filter((v) => v != null).join(':')
  const level = m.fatal ? colors.red('error') : colors.yellow('warning')
  return `${where}: ${level} ${m.reason}${m.ruleId ? colors.dim(` [${m.ruleId}]`) : ''}\n`
}
