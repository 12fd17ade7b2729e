import { describe, expect, test } from 'vitest'
import { SPEECH_DA } from '../src/lexicon/speech-da.js'
import { SPEECH_DE } from '../src/lexicon/speech-de.js'
import { SPEECH_ES } from '../src/lexicon/speech-es.js'
import { SPEECH_FI } from '../src/lexicon/speech-fi.js'
import { SPEECH_FR } from '../src/lexicon/speech-fr.js'
import { SPEECH_IT } from '../src/lexicon/speech-it.js'
import type { SpeechLexicon } from '../src/lexicon/speech-lexicon.js'
import { SPEECH_NL } from '../src/lexicon/speech-nl.js'
import { SPEECH_NO } from '../src/lexicon/speech-no.js'
import { SPEECH_PT } from '../src/lexicon/speech-pt.js'
import { SPEECH_SV } from '../src/lexicon/speech-sv.js'
import { STOPWORDS } from '../src/lexicon/stopwords/index.js'
import { isTitle, lexiconFor } from '../src/quotes/languages.js'

// The speech lexicons are plain lists; these are the promises the cue finder relies on.
const LEXICONS: SpeechLexicon[] = [
  SPEECH_DE,
  SPEECH_FR,
  SPEECH_ES,
  SPEECH_IT,
  SPEECH_PT,
  SPEECH_NL,
  SPEECH_DA,
  SPEECH_NO,
  SPEECH_SV,
  SPEECH_FI,
]

describe.each(LEXICONS.map((l) => [l.code, l] as const))('the %s speech lexicon', (code, l) => {
  test('is a language the language step can name', () => {
    expect(Object.keys(STOPWORDS)).toContain(code)
    expect(lexiconFor(code)?.code).toBe(code)
  })

  test('holds lower-case words only', () => {
    const lists = [l.verbs, l.according, l.pronouns, l.determiners, l.titles, l.particles, l.stops, l.adverbs]
    const upper = lists.flat().filter((w) => w !== w.toLowerCase() || /\s/u.test(w))
    expect(upper).toEqual([])
  })

  test('no cue verb is also a word that ends a speaker phrase, a determiner or a pronoun', () => {
    const others = new Set([...l.stops, ...l.determiners, ...l.pronouns, ...l.conjunctions])
    expect(l.verbs.filter((v) => others.has(v))).toEqual([])
  })

  test('no title is also a stop or a determiner', () => {
    const others = new Set([...l.stops, ...l.determiners])
    expect(l.titles.filter((t) => others.has(t))).toEqual([])
  })
})

describe('isTitle', () => {
  test.each<[string, string, boolean]>([
    ['de', 'bundeskanzlerin', true],
    ['de', 'sportdirektorin', true],
    ['de', 'atu-organisator', true],
    ['de', 'mannschaft', false],
    ['fr', 'ministre', true],
    ['fr', 'ministère', false],
    ['es', 'portavoz', true],
    ['es', 'portavocía', false],
    ['da', 'statsminister', true],
    ['fi', 'syyttäjä', true],
    ['fi', 'yliopisto', false],
  ])('%s %s', (code, word, want) => {
    expect(isTitle(lexiconFor(code)!, word)).toBe(want)
  })
})
