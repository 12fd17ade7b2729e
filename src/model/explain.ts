import type { Article, BoilerplateKind } from './article.js'

// What `article-parse explain` shows: every source line with the role its
// block was given and the rule that decided it, and the spans inside it
// (quotes with their speakers, the dateline). Made by src/parse/explain.ts,
// rendered by src/render/explain-*.ts.

/**
 * A line's role: a block's role; `blank` for a line with no words; `between-stories` for the
 * lines of a feed around its stories (separators, framing).
 */
export type LineRole =
  | 'headline'
  | 'standfirst'
  | 'byline'
  | 'caption'
  | 'credit'
  | 'subheading'
  | 'paragraph'
  | 'blockquote'
  | 'table'
  | 'list'
  | 'boilerplate'
  | 'blank'
  | 'between-stories'

/** A part of a line: a quotation (with its speaker and cue), the dateline, or a second block sharing the line. */
export interface ExplainedSpan {
  /** UTF-16 offsets into the line's text, `to` exclusive. */
  from: number
  to: number
  role: 'quote' | 'dateline' | LineRole
  speaker?: string | null
  cue?: string | null
  /** For a second block on the line: its rule and boilerplate kind. */
  rule?: string
  kind?: BoilerplateKind
}

export interface ExplainedLine {
  /** 1-based line number in the file. */
  line: number
  /** The line as written, without its line ending. */
  text: string
  role: LineRole
  /** For boilerplate: its kind (`social`, `not-for-publication` …). */
  kind?: BoilerplateKind
  /** The id of the rule that decided (`headline/first-block`); null for blank lines and lines between stories. */
  rule: string | null
  spans: ExplainedSpan[]
  /** For a file of several stories: the story the line belongs to, from 1. */
  story?: number
}

/** One story of a file, explained: its Article and its lines. */
export interface ExplainedStory {
  story: number
  stories: number
  article: Article
  lines: ExplainedLine[]
}

/** A rule as `article-parse explain --rules` lists it. */
export interface RuleInfo {
  id: string
  description: string
}
