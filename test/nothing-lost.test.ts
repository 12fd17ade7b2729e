import { describe, expect, test } from 'vitest'
import { parseStories, toVFile } from '../src/index.js'
import { uncoveredLines } from './helpers/coverage.js'
import { listFixtures } from './helpers/fixtures.js'

describe('nothing is lost: every non-blank line lies in exactly one element', () => {
  test.each(listFixtures())('$name', (fixture) => {
    const file = toVFile(fixture.bytes, { path: fixture.input })
    const from = fixture.input.endsWith('.md') ? 'markdown' : undefined
    const articles = parseStories(file, from ? { from } : {})
    expect(uncoveredLines(String(file.value), articles)).toEqual([])
  })

  test('the check itself notices a lost line', () => {
    const text = 'Headline here\n\nFirst paragraph of the story.\n'
    const [article] = parseStories(text)
    const withoutBody = { ...article!, body: [] }
    expect(uncoveredLines(text, [withoutBody])).toHaveLength(1)
  })
})
