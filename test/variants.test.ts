import { describe, expect, test } from 'vitest'
import { type Article, parseStories, toVFile } from '../src/index.js'
import { renderJson } from '../src/render/json.js'
import { encodeWindows1252 } from './helpers/encode.js'
import { listFixtures } from './helpers/fixtures.js'

// Prettier-style variants: the same story with other line endings, a BOM or
// legacy bytes must give the same Article (positions, source and the
// decoding messages aside).
function comparable(articles: Article[]): unknown[] {
  return articles.map((a) => {
    const plain = JSON.parse(renderJson(a)) as Record<string, unknown>
    delete plain.source
    delete plain.messages
    return plain
  })
}

const fixtures = listFixtures().filter((f) => !f.args.includes('--encoding'))

describe.each(fixtures)('variants of $name', (fixture) => {
  const from = fixture.input.endsWith('.md') ? ('markdown' as const) : undefined
  const parse = (bytes: Buffer) => parseStories(toVFile(bytes, { path: fixture.input }), from ? { from } : {})
  const original = parse(fixture.bytes)
  const text = String(toVFile(fixture.bytes).value)
  const lf = text.replace(/\r\n?/g, '\n')

  test.each([
    ['LF', lf],
    ['CRLF', lf.replace(/\n/g, '\r\n')],
    ['CR', lf.replace(/\n/g, '\r')],
  ])('%s line endings', (_, variant) => {
    expect(comparable(parse(Buffer.from(variant, 'utf8')))).toEqual(comparable(original))
  })

  test('a UTF-8 byte-order mark', () => {
    expect(comparable(parse(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])))).toEqual(
      comparable(original),
    )
  })

  const legacy = encodeWindows1252(text)
  // Skipped (visibly) when the story has characters Windows-1252 cannot hold.
  test.skipIf(legacy === null)('Windows-1252 bytes', () => {
    const articles = parse(legacy!)
    expect(comparable(articles)).toEqual(comparable(original))
  })
})
