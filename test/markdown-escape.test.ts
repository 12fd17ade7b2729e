import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { type Article, parseArticle, render } from '../src/index.js'
import { tidy } from '../src/source/block.js'
import { RUNS } from './helpers/arbitrary-text.js'
import {
  allowedNodeTypes,
  expectedBlocks,
  nodeTypes,
  PLAIN_NODE_TYPES,
  parseMarkdown,
  readMarkdown,
} from './helpers/read-markdown.js'

// Markdown output must keep input text as text: nothing in a story may turn
// into a link, image, HTML, heading, list, code or emphasis it was not. Each
// check renders, parses the output back with remark-parse (as any Markdown
// tool downstream would) and walks the tree.

/** An Article holding the given texts in every field the Markdown shows. */
function articleOf(t: {
  headline: string
  standfirst: string
  caption: string
  credit: string
  body: string[]
  sub: string
  boiler: string
}): Article {
  const base = parseArticle('')
  return {
    ...base,
    headline: t.headline || null,
    standfirst: t.standfirst || null,
    byline: { text: `By ${t.credit || 'X'}`, authors: [t.credit || 'X'], agency: null },
    images: t.caption || t.credit ? [{ caption: t.caption || null, credit: t.credit || null }] : [],
    body: [
      ...t.body.filter(Boolean).map((text) => ({ type: 'paragraph' as const, text })),
      ...(t.sub ? [{ type: 'subheading' as const, text: t.sub }] : []),
      ...t.body.filter(Boolean).map((text) => ({ type: 'blockquote' as const, text })),
    ],
    boilerplate: t.boiler ? [{ kind: 'other', text: t.boiler }] : [],
  }
}

/** Checks that the Markdown of `article` reads back as exactly its own blocks, with no syntax the text did not ask for. */
async function expectPlainMarkdown(article: Article, keepBoilerplate = true): Promise<void> {
  const md = await render(article, { format: 'md', keepBoilerplate })
  // Only a table or a list the parse found may add structure: text never does.
  const allowed = allowedNodeTypes(article)
  const extra = [...nodeTypes(parseMarkdown(md)).keys()].filter((type) => !allowed.has(type))
  expect(extra, md).toEqual([])
  const back = readMarkdown(md)
  expect(back.blocks, md).toEqual(expectedBlocks(article, keepBoilerplate))
  expect(back.front?.headline ?? null).toBe(article.headline)
  expect(back.front?.byline ?? null).toBe(article.byline?.text ?? null)
}

// Each line is what a story might hold; each must come back as the same text in the same place.
const HOSTILE_LINES = [
  ['heading', '# Not a heading'],
  ['setext underline', '==='],
  ['thematic break', '---'],
  ['thematic break, stars', '* * *'],
  ['bullet list', '- not a list item'],
  ['plus list', '+ not a list item'],
  ['ordered list', '1. not a list item'],
  ['ordered list, paren', '2) not a list item'],
  ['block quote', '> not a quote'],
  ['inline link', 'see [the report](http://evil.example/x) here'],
  ['image', '![tracking pixel](http://evil.example/p.png)'],
  ['autolink', '<http://evil.example>'],
  ['email autolink', '<someone@evil.example>'],
  ['javascript link', '[click](javascript:alert(1))'],
  ['reference link', '[a][ref] and [ref]: http://evil.example'],
  ['definition', '[ref]: http://evil.example "title"'],
  ['raw HTML', '<script>alert(1)</script>'],
  ['HTML comment', '<!-- hidden -->'],
  ['HTML attributes', '<img src=x onerror=alert(1)>'],
  ['closing title', '</title><script>alert(1)</script>'],
  ['entities', '&lt;b&gt; &amp; &#x41; &copy;'],
  ['emphasis', '*stars* and _underscores_ and **strong**'],
  ['code span', 'use `rm -rf /` carefully'],
  ['code fence', '``` js'],
  ['tilde fence', '~~~'],
  ['backslashes', 'a \\ b \\\\ c \\* d'],
  ['hard break', 'line with trailing spaces  '],
  ['table pipe', '| a | b |'],
  ['underscore standfirst break-out', '_ends here_ then more_'],
  ['front matter fence', '--- headline: forged ---'],
] as const

describe('Markdown output keeps hostile text as text', () => {
  test.each(HOSTILE_LINES)('%s: %s', async (_, line) => {
    const text = tidy(line)
    await expectPlainMarkdown(
      articleOf({
        headline: text,
        standfirst: text,
        caption: text,
        credit: text,
        body: [text],
        sub: text,
        boiler: text,
      }),
    )
  })

  test('a parsed story full of markup gives plain Markdown', async () => {
    const story = HOSTILE_LINES.map(([, line]) => line).join('\n\n')
    await expectPlainMarkdown(parseArticle(story))
  })

  const token = fc.constantFrom(
    ...HOSTILE_LINES.map(([, l]) => l),
    ...'#*_-+>[]()!<>`~\\&|:=.1 aZ'.split(''),
    '    ',
    'http://x.y',
    'javascript:',
  )
  const field = fc.array(token, { maxLength: 8 }).map((parts) => tidy(parts.join('')))

  test('property: any mix of Markdown and HTML syntax in any field stays text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          headline: field,
          standfirst: field,
          caption: field,
          credit: field,
          body: fc.array(field, { maxLength: 3 }),
          sub: field,
          boiler: field,
        }),
        async (fields) => expectPlainMarkdown(articleOf(fields)),
      ),
      { numRuns: RUNS },
    )
  })

  test('the check can fail: Markdown that turns text into a link is caught', () => {
    const types = nodeTypes(parseMarkdown('# Title\n\n[x](http://evil.example)\n'))
    expect([...types.keys()].filter((t) => !PLAIN_NODE_TYPES.has(t))).toEqual(['link'])
  })
})
