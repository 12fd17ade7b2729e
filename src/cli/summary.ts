import type { ChalkInstance } from 'chalk'
import type { MessageGroups } from './message-groups.js'

/** What a batch did, counted as results arrive. */
export interface Tally {
  /** What the inputs are: files, or the records of a JSON-lines stream (`--from ndjson`). */
  unit: 'file' | 'record'
  files: number
  articles: number
  warnings: number
  failed: number
  skipped: number
  bytes: number
  /** Every failure, `path: reason`, in the order they came (a stream of records keeps the first few). */
  failures: string[]
  /** Failures counted but not kept in `failures`. */
  unlisted: number
  interrupted: boolean
}

export function emptyTally(unit: Tally['unit'] = 'file'): Tally {
  return {
    unit,
    files: 0,
    articles: 0,
    warnings: 0,
    failed: 0,
    skipped: 0,
    bytes: 0,
    failures: [],
    unlisted: 0,
    interrupted: false,
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/**
 * The closing report of a batch, for stderr:
 * `article-parse: 20000 files, 20000 articles, 31 warnings, 1 failed, 0 skipped in 5.2 s (3846 files/s, 11.1 MB/s)`
 * then the warnings grouped by rule (when they were not printed one by one)
 * and every failure in full (file and reason).
 */
export function formatSummary(t: Tally, ms: number, colors: ChalkInstance, warnings?: MessageGroups): string {
  const seconds = Math.max(ms, 1) / 1000
  const rate = `${Math.round(t.files / seconds)} ${t.unit}s/s, ${(t.bytes / 1e6 / seconds).toFixed(1)} MB/s`
  const counts = [
    plural(t.files, t.unit),
    plural(t.articles, 'article'),
    plural(t.warnings, 'warning'),
    `${t.failed} failed`,
    // Records are never skipped: only files whose outputs exist are.
    ...(t.unit === 'file' ? [`${t.skipped} skipped`] : []),
  ]
  const head = t.interrupted ? colors.yellow('interrupted: ') : ''
  let out = `article-parse: ${head}${counts.join(', ')} in ${seconds.toFixed(1)} s (${rate})\n`
  if (t.skipped > 0) out += colors.dim(`  skipped: outputs that already existed; --force overwrites them\n`)
  if (warnings && warnings.size > 0) {
    out += `  warnings by rule (--verbose prints each one, --report FILE keeps them all):\n${warnings.format(colors)}`
  }
  for (const f of t.failures) out += `  ${colors.red('failed')} ${f}\n`
  if (t.unlisted > 0)
    out +=
      `  ${colors.red('failed')} ${t.unlisted} more ` +
      '(each has its error line in the output; --report FILE lists them all)\n'
  return out
}
