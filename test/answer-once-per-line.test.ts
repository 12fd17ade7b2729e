import { describe, expect, test } from 'vitest'
import { answerOncePerLine } from '../src/detect/answer-once-per-line.js'

// answerOncePerLine keeps a question's answer for a line's text: asked again, the question is not worked out again.
// Each question keeps its own answers, a null or false answer is kept like any other, and a line asked about
// lately is still kept after many lines were asked about since.

/** A question that counts how often it is worked out, by line. */
function counted<T>(answer: (text: string) => T) {
  const asked = new Map<string, number>()
  const question = answerOncePerLine((text: string) => {
    asked.set(text, (asked.get(text) ?? 0) + 1)
    return answer(text)
  })
  return { question, asked }
}

describe('answerOncePerLine', () => {
  test.each<[string, (text: string) => unknown, string, unknown]>([
    ['a length', (t: string) => t.length, 'By Jane Roe', 11],
    ['false', (t: string) => t.startsWith('x'), 'By Jane Roe', false],
    ['null', (_: string) => null, 'By Jane Roe', null],
    ['an object', (t: string) => ({ text: t }), 'Jane Roe', { text: 'Jane Roe' }],
  ])('answers %s once per line', (_, answer, line, expected) => {
    const { question, asked } = counted(answer)
    expect(question(line)).toEqual(expected)
    expect(question(line)).toEqual(expected)
    expect(question(`${line}`.slice(0))).toEqual(expected)
    expect(asked.get(line)).toBe(1)
  })

  test('each question keeps its own answers for the same line', () => {
    const upper = counted((t) => t.toUpperCase())
    const lower = counted((t) => t.toLowerCase())
    expect(upper.question('Jane Roe')).toBe('JANE ROE')
    expect(lower.question('Jane Roe')).toBe('jane roe')
    expect(upper.question('Jane Roe')).toBe('JANE ROE')
    expect([upper.asked.get('Jane Roe'), lower.asked.get('Jane Roe')]).toEqual([1, 1])
  })

  test('different lines are answered apart', () => {
    const { question, asked } = counted((t) => t.length)
    expect([question('a'), question('bb'), question('a'), question('ccc')]).toEqual([1, 2, 1, 3])
    expect([...asked.values()]).toEqual([1, 1, 1])
  })

  test('a line asked about lately is kept however many lines were asked about since; one not asked again is let go', () => {
    const { question, asked } = counted((t) => t.length)
    question('kept line')
    question('let go')
    for (let i = 0; i < 5000; i++) {
      question(`line ${i}`)
      if (i % 100 === 0) question('kept line')
    }
    question('kept line')
    question('let go')
    expect(asked.get('kept line')).toBe(1)
    expect(asked.get('let go')).toBe(2)
  })
})
