import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { type Article, parseArticle, render } from '../src/index.js'
import { anyText, RUNS } from './helpers/arbitrary-text.js'
import { HOSTILE_HEADLINE, HOSTILE_STORY } from './helpers/hostile-story.js'

// HTML output escapes everything that came from the input. Without a
// browser (test/browser-html.test.ts has one), the proof is lexical: every
// `<` in the output opens a tag the renderer itself writes, with only the
// attributes it writes, and `&` only ever starts an entity. Input text with
// <script>, onerror=, javascript:, </title>, <!-- or <style> can then only be
// text.

const TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'article',
  'header',
  'h1',
  'h2',
  'p',
  'address',
  'figure',
  'figcaption',
  'span',
  'blockquote',
  'aside',
])
const ATTRIBUTES = new Set(['class', 'data-kind', 'data-speaker', 'data-role', 'lang', 'charset', 'name', 'content'])

/** Problems with an HTML string: tags or attributes the renderer never writes, comments, bare ampersands. */
function htmlProblems(html: string): string[] {
  const problems: string[] = []
  // The renderer's own stylesheet is raw text by HTML's rules; it comes from the code, not the input.
  const body = html.replace(/<style>[^<]*<\/style>/, '<style></style>').replace(/^<!doctype html>/, '')
  // Tags are skipped whole, quoted attribute values with them (a `<` inside a quoted value is text); any other `<` is a problem,
  // so a comment, CDATA section or processing instruction from the input would be caught as "a < that opens no tag".
  let at = 0
  for (;;) {
    const lt = body.indexOf('<', at)
    if (lt < 0) break
    const m = /^<\/?([a-z][a-z0-9]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>/.exec(body.slice(lt, lt + 2000))
    if (!m) {
      problems.push(`a "<" that opens no tag: ${JSON.stringify(body.slice(lt, lt + 40))}`)
      at = lt + 1
      continue
    }
    if (!TAGS.has(m[1]!)) problems.push(`tag <${m[1]}>`)
    for (const a of m[2]!.matchAll(/([a-z-]+)(?:="[^"]*")?/g))
      if (!ATTRIBUTES.has(a[1]!)) problems.push(`attribute ${a[1]} on <${m[1]}>`)
    at = lt + m[0].length
  }
  for (const amp of body.matchAll(/&(?![a-z]+;|#x?[0-9a-f]+;)/gi)) problems.push(`bare & at ${amp.index}`)
  return problems
}

function withText(value: string, base: Article): Article {
  return {
    ...base,
    headline: value || null,
    standfirst: value || null,
    byline: value ? { text: value, authors: [value], agency: value } : null,
    dateline: value ? { text: value, location: value, date: null, agency: null } : null,
    images: [{ caption: value || null, credit: value || null }],
    body: [
      { type: 'paragraph', text: value },
      { type: 'subheading', text: value },
      { type: 'blockquote', text: value },
    ],
    quotes:
      value.length > 2
        ? [
            {
              text: value.slice(1, -1),
              speaker: value,
              role: value,
              cue: value,
              kind: 'direct',
              block: 0,
              start: 1,
              end: value.length - 1,
            },
          ]
        : [],
    boilerplate: [{ kind: 'other', text: value }],
    language: value.slice(0, 8) || null,
  }
}

describe('HTML output keeps input text as text', () => {
  const base = parseArticle('')

  test('the hostile story, parsed and rendered standalone with boilerplate', async () => {
    const html = await render(
      { ...parseArticle(HOSTILE_STORY), headline: HOSTILE_HEADLINE },
      { format: 'html', standalone: true, keepBoilerplate: true },
    )
    expect(htmlProblems(html)).toEqual([])
    expect(html).toContain('&#x3C;/title>&#x3C;script>')
  })

  test.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    'javascript:alert(1)',
    '</title><script>alert(1)</script>',
    '<!-- unclosed comment',
    '<style>body{display:none}</style>',
    '"><svg onload=alert(1)>',
    "' onmouseover='alert(1)",
    '&lt;script&gt; &amp; &#60;',
    ']]><![CDATA[',
    '</style><script>alert(1)</script>',
  ])('every field holding %j', async (value) => {
    for (const standalone of [false, true]) {
      const html = await render(withText(value, base), { format: 'html', standalone, keepBoilerplate: true })
      expect(htmlProblems(html)).toEqual([])
    }
  })

  test('property: any text in any field renders as text', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (value) => {
        const html = await render(withText(value.trim(), base), {
          format: 'html',
          standalone: true,
          keepBoilerplate: true,
        })
        expect(htmlProblems(html)).toEqual([])
      }),
      { numRuns: RUNS },
    )
  })

  test('a title cut from the body never splits an emoji into a lone surrogate', async () => {
    const article: Article = {
      ...base,
      headline: null,
      body: [{ type: 'paragraph', text: `${'a'.repeat(79)}😀 and more` }],
    }
    const title = /<title>(.*)<\/title>/.exec(await render(article, { format: 'html', standalone: true }))![1]!
    expect(title).toBe(`${'a'.repeat(79)}😀`)
    expect(/[\ud800-\udfff]/u.test(title)).toBe(false) // no lone surrogate (a whole emoji is one code point under /u)
  })

  test('the check can fail: markup and bare ampersands are caught', () => {
    expect(htmlProblems('<p>a <script>x</script> & b <img src="x" onerror="y"><!-- c</p>')).toEqual([
      'tag <script>',
      'tag <script>',
      'tag <img>',
      'attribute src on <img>',
      'attribute onerror on <img>',
      'a "<" that opens no tag: "<!-- c</p>"',
      'bare & at 24',
    ])
  })
})
