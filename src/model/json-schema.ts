import { z } from 'zod'
import { ArticleSchema } from './article.js'

/** The JSON Schema (draft 2020-12) of one Article, as `article-parse schema` prints it. */
export function articleJsonSchema(): Record<string, unknown> {
  return {
    title: 'Article',
    ...z.toJSONSchema(ArticleSchema, { io: 'output' }),
  }
}
