import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ArticleSchema, articleJsonSchema, parseArticle } from '../src/index.js'
import { runCli } from './helpers/run-cli.js'

describe('the JSON contract', () => {
  test('the JSON Schema is pinned (a contract change shows up in review)', async () => {
    await expect(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`).toMatchFileSnapshot(
      join(import.meta.dirname, '__snapshots__', 'article.schema.json'),
    )
  })

  test('`article-parse schema` prints it', async () => {
    const { code, stdout } = await runCli(['schema'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toEqual(articleJsonSchema())
  })

  test('a parsed article validates and says schemaVersion 1', () => {
    const article = parseArticle('Headline\n\nA paragraph of text.\n')
    expect(ArticleSchema.safeParse(article).success).toBe(true)
    expect(article.schemaVersion).toBe(1)
  })

  test('the schema refuses unknown fields and unknown boilerplate kinds', () => {
    const article = parseArticle('Headline\n\nA paragraph of text.\n')
    expect(ArticleSchema.safeParse({ ...article, extra: 1 }).success).toBe(false)
    expect(ArticleSchema.safeParse({ ...article, boilerplate: [{ kind: 'banner', text: 'x' }] }).success).toBe(false)
  })
})
