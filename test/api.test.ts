import { expect, test } from 'vitest'
import * as api from '../src/index.js'

// The public API is pinned: adding or removing an export is a deliberate, reviewed change.
test('public exports', () => {
  expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
    [
      "ArticleSchema",
      "BodyBlockSchema",
      "BoilerplateSchema",
      "BylineSchema",
      "DatelineSchema",
      "ImageSchema",
      "QuoteSchema",
      "STEPS",
      "WireSchema",
      "articleJsonSchema",
      "explainRules",
      "explainStories",
      "parseArticle",
      "parseStories",
      "render",
      "renderExplainHtml",
      "renderExplainJson",
      "renderExplainText",
      "renderNitf",
      "toMdast",
      "toNinjs",
      "toVFile",
    ]
  `)
})
