import { createRequire } from 'node:module'
import type { VFile } from 'vfile'
import type { Article } from '../model/article.js'
import type { segmentMarkdown as SegmentMarkdown } from '../source/segment-markdown.js'
import { measureLayout, segmentText } from '../source/segment-text.js'
import { splitLines } from '../source/lines.js'
import { splitStories } from '../source/split-stories.js'
import { toVFile } from '../source/to-vfile.js'
import { buildArticle } from './build-article.js'
import type { LabelledBlock, ParseContext, ParseOptions } from './context.js'
import { STEPS } from './steps.js'
import { validateArticle } from './validate-article.js'

function asFile(input: VFile | string): VFile {
  return typeof input === 'string' ? toVFile(input) : input
}

/** Whether to read a file as Markdown: asked for, or a `.md`/`.markdown` file. */
export function readsAsMarkdown(path: string | null | undefined, options: ParseOptions): boolean {
  if (options.from) return options.from === 'markdown'
  return /\.(?:md|markdown|mdown|mkd)$/i.test(path ?? '')
}

// The Markdown segmenter brings remark-parse and micromark, which plain text
// never needs: it is loaded on first use, so `article-parse story.txt` starts
// without it. The library entry registers it up front; the CLI awaits
// `loadMarkdownSegmenter()` before a Markdown file; anything else falls back
// to a synchronous require (Node >= 20.19 loads ES modules that way).
let markdownSegmenter: typeof SegmentMarkdown | undefined

export function useMarkdownSegmenter(segment: typeof SegmentMarkdown): void {
  markdownSegmenter = segment
}

export async function loadMarkdownSegmenter(): Promise<void> {
  markdownSegmenter ??= (await import('../source/segment-markdown.js')).segmentMarkdown
}

function markdownSegmenterNow(): typeof SegmentMarkdown {
  markdownSegmenter ??= (createRequire(import.meta.url)('../source/segment-markdown.js') as { segmentMarkdown: typeof SegmentMarkdown }).segmentMarkdown
  return markdownSegmenter
}

/** Parses every story of a file (a wire feed may hold several) into validated Articles. */
export function parseStories(input: VFile | string, options: ParseOptions = {}): Article[] {
  const file = asFile(input)
  const all = String(file.value ?? '')
  const markdown = readsAsMarkdown(file.path, options)
  const segmentMarkdown = markdown ? markdownSegmenterNow() : undefined
  const spans = markdown ? [{ start: 0, end: all.length }] : splitStories(all)
  return spans.map((span, i) => {
    const text = all.slice(span.start, span.end)
    const blocks = (segmentMarkdown ? segmentMarkdown(text, span.start) : segmentText(text, span.start)).map(
      (b): LabelledBlock => ({ ...b, role: null }),
    )
    const ctx: ParseContext = {
      file,
      text,
      base: span.start,
      blocks,
      layout: measureLayout(splitLines(text)),
      options: { ...options, from: markdown ? 'markdown' : 'text' },
      dateline: null,
      quotes: [],
      language: null,
      messages: [],
    }
    for (const step of STEPS) step.run(ctx)
    const draft = buildArticle(ctx, { story: i + 1, stories: spans.length, start: span.start, end: span.end })
    return validateArticle(draft)
  })
}

/** Parses a file holding one story (the first, if it holds several). */
export function parseArticle(input: VFile | string, options: ParseOptions = {}): Article {
  return parseStories(input, options)[0]!
}
