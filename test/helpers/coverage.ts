import type { Article, Position } from '../../src/index.js'

/** Every element's position in an Article: headline, standfirst, byline, images, body blocks, boilerplate. */
export function elementPositions(article: Article): Array<{ what: string; position: Position }> {
  const out: Array<{ what: string; position: Position | undefined }> = [
    { what: 'headline', position: article.headlinePosition },
    { what: 'standfirst', position: article.standfirstPosition },
    { what: 'byline', position: article.byline?.position },
    ...article.images.map((i, n) => ({ what: `images[${n}]`, position: i.position })),
    ...article.body.map((b, n) => ({ what: `body[${n}]`, position: b.position })),
    ...article.boilerplate.map((b, n) => ({ what: `boilerplate[${n}]`, position: b.position })),
  ]
  return out.filter((e): e is { what: string; position: Position } => e.position !== undefined)
}

const INVISIBLE = /^[\s\u0000-\u001f\u007f\u00a0\u200b\ufeff]*$/u

/**
 * Whether a line held by several elements is shared without overlap: a framing character splits a
 * line (a headline on the STX line, a filing time after ETX) and a glued sign-off is cut off the last
 * words, so each element holds its own part and only blank characters lie between them.
 */
function sharedFairly(
  text: string,
  start: number,
  end: number,
  owners: ReadonlyArray<readonly [number, number, string]>,
): boolean {
  if (owners.length === 0) return false
  const sorted = [...owners].sort((a, b) => a[0] - b[0])
  // The first element may begin on a line above and the last end on one below; between them, only blanks.
  let at = start
  for (const [s, e] of sorted) {
    if (s < at && at !== start) return false
    if (s > at && !INVISIBLE.test(text.slice(at, s))) return false
    at = Math.max(at, e)
  }
  return at >= end || INVISIBLE.test(text.slice(at, end))
}

/**
 * The nothing-is-lost rule: lists the non-blank source lines that lie inside
 * no element, or inside more than one (but for a line whose parts lie in one
 * element each, see sharedFairly). An empty list means the rule holds.
 */
export function uncoveredLines(text: string, articles: Article[]): string[] {
  // Spans sorted by start; lines come in order, so a span joins `active` once a line reaches it and leaves once a line is past it (linear, where a scan of every span per line was quadratic on 100,000-line inputs).
  const spans = articles
    .flatMap(elementPositions)
    .map((e) => [e.position.start.offset, e.position.end.offset, e.what] as const)
    .sort((a, b) => a[0] - b[0])
  let next = 0
  let active: Array<(typeof spans)[number]> = []
  const problems: string[] = []
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g
  let lineNo = 0
  for (const m of text.matchAll(re)) {
    if (m[0] === '' && m.index === text.length) break
    lineNo++
    const line = m[0].replace(/[\r\n]+$/, '')
    if (INVISIBLE.test(line)) continue
    const lead = line.length - line.replace(/^[\s\u0000-\u001f\u007f\u00a0\u200b\ufeff]+/u, '').length
    const trimmed = line.replace(/[\s\u0000-\u001f\u007f\u00a0\u200b\ufeff]+$/u, '')
    const start = m.index + lead
    const end = m.index + trimmed.length
    while (next < spans.length && spans[next]![0] < end) active.push(spans[next++]!)
    active = active.filter(([, e]) => e > start)
    const owners = active.filter(([s]) => s < end)
    if (owners.length !== 1 && !sharedFairly(text, start, end, owners))
      problems.push(
        `line ${lineNo} in ${owners.length} elements (${owners.map((o) => o[2]).join(', ')}): ${JSON.stringify(line.slice(0, 60))}`,
      )
  }
  return problems
}
