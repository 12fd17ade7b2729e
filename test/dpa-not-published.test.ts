import { describe, expect, test } from 'vitest'
import { parseStories, render, toVFile } from '../src/index.js'
import { listFixtures } from './helpers/fixtures.js'

// dpa's notebook (notes, links, contacts, phone numbers, e-mail) and the desk's initials are for
// editors: they must never reach a reader. Every dpa fixture is rendered to Markdown and HTML; no
// line of them may appear in what a reader sees (the Markdown's front matter is metadata for the
// next system, as the JSON is, and may carry the notes to editors as `wire.editorNotes`), and with
// --keep-boilerplate only inside the boilerplate section. The lines are found here from the input
// as written, not by the parser's own rules.

const DPA = listFixtures().filter((f) => f.name.startsWith('wire-dpa'))

// "# dpa NOTEBOOK", "# Notebook": everything from here on is the notebook.
const NOTEBOOK_HEADING = /^#\s*(?:dpa[\s-]+)?(?:notebook|notizblock)\s*$/i
// "dpa wsz jln npr": the desk's initials.
const INITIALS = /^dpa(?: [a-z0-9]{1,5}){1,6}$/

/** The words of a text, lower case, a space apart: what survives Markdown escapes and HTML tags alike. */
function words(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&(?:amp|lt|gt|quot);/g, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}@+]+/u)
    .filter(Boolean)
    .join(' ')
}

/** The lines of an input that are for editors only, as words; lines of fewer than two words are left out (a lone "*"). */
function unpublishable(input: string): string[] {
  const lines = input.split(/\r\n|\r|\n/).map((l) => l.replace(/[\u0000-\u001f\u007f]/g, ' ').trim())
  const notebook = lines.findIndex((l) => NOTEBOOK_HEADING.test(l))
  const found = lines.filter((l, i) => (notebook >= 0 && i >= notebook) || INITIALS.test(l))
  return found.map(words).filter((w) => w.split(' ').length >= 2)
}

/** What a reader sees: the Markdown without its front matter (the HTML has none). */
function shown(output: string, format: 'md' | 'html'): string {
  return format === 'md' ? output.replace(/^---\n[\s\S]*?\n---\n/, '') : output
}

/** The output with the boilerplate section cut off: what follows the rule (Markdown) or the <aside> (HTML). */
function outsideBoilerplate(output: string, format: 'md' | 'html'): string {
  if (format === 'html') return output.replace(/<aside class="boilerplate">[\s\S]*?<\/aside>/, '')
  const rule = output.lastIndexOf('\n---\n')
  return rule >= 0 ? output.slice(0, rule) : output
}

describe.each(DPA)('dpa fixture $name', (fixture) => {
  const articles = parseStories(toVFile(fixture.bytes, { path: fixture.input }))
  const lines = unpublishable(fixture.bytes.toString('utf8'))

  test('has editors-only lines to look for', () => {
    expect(lines.length).toBeGreaterThan(0)
  })

  test.each(['md', 'html'] as const)('%s: no notebook, contact or initials line is published', async (format) => {
    for (const article of articles) {
      const out = words(shown(await render(article, { format }), format))
      for (const line of lines) expect(out, line).not.toContain(line)
    }
  })

  test.each(['md', 'html'] as const)(
    '%s with --keep-boilerplate: they stand only in the boilerplate section',
    async (format) => {
      for (const article of articles) {
        const kept = shown(await render(article, { format, keepBoilerplate: true }), format)
        const outside = words(outsideBoilerplate(kept, format))
        for (const line of lines) expect(outside, line).not.toContain(line)
        expect(lines.some((line) => words(kept).includes(line))).toBe(true)
      }
    },
  )
})

test('there are dpa fixtures, one with a notebook', () => {
  expect(DPA.length).toBeGreaterThanOrEqual(2)
  expect(
    DPA.some((f) =>
      f.bytes
        .toString('utf8')
        .split(/\r?\n/)
        .some((l) => NOTEBOOK_HEADING.test(l.trim())),
    ),
  ).toBe(true)
})

test('the check can fail: a notebook line left in the body is found', async () => {
  const fixture = DPA.find((f) => f.name === 'wire-dpa-notebook')!
  const [article] = parseStories(toVFile(fixture.bytes, { path: fixture.input }))
  const leaked = {
    ...article!,
    body: [...article!.body, { type: 'paragraph' as const, text: '- Reporting by: Lena Vogt' }],
  }
  const out = words(shown(await render(leaked, { format: 'md' }), 'md'))
  expect(unpublishable(fixture.bytes.toString('utf8')).some((line) => out.includes(line))).toBe(true)
})
