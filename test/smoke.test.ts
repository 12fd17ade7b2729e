import { describe, expect, test } from 'vitest'
import { parseArticle } from '../src/index.js'

describe('parseArticle', () => {
  test('a headline and two paragraphs', () => {
    const a = parseArticle(
      'Storm hits coast\n\nA storm hit the coast on Monday, officials said.\n\nMore rain is expected.\n',
    )
    expect(a.headline).toBe('Storm hits coast')
    expect(a.body.map((b) => b.text)).toEqual([
      'A storm hit the coast on Monday, officials said.',
      'More rain is expected.',
    ])
  })
})
