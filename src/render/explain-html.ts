import type { Article } from '../model/article.js'
import type { ExplainedLine, ExplainedSpan, ExplainedStory, LineRole } from '../model/explain.js'
import { roleLabel, visibleControls } from './explain-text.js'

// `article-parse explain --format html`: one page, readable without any
// script and loading nothing (its Content-Security-Policy forbids both).
// The Article's summary on top, a legend, then the source a line a row:
// its number, its role, the text coloured by role and the rule id in the
// right margin. Quotes are underlined, the speaker shown on hover (title)
// and, in print, after the quote. Every character of the input is escaped.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

function escapeHtml(text: string): string {
  return visibleControls(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

const ROLES: readonly LineRole[] = [
  'headline',
  'standfirst',
  'byline',
  'caption',
  'credit',
  'subheading',
  'paragraph',
  'blockquote',
  'table',
  'list',
  'boilerplate',
  'between-stories',
]

/** The class of a line's role; never-published boilerplate stands out from the rest. */
function roleClass(line: Pick<ExplainedLine, 'role' | 'kind'>): string {
  if (line.kind === 'not-for-publication' || line.kind === 'contact') return 'r-nfp'
  return `r-${line.role}`
}

const STYLE =
  `
body{font:15px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:78rem;padding:0 1rem;color:#1d1d1f}
h1{font-size:1.3rem;margin:0 0 .6rem}h2{font-size:1.1rem;margin:1.6rem 0 .4rem}
dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:0 0 1rem}
dl.summary dt{font-weight:600;color:#555}dl.summary dd{margin:0}
ul.legend{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:.5rem 0 1rem}
ul.legend li{padding:.1rem .5rem;border-radius:.3rem;border-left-width:.35rem;border-left-style:solid}
ul.legend li.plain{border-left-color:transparent}
.src{font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;border-top:1px solid #ddd}
.line{display:grid;grid-template-columns:3.5rem 15.5rem 1fr 17rem;gap:0 .6rem;` +
  `border-left:.35rem solid transparent;border-bottom:1px solid #f0f0f0}
.no{color:#999;text-align:right}.role{color:#555;overflow-wrap:anywhere}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.rule{color:#777;font-size:12px;border-left:1px solid #ddd;padding-left:.5rem;overflow-wrap:anywhere}
.note{display:block;color:#1a8f3a}
.r-headline{background:#f6e8fb;border-left-color:#9b30c0}.r-headline .text{font-weight:700}
.r-standfirst{background:#fbeff8;border-left-color:#c0308f}
.r-byline{background:#e6f6f8;border-left-color:#138a9a}
.r-caption,.r-credit{background:#fdf6dc;border-left-color:#c79a00}
.r-subheading{background:#e8eefc;border-left-color:#2f5fd0}.r-subheading .text{font-weight:700}
.r-paragraph{background:#fff;border-left-color:#bbb}
.r-blockquote,.r-table,.r-list{background:#eaf3ff;border-left-color:#4a86d8}
.r-boilerplate{background:#f1f1f1;border-left-color:#999}.r-boilerplate .text{color:#666}
.r-nfp{background:#fde8e8;border-left-color:#d02f2f}.r-nfp .text{color:#8a1c1c}
.r-between-stories{background:#f7f7f7;border-left-color:#ccc}
.r-blank{border-left-color:transparent}
u.quote{text-decoration:underline 2px #1a8f3a;text-underline-offset:3px;background:#e9f8ec}
mark.dateline{background:#cfe3ff;outline:1px solid #2f5fd0}
span.part{outline:1px dashed #999}
@media print{body{max-width:none;font-size:11px}.line{grid-template-columns:2.5rem 9rem 1fr 11rem;break-inside:avoid}
u.quote::after{content:" [" attr(data-speaker) "]";color:#1a8f3a;font-style:italic}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`

function summary(article: Article): string {
  const rows: Array<[string, string | null | undefined]> = [
    ['headline', article.headline],
    ['standfirst', article.standfirst],
    ['byline', article.byline?.text],
    ['dateline', article.dateline?.text],
    ['language', article.language],
  ]
  const wire = article.wire
  if (wire) {
    rows.push(
      ['slug', wire.slug],
      ['keywords', wire.keywords.join(', ') || null],
      ['priority', wire.priority ? `${wire.priority.code} (rank ${wire.priority.rank ?? '?'})` : null],
      ['category', wire.category],
      ['version', wire.version],
      ['word count', wire.wordCount === null ? null : String(wire.wordCount)],
      ['sequence', wire.sequence],
      ['filed', wire.filed],
      ['embargo', wire.embargo],
      ['notes to editors', wire.editorNotes.join(' / ') || null],
    )
  }
  const shown = rows.filter(([, value]) => value)
  const items = shown.map(([name, value]) => `<dt>${name}</dt><dd>${escapeHtml(value!)}</dd>`)
  return `<dl class="summary">${items.join('')}</dl>`
}

/** The title a quote shows on hover: its speaker and cue. */
function quoteTitle(span: ExplainedSpan): string {
  const who = span.speaker ?? 'no speaker found'
  return span.cue ? `${who} (${span.cue})` : who
}

function openTag(span: ExplainedSpan): string {
  if (span.role === 'quote') {
    const title = escapeHtml(quoteTitle(span))
    return `<u class="quote" title="${title}" data-speaker="${escapeHtml(span.speaker ?? '?')}">`
  }
  if (span.role === 'dateline') return '<mark class="dateline" title="dateline">'
  const what = `${roleLabel({ role: span.role, kind: span.kind })} ${span.rule ?? ''}`.trim()
  return `<span class="part ${roleClass({ role: span.role, kind: span.kind })}" title="${escapeHtml(what)}">`
}

function closeTag(span: ExplainedSpan): string {
  return span.role === 'quote' ? '</u>' : span.role === 'dateline' ? '</mark>' : '</span>'
}

/** The line's text with its spans marked; spans that cross are cut where they meet, so tags always nest. */
function lineText(line: ExplainedLine): string {
  const cuts = new Set([0, line.text.length])
  for (const span of line.spans) cuts.add(span.from).add(span.to)
  const at = [...cuts].sort((a, b) => a - b)
  let out = ''
  for (let k = 0; k + 1 < at.length; k++) {
    const [from, to] = [at[k]!, at[k + 1]!]
    const covering = line.spans.filter((s) => s.from <= from && s.to >= to)
    out +=
      covering.map(openTag).join('') + escapeHtml(line.text.slice(from, to)) + covering.reverse().map(closeTag).join('')
  }
  return out
}

/** A span's note in the margin: a quote's speaker and cue, the dateline, a second block's rule. */
function note(span: ExplainedSpan): string {
  const what =
    span.role === 'quote'
      ? `\u201c ${quoteTitle(span)}`
      : span.role === 'dateline'
        ? 'dateline'
        : (span.rule ?? span.role)
  return `<span class="note">${escapeHtml(what)}</span>`
}

function lineRow(line: ExplainedLine): string {
  const role = roleLabel(line)
  return (
    `<div class="line ${roleClass(line)}" data-line="${line.line}" data-role="${line.role}">` +
    `<span class="no">${line.line}</span><span class="role">${escapeHtml(role)}</span>` +
    `<span class="text">${lineText(line)}</span>` +
    `<span class="rule">${escapeHtml(line.rule ?? '')}${line.spans.map(note).join('')}</span></div>`
  )
}

function legend(stories: readonly ExplainedStory[]): string {
  const present = new Set(stories.flatMap((s) => s.lines.map((l) => roleClass(l))))
  const items: Array<{ cls: string; name: string }> = ROLES.map((role) => ({ cls: `r-${role}`, name: role }))
  items.splice(items.length - 1, 0, { cls: 'r-nfp', name: 'not for publication' })
  const shown = items.filter((i) => present.has(i.cls))
  return (
    `<ul class="legend">${shown.map((i) => `<li class="${i.cls}">${i.name}</li>`).join('')}` +
    '<li class="plain"><u class="quote">quote</u> (speaker on hover)</li>' +
    '<li class="plain"><mark class="dateline">dateline</mark></li></ul>'
  )
}

/** The explanation of a file's stories as one standalone HTML page. */
export function renderExplainHtml(stories: readonly ExplainedStory[], options: { title?: string } = {}): string {
  const first = stories[0]?.article
  const title = `explain: ${options.title ?? first?.headline ?? 'story'}`
  const lang = first?.language ?? 'und'
  const sections = stories.map((story) => {
    const head = story.stories > 1 ? `<h2>story ${story.story} of ${story.stories}</h2>` : ''
    const rows = story.lines.map(lineRow).join('\n')
    return `<section>${head}${summary(story.article)}<div class="src">${rows}</div></section>`
  })
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    legend(stories),
    ...sections,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
