import { useNitfReader } from './parse/nitf-input.js'
import { useMarkdownSegmenter } from './parse/parse-article.js'
import { readNitf } from './source/read-nitf.js'
import { segmentMarkdown } from './source/segment-markdown.js'

// The CLI loads the Markdown segmenter and the NITF reader lazily; library users get them up front.
useMarkdownSegmenter(segmentMarkdown)
useNitfReader(readNitf)

export type { ParseOptions } from './detect/context.js'
export {
  type Article,
  ArticleSchema,
  type BodyBlock,
  BodyBlockSchema,
  type Boilerplate,
  BoilerplateSchema,
  type Byline,
  BylineSchema,
  type Dateline,
  DatelineSchema,
  type Image,
  ImageSchema,
  type Position,
  type Priority,
  type Quote,
  QuoteSchema,
  type Source,
  type Stats,
  type Wire,
  WireSchema,
} from './model/article.js'
export type { ExplainedLine, ExplainedSpan, ExplainedStory, LineRole, RuleInfo } from './model/explain.js'
export { articleJsonSchema } from './model/json-schema.js'
export { explainRules, explainStories } from './parse/explain.js'
export { parseArticle, parseStories } from './parse/parse-article.js'
export { STEPS } from './parse/steps.js'
export { renderExplainHtml } from './render/explain-html.js'
export { renderExplainJson } from './render/explain-json.js'
export { renderExplainText } from './render/explain-text.js'
export { toMdast } from './render/mdast.js'
export { toNinjs } from './render/ninjs.js'
export { renderNitf } from './render/nitf.js'
export { type Format, type RenderOptions, render } from './render/render.js'
export { type SourceOptions, toVFile } from './source/to-vfile.js'
