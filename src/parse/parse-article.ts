import { createRequire } from 'node:module'
import type { VFile } from 'vfile'
import type { LabelledBlock, ParseContext, ParseOptions } from '../detect/context.js'
import type { Article } from '../model/article.js'
import { BlockTexts, compactText } from '../source/block.js'
import type { Line } from '../source/lines.js'
import { splitLines } from '../source/lines.js'
import type { segmentMarkdown as SegmentMarkdown } from '../source/segment-markdown.js'
import { groupLines, type Layout, measureLayout } from '../source/segment-text.js'
import { linesOf, splitStoryLines } from '../source/split-stories.js'
import { toVFile } from '../source/to-vfile.js'
import { buildArticle, type StoryPlace } from './build-article.js'
import { labelled } from './labelled-block.js'
import { nitfContext } from './nitf-context.js'
import { nitfStory } from './nitf-input.js'
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
  markdownSegmenter ??= (
    createRequire(import.meta.url)('../source/segment-markdown.js') as { segmentMarkdown: typeof SegmentMarkdown }
  ).segmentMarkdown
  return markdownSegmenter
}

/** A plain-text story's blocks (from `start` to `end` in the file's `text`), their texts compact (see `BlockTexts`). */
function textBlocks(text: string, start: number, end: number, lines: Line[], layout: Layout): LabelledBlock[] {
  const texts = new BlockTexts(text, start, end)
  return groupLines(lines, layout, (index, run, afterBlank, from, to) =>
    labelled({
      index,
      text: texts.of(run, from, to),
      start: from,
      end: to,
      lines: run,
      indent: run[0]!.indent,
      afterBlank,
    }),
  )
}

/** A Markdown story's blocks, their texts compact (see `compactText`). */
function markdownBlocks(text: string, start: number): LabelledBlock[] {
  return markdownSegmenterNow()(text, start).map((block) => labelled({ ...block, text: compactText(block.text) }))
}

/**
 * Where a story lies in its file; a plain-text story comes with its lines, already split when the stories were found.
 */
export interface StorySpan {
  start: number
  end: number
  lines?: Line[]
}

/** The stories of a file as spans of its text: one for Markdown, one per story of a wire feed. */
export function storySpans(file: VFile, options: ParseOptions = {}): StorySpan[] {
  const all = String(file.value ?? '')
  if (readsAsMarkdown(file.path, options) || nitfStory(file, options)) return [{ start: 0, end: all.length }]
  const { spans, lines } = splitStoryLines(all)
  return spans.map((span) => ({ start: span.start, end: span.end, lines: linesOf(lines, span, all.length) }))
}

/** One story segmented into blocks, with the context the steps will share, before any step has run. */
export function storyContext(file: VFile, span: StorySpan, options: ParseOptions = {}): ParseContext {
  const nitf = nitfStory(file, options)
  if (nitf) return nitfContext(file, nitf, options)
  const markdown = readsAsMarkdown(file.path, options)
  const all = String(file.value ?? '')
  const text = all.slice(span.start, span.end)
  const lines = span.lines ?? splitLines(text, span.start)
  const layout = measureLayout(lines)
  const blocks = markdown ? markdownBlocks(text, span.start) : textBlocks(all, span.start, span.end, lines, layout)
  return {
    file,
    text,
    base: span.start,
    blocks,
    layout,
    options: { ...options, from: markdown ? 'markdown' : 'text' },
    dateline: null,
    wireFormat: null,
    wire: null,
    quotes: [],
    language: null,
    counted: [],
    messages: [],
  }
}

/** What parsing one file of a group gave: its Articles, or the error that stopped one of its stories. */
export type FileParse = { articles: Article[]; error?: undefined } | { error: unknown; articles?: undefined }

/**
 * Parses the stories of several files together, one step at a time: every
 * story goes through a step before any goes on to the next. Each story is
 * parsed exactly as alone; only the order of the work changes. Run this way,
 * a step's code and what the processor has learnt about its branches stay
 * warm over a dozen stories, instead of being pushed out by the twenty other
 * steps between one story and the next (bench/README.md). All of a group's
 * stories are alive until the last step, so callers keep groups small. A file one of whose
 * stories throws fails alone; the other files of the group are unaffected.
 */
export function parseFilesTogether(files: readonly VFile[], options: ParseOptions = {}): FileParse[] {
  const errors: unknown[] = []
  const failed = new Uint8Array(files.length)
  const fail = (f: number, error: unknown) => {
    if (failed[f]) return
    failed[f] = 1
    errors[f] = error
  }
  const stories: Array<{ ctx: ParseContext; file: number; place: StoryPlace }> = []
  files.forEach((file, f) => {
    try {
      const spans = storySpans(file, options)
      spans.forEach((span, i) => {
        stories.push({
          ctx: storyContext(file, span, options),
          file: f,
          place: { story: i + 1, stories: spans.length, start: span.start, end: span.end },
        })
      })
    } catch (error) {
      fail(f, error)
    }
  })
  for (const step of STEPS) {
    for (const story of stories) {
      if (failed[story.file] || (story.ctx.steps && !story.ctx.steps.has(step.name))) continue
      try {
        step.run(story.ctx)
      } catch (error) {
        fail(story.file, error)
      }
    }
  }
  const articles: Article[][] = files.map(() => [])
  for (const story of stories) {
    if (failed[story.file]) continue
    try {
      articles[story.file]!.push(validateArticle(buildArticle(story.ctx, story.place)))
    } catch (error) {
      fail(story.file, error)
    }
  }
  return files.map((_, f) => (failed[f] ? { error: errors[f] } : { articles: articles[f]! }))
}

/** Parses every story of a file (a wire feed may hold several) into validated Articles. */
export function parseStories(input: VFile | string, options: ParseOptions = {}): Article[] {
  const parsed = parseFilesTogether([asFile(input)], options)[0]!
  if (parsed.error !== undefined || !parsed.articles) throw parsed.error
  return parsed.articles
}

/** Parses a file holding one story (the first, if it holds several). */
export function parseArticle(input: VFile | string, options: ParseOptions = {}): Article {
  return parseStories(input, options)[0]!
}
