import type { ExplainedLine, ExplainedStory } from '../model/explain.js'

/**
 * The explanation of a file as JSON: one array of every line of every story, `{line, text, role,
 * kind?, rule, spans, story?}`, each on a line of its own so that a diff of two shows the lines
 * that changed.
 */
export function renderExplainJson(stories: readonly ExplainedStory[]): string {
  const lines: ExplainedLine[] = stories.flatMap((s) => s.lines)
  if (lines.length === 0) return '[]\n'
  return `[\n${lines.map((line) => JSON.stringify(ordered(line))).join(',\n')}\n]\n`
}

/** The fields in the documented order. */
function ordered(line: ExplainedLine): ExplainedLine {
  return {
    line: line.line,
    text: line.text,
    role: line.role,
    ...(line.kind ? { kind: line.kind } : {}),
    rule: line.rule,
    spans: line.spans,
    ...(line.story !== undefined ? { story: line.story } : {}),
  }
}
