import { describe, expect, test } from 'vitest'
import { parseStories, toVFile } from '../src/index.js'
import { uncoveredLines } from './helpers/coverage.js'
import { listFixtures } from './helpers/fixtures.js'

describe('nothing is lost: every non-blank line lies in exactly one element', () => {
  // A NITF input's lines are markup, not text: test/nitf-read.test.ts checks that its words all land in the Article.
  test.each(listFixtures().filter((f) => !f.input.endsWith('.xml')))('$name', (fixture) => {
    const file = toVFile(fixture.bytes, { path: fixture.input })
    const from = fixture.input.endsWith('.md') ? 'markdown' : undefined
    const articles = parseStories(file, from ? { from } : {})
    expect(uncoveredLines(String(file.value), articles)).toEqual([])
  })

  test('a line split by a framing character lies in two elements, one part each', () => {
    const text =
      'eca047 4 i 186 dpa 073\u0002Merkel trifft Macron =\n\nBerlin (dpa) - Die Kanzlerin reist nach Paris.\n'
    const articles = parseStories(text)
    expect(articles[0]!.headline).toBe('Merkel trifft Macron')
    expect(uncoveredLines(text, articles)).toEqual([])
  })

  test('the check notices two elements claiming the same part of a line', () => {
    const text = 'Headline here\n\nFirst paragraph of the story.\n'
    const [article] = parseStories(text)
    const twice = {
      ...article!,
      boilerplate: [{ kind: 'other' as const, text: 'x', position: article!.body[0]!.position }],
    }
    expect(uncoveredLines(text, [twice])).toHaveLength(1)
  })

  test('the check itself notices a lost line', () => {
    const text = 'Headline here\n\nFirst paragraph of the story.\n'
    const [article] = parseStories(text)
    const withoutBody = { ...article!, body: [] }
    expect(uncoveredLines(text, [withoutBody])).toHaveLength(1)
  })
})
