import type { ChalkInstance } from 'chalk'
import type { PlainMessage } from '../batch/convert-file.js'

/** How many files a group names as examples. */
const EXAMPLES = 3

interface Group {
  count: number
  files: string[]
}

/**
 * The warnings of a batch grouped by rule, for the closing summary: a
 * folder of legacy files gives one line `source-encoding 120 (a.txt, b.txt,
 * c.txt, …)` instead of 120 lines woven through the progress bar (the way
 * Prettier, ESLint and unified-engine report a run over many files).
 */
export class MessageGroups {
  private readonly groups = new Map<string, Group>()

  add(file: string | null, message: PlainMessage): void {
    const rule = message.ruleId ?? 'other'
    let group = this.groups.get(rule)
    if (!group) {
      group = { count: 0, files: [] }
      this.groups.set(rule, group)
    }
    group.count++
    const name = file ?? 'stdin'
    if (group.files.length < EXAMPLES && !group.files.includes(name)) group.files.push(name)
  }

  get size(): number {
    return this.groups.size
  }

  /** One line per rule, most frequent first (then by name), with up to three example files. */
  format(colors: ChalkInstance): string {
    const rules = [...this.groups.entries()].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
    let out = ''
    for (const [rule, group] of rules) {
      const more = group.count > group.files.length ? ', …' : ''
      out += `    ${colors.yellow(rule)} ${group.count} (${group.files.join(', ')}${more})\n`
    }
    return out
  }
}
