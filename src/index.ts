import { useMarkdownSegmenter } from './parse/parse-article.js'
import { segmentMarkdown } from './source/segment-markdown.js'

// The CLI loads the Markdown segmenter lazily; library users get it up front.
useMarkdownSegmenter(segmentMarkdown)

export { parseArticle, parseStories } from './parse/parse-article.js'
export type { ParseOptions } from './parse/context.js'
export { STEPS } from './parse/steps.js'
export { toVFile, type SourceOptions } from './source/to-vfile.js'
export { render, type RenderOptions, type Format } from './render/render.js'
export { toMdast } from './render/mdast.js'
export {
  ArticleSchema,
  BodyBlockSchema,
  BoilerplateSchema,
  BylineSchema,
  DatelineSchema,
  ImageSchema,
  QuoteSchema,
  type Article,
  type BodyBlock,
  type Boilerplate,
  type Byline,
  type Dateline,
  type Image,
  type Position,
  type Quote,
} from './model/article.js'
export { articleJsonSchema } from './model/json-schema.js'
