// Stderr lines fitted to a terminal's width. While the progress bar is drawn the
// terminal's own line wrapping is off (cli-progress turns it off so the bar can be
// redrawn in place), and a longer line would be cut at the right margin; so lines
// are broken at spaces before they are written, never inside a word.

/** Display width of a text, ignoring ANSI colour codes (chalk's). */
export function visibleLength(text: string): number {
  return [...text.replace(/\u001b\[[0-9;]*m/g, '')].length
}

/**
 * `text` (one or more lines, each ending in a newline) with every line longer than
 * `width` broken at spaces; continuation lines are indented by `indent` spaces. A
 * single word longer than the width stays whole on its own line (the terminal wraps
 * it once the bar is gone; nothing is cut). `width` undefined or under 20: unchanged.
 */
export function wrapLines(text: string, width: number | undefined, indent = 4): string {
  if (width === undefined || width < 20) return text
  const out: string[] = []
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n')
  for (const line of lines) {
    if (visibleLength(line) <= width) {
      out.push(line)
      continue
    }
    const lead = line.length - line.trimStart().length
    const pad = ' '.repeat(Math.min(lead + indent, Math.floor(width / 2)))
    let current = line.slice(0, lead)
    let currentWidth = lead
    let empty = true
    for (const word of line.slice(lead).split(' ')) {
      const w = visibleLength(word)
      if (!empty && currentWidth + 1 + w > width) {
        out.push(current)
        current = pad + word
        currentWidth = pad.length + w
      } else {
        current += (empty ? '' : ' ') + word
        currentWidth += (empty ? 0 : 1) + w
      }
      empty = false
    }
    out.push(current)
  }
  return `${out.join('\n')}${text.endsWith('\n') ? '\n' : ''}`
}
