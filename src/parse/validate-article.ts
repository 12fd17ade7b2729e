import { type Article, ArticleSchema } from '../model/article.js'

/**
 * DESIGN §1 "validate": every Article must match the contract, and a
 * mismatch is our bug (thrown here, reported by the CLI as a fatal message on
 * the file). In the CLI bundle this module is replaced by zod's
 * ahead-of-time compiled check of this same ArticleSchema (generated at build
 * time by bin/bundle-cli.mjs with zod's own compiler), so that a run
 * need not load zod unless an Article fails the check.
 */
export function validateArticle(draft: unknown): Article {
  return ArticleSchema.parse(draft)
}
