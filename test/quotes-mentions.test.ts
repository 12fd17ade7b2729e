import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { MentionIndex } from '../src/quotes/mention-index.js'
import {
  lastBefore,
  type Mention,
  mentionsIn,
  type Resolver,
  resolveSpeaker,
  surnamesIn,
} from '../src/quotes/resolve-speaker.js'
import type { Speaker } from '../src/quotes/split-role.js'
import { tokenize } from '../src/quotes/tokens.js'
import { listFixtures } from './helpers/fixtures.js'

// MentionIndex reads a story's names lazily, surname by surname. The reference here reads every name of
// every paragraph (all tokens) up front; both must answer every look-up the same.
function eager(texts: readonly string[], headline: string | undefined): Resolver {
  const names: Mention[] = headline === undefined ? [] : mentionsIn(headline, tokenize(headline), -1)
  texts.forEach((text, i) => names.push(...mentionsIn(text, tokenize(text), i)))
  const r: Resolver = {
    lastSpeaker: null,
    endingIn: (surname) => names.filter((m) => m.last === surname),
    firstEndingIn: (surname) => names.find((m) => m.last === surname),
    inBlock: (block) =>
      [...names.filter((m) => m.block === block), ...surnamesIn(tokenize(texts[block]!), block, r)].sort(
        (a, b) => a.offset - b.offset,
      ),
  }
  return r
}

interface Query {
  block: number
  offset: number
  speaker: Speaker
}

/** A pronoun and a bare surname at every capitalised word of every paragraph, in reading order. */
function queries(texts: readonly string[]): Query[] {
  const out: Query[] = []
  texts.forEach((text, block) => {
    for (const t of tokenize(text)) {
      if (!t.cap) continue
      out.push({ block, offset: t.start, speaker: { speaker: 'he', role: null, pronoun: true, name: false } })
      out.push({ block, offset: t.end, speaker: { speaker: t.t, role: null, pronoun: false, name: true } })
    }
    out.push({ block, offset: text.length, speaker: { speaker: 'she', role: null, pronoun: true, name: false } })
  })
  return out
}

/** Every query answered by the lazy index (some paragraphs tokenised already, as the quotes step does) and by the reference. */
function same(texts: readonly string[], headline: string | undefined, order: (q: Query[]) => Query[] = (q) => q): void {
  const made = texts.map((text, i) => (i % 3 === 0 ? tokenize(text) : undefined))
  const lazy = new MentionIndex(texts, (i) => made[i], headline)
  const ref = eager(texts, headline)
  for (const q of order(queries(texts))) {
    for (const last of [null, { speaker: 'Ann Lee', role: null, block: Math.max(0, q.block - 1), offset: 3 }]) {
      lazy.lastSpeaker = ref.lastSpeaker = last
      expect(resolveSpeaker(lazy, q.speaker, q.block, q.offset), JSON.stringify(q)).toEqual(
        resolveSpeaker(ref, q.speaker, q.block, q.offset),
      )
    }
    if (q.speaker.pronoun) expect(lazy.inBlock(q.block)).toEqual(ref.inBlock(q.block))
    else {
      const upTo = (list: readonly Mention[]) => list.filter((m) => m.block <= q.block)
      expect(upTo(lazy.endingIn(q.speaker.speaker, q.block))).toEqual(upTo(ref.endingIn(q.speaker.speaker, q.block)))
      expect(lastBefore(lazy.endingIn(q.speaker.speaker, q.block), q.block, q.offset)).toEqual(
        lastBefore(ref.endingIn(q.speaker.speaker, q.block), q.block, q.offset),
      )
    }
  }
}

const WORDS = [
  'Marta',
  'Ellison',
  'Ellison’s',
  'Dan',
  'Kowalski',
  'Kowalski.',
  'Mr.',
  'Ms.',
  'Jr.',
  'Prime',
  'Minister',
  'Said',
  'But',
  'de',
  'said',
  'the',
  'he',
  'told',
  ',',
  '.',
  '"',
  'Ellisons',
  'Ann',
  'Lee',
]
const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 }).map((w) => w.join(' '))

describe('MentionIndex answers as an index of every name read up front', () => {
  test('every fixture story, queries in reading order and shuffled', () => {
    for (const f of listFixtures()) {
      const [headline, ...texts] = f.bytes.toString('utf8').split(/\r?\n\s*\n/u)
      same(texts, headline)
      same(texts, undefined, (q) => q.reverse())
    }
  })

  test('generated stories of names, surnames and pronouns', () => {
    fc.assert(
      fc.property(
        fc.option(paragraph, { nil: undefined }),
        fc.array(paragraph, { maxLength: 6 }),
        fc.integer(),
        (headline, texts, seed) => {
          same(texts, headline)
          // Any order: the answers may not depend on what was asked before.
          same(texts, headline, (q) =>
            q
              .map((x, i) => ({ x, k: (i * 7919 + seed) % 1009 }))
              .sort((a, b) => a.k - b.k)
              .map((p) => p.x),
          )
        },
      ),
      { numRuns: 400 },
    )
  })
})
