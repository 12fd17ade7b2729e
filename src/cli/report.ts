import type { ChalkInstance } from 'chalk'
import type { VFile } from 'vfile'
import type { Io } from './io.js'

/** One line per message on stderr: `path:line:column: warning reason [rule-id]`. */
export function reportMessages(file: VFile, io: Io, colors: ChalkInstance): void {
  for (const m of file.messages) {
    const where = [file.path ?? 'stdin', m.line, m.column].filter((v) => v != null).join(':')
    const level = m.fatal ? colors.red('error') : colors.yellow('warning')
    io.stderr.write(`${where}: ${level} ${m.reason}${m.ruleId ? colors.dim(` [${m.ruleId}]`) : ''}\n`)
  }
}
