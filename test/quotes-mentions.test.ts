import { describe, expect, test } from 'vitest'
import { lastBefore, MentionIndex, mentionsIn } from '../src/quotes/mention-index.js'
import { resolveSpeaker } from '../src/quotes/resolve-speaker.js'
import type { Speaker } from '../src/quotes/split-role.js'
import { tokenize } from '../src/quotes/tokens.js'

const namesOf = (text: string) => mentionsIn(text, tokenize(text), 0).map((m) => m.name)

describe('mentionsIn: the full names of a paragraph', () => {
  test.each<[string, string, string[]]>([
    ['a name', 'The board heard Marta Ellison on Tuesday.', ['Marta Ellison']],
    ['a title is split off', 'Prime Minister Armen Sarkisov spoke.', ['Armen Sarkisov']],
    ['an honorific is dropped', 'Then Mr. Dan Kowalski spoke.', ['Dan Kowalski']],
    ['a sentence opener is not a first name', 'But Kowalski left. Said Ellison nothing.', []],
    ['one capitalised word is no full name', 'Ellison spoke.', []],
    ['a title alone is no person', 'The Prime Minister spoke.', []],
    ['two names', 'Ann Lee met Dan Kowalski.', ['Ann Lee', 'Dan Kowalski']],
  ])('%s', (_name, text, want) => {
    expect(namesOf(text)).toEqual(want)
  })
})

describe('MentionIndex and resolveSpeaker', () => {
  const texts = [
    'The harbour board met Marta Ellison on Tuesday.',
    'Dan Kowalski runs three ferries.',
    'Ellison and Kowalski disagreed.',
    'Later Sara Kowalski joined them.',
  ]
  const index = new MentionIndex(texts, (i) => tokenize(texts[i]!), 'Ellison warns of fare rise')
  const name = (speaker: string): Speaker => ({ speaker, role: null, pronoun: false, name: true })
  const resolve = (s: Speaker, block: number, offset = 0) => resolveSpeaker(index, s, block, offset)?.speaker ?? null

  test.each<[string, string, number, string]>([
    ['a surname becomes the full name before it', 'Kowalski', 2, 'Dan Kowalski'],
    ['the latest full name before it wins', 'Kowalski', 4, 'Sara Kowalski'],
    ['an honorific is read past', 'Mr. Kowalski', 2, 'Dan Kowalski'],
    ['with no full name before, the first one in the story', 'Ellison', -1, 'Marta Ellison'],
    ['an unknown surname stays as written', 'Lee', 3, 'Lee'],
    ['a full name stays as written', 'Ann Lee', 3, 'Ann Lee'],
  ])('%s', (_label, speaker, block, want) => {
    expect(resolve(name(speaker), block)).toBe(want)
  })

  test('lone surnames of a paragraph resolve to the full names before them', () => {
    expect(index.inBlock(2).map((m) => m.name)).toEqual(['Marta Ellison', 'Dan Kowalski'])
    expect(index.endingIn('Kowalski', 1).map((m) => m.block)).toEqual([1])
    expect(index.endingIn('Kowalski', 3).map((m) => m.block)).toEqual([1, 3])
  })

  test('a pronoun takes a name earlier in its paragraph, else the last speaker within two paragraphs', () => {
    const he: Speaker = { speaker: 'he', role: null, pronoun: true, name: false }
    index.lastSpeaker = null
    expect(resolve(he, 2, texts[2]!.length)).toBe('Dan Kowalski')
    expect(resolve(he, 1, 0)).toBeNull()
    index.lastSpeaker = { speaker: 'Marta Ellison', role: null, block: 0 }
    expect(resolve(he, 1, 0)).toBe('Marta Ellison')
    expect(resolve(he, 3, 0)).toBeNull()
  })

  test('lastBefore: the last mention before a place in reading order', () => {
    const list = index.endingIn('Kowalski', 3)
    expect(lastBefore(list, 1, 0)).toBeUndefined()
    expect(lastBefore(list, 1, 1)?.name).toBe('Dan Kowalski')
    expect(lastBefore(list, 3, 99)?.name).toBe('Sara Kowalski')
  })
})
