import { Chalk, type ChalkInstance } from 'chalk'
import type { ExplainedLine, ExplainedSpan, ExplainedStory, RuleInfo } from '../model/explain.js'

// `article-parse explain` in a terminal: a line of the source a line, its
// number, its role and the rule that decided it, then the text coloured by
// role, quotes and the dateline underlined. Under a line, one note per span
// says what the colour shows (the speaker and cue of a quote), so that the
// text without colour (NO_COLOR, a pipe) holds the same information.

/** Wire control characters (SOH, STX …) as the symbols that picture them, so a terminal shows them harmlessly. */
export function visibleControls(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    .replace(/\u007f/g, '\u2421')
}

/** The label of a line's role: `boilerplate:social`, `blank` shown as nothing. */
export function roleLabel(line: Pick<ExplainedLine, 'role' | 'kind'>): string {
  if (line.role === 'blank') return ''
  return line.kind ? `${line.role}:${line.kind}` : line.role
}

function roleColour(c: ChalkInstance, line: Pick<ExplainedLine, 'role' | 'kind'>): (text: string) => string {
  if (line.kind === 'not-for-publication' || line.kind === 'contact') return c.red
  switch (line.role) {
    case 'headline':
      return c.bold.magenta
    case 'standfirst':
      return c.magenta
    case 'byline':
      return c.cyan
    case 'caption':
    case 'credit':
      return c.yellow
    case 'subheading':
      return c.bold.blue
    case 'blockquote':
    case 'table':
    case 'list':
      return c.blue
    case 'boilerplate':
    case 'between-stories':
      return c.gray
    default:
      return (text) => text
  }
}

/** The line's text, each span styled over the role's colour. */
function colouredText(c: ChalkInstance, line: ExplainedLine): string {
  const text = visibleControls(line.text)
  const base = roleColour(c, line)
  if (c.level === 0) return text
  const cuts = new Set([0, text.length])
  for (const span of line.spans) cuts.add(span.from).add(span.to)
  const at = [...cuts].sort((a, b) => a - b)
  let out = ''
  for (let k = 0; k + 1 < at.length; k++) {
    const [from, to] = [at[k]!, at[k + 1]!]
    let style = base
    for (const span of line.spans) if (span.from <= from && span.to >= to) style = spanStyle(c, span, style)
    out += style(text.slice(from, to))
  }
  return out
}

function spanStyle(c: ChalkInstance, span: ExplainedSpan, outer: (s: string) => string): (s: string) => string {
  if (span.role === 'quote') return (s) => c.underline.green(s)
  if (span.role === 'dateline') return (s) => c.inverse(outer(s))
  return roleColour(c, { role: span.role, kind: span.kind })
}

/** What a span is, in words: `quote 0-250 Ararat Mirzoyan (said)`, `dateline 0-22`. */
export function spanNote(span: ExplainedSpan): string {
  const where = `${span.role} ${span.from}-${span.to}`
  if (span.role === 'quote') {
    const who = span.speaker ?? 'no speaker'
    return span.cue ? `${where} ${who} (${span.cue})` : `${where} ${who}`
  }
  if (span.rule) return `${where}${span.kind ? `:${span.kind}` : ''} ${span.rule}`
  return where
}

/** The explanation of a file's stories as text, coloured when `color` is on. */
export function renderExplainText(stories: readonly ExplainedStory[], options: { color?: boolean } = {}): string {
  const c = new Chalk({ level: options.color ? 1 : 0 })
  const all = stories.flatMap((s) => s.lines)
  const numberWidth = String(all.at(-1)?.line ?? 1).length
  const roleWidth = Math.max(...all.map((l) => roleLabel(l).length), 4)
  const ruleWidth = Math.max(...all.map((l) => (l.rule ?? '').length), 4)
  const out: string[] = []
  for (const story of stories) {
    if (story.stories > 1) out.push(c.bold(`story ${story.story} of ${story.stories}`))
    for (const line of story.lines) {
      const colour = roleColour(c, line)
      const number = String(line.line).padStart(numberWidth)
      const label = colour(roleLabel(line).padEnd(roleWidth))
      const head = `${number} ${label} ${c.dim((line.rule ?? '').padEnd(ruleWidth))}`
      out.push(`${head} │ ${colouredText(c, line)}`.trimEnd())
      for (const span of line.spans)
        out.push(`${' '.repeat(numberWidth + roleWidth + ruleWidth + 3)}│ ↳ ${spanNote(span)}`)
    }
  }
  return `${out.join('\n')}\n`
}

/** `explain --rules`: every rule id with its description, a line each. */
export function renderRulesText(rules: readonly RuleInfo[]): string {
  const width = Math.max(...rules.map((r) => r.id.length))
  return `${rules.map((r) => `${r.id.padEnd(width)}  ${r.description}`).join('\n')}\n`
}
