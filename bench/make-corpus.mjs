// Story files for the benchmarks, made from our own fixtures (every
// fixtures/*/input.txt) and two templates written here, with words, names and
// numbers varied by a seeded generator so that no two files are the same.

import { isUtf8 } from 'node:buffer'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const TEMPLATES = [
  `HARBOUR TOWN VOTES TO KEEP FERRY AFTER LONG CAMPAIGN

By Jane Morrow

KELLMOUTH, March 4 (Wirewire) - Councillors in Kellmouth voted on Tuesday to keep the
town's ferry running for another ten years, reversing a plan to close the crossing that
had drawn protests from shop owners and commuters.

    The decision follows a two-year review of passenger numbers, which fell by a third
after a new bridge opened across the estuary in 2019.

    "We listened to the people who use this boat every day," council leader Maria Dunne
told reporters after the vote.

    The ferry company said it would replace one of its two vessels next year.

 Reporting by Jane Morrow; Editing by Tom Hale
`,
  `Night buses return to the valley after five-year gap

Passengers welcome the late services, but drivers say the timetable is too tight

Share this article
Follow us on Facebook

By Lena Ortiz, Transport Correspondent

Night buses will run again between Ashford and the upper valley from Monday, five years
after the last late service was cut to save money.

The regional authority said the new routes would run every hour from midnight until
five in the morning, seven days a week.

"It means I can get home from a late shift without paying for a taxi," said nurse Priya Shah,
who works at the county hospital.

The drivers' union said the timetable left too little time at each end of the route.

Sign up for our daily newsletter
Copyright 2026 Valley News. All rights reserved.
`,
]

const FIRST = ['Maria', 'Tom', 'Aisha', 'Jonas', 'Lena', 'Pedro', 'Grace', 'Ivan', 'Chen', 'Fatima', 'Oskar', 'Nadia']
const LAST = [
  'Dunne',
  'Hale',
  'Okafor',
  'Berg',
  'Ortiz',
  'Silva',
  'Moreau',
  'Petrov',
  'Wei',
  'Haddad',
  'Lund',
  'Kowalski',
]
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

/** mulberry32: a small seeded generator, so every run makes the same corpus. */
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function sources(root) {
  const dir = join(root, 'fixtures')
  const found = existsSync(dir)
    ? readdirSync(dir)
        .sort()
        .map((name) => join(dir, name, 'input.txt'))
        .filter((path) => existsSync(path))
        .map((path) => readFileSync(path))
        // Ordinary stories only: the hostile fixtures (binary, NUL bytes, huge lists) would be refused or distort the mix.
        .filter((bytes) => bytes.length >= 300 && bytes.length <= 20_000 && !bytes.includes(0) && isUtf8(bytes))
        .map((bytes) => bytes.toString('utf8'))
    : []
  return [...found, ...TEMPLATES]
}

/**
 * Whether a paragraph can be appended to a story as more of its body: no wire
 * framing (control characters) and no line that ends a story in a feed
 * ("-30-", "(END)", " Reuter"). Appending those made one generated file hold
 * several splinter stories (3.5 articles per file on average), where each
 * file should be one story (or, for the feed fixtures, the feed's stories).
 */
function isProse(paragraph) {
  return (
    !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(paragraph) &&
    !paragraph.split(/\r?\n/).some((line) => ENDS_STORY.test(line.trim()))
  )
}
const ENDS_STORY =
  /^(?:[-–—]\s*30\s*[-–—]|#{3,}|\(?\s*(?:ends?|more|end of (?:story|text))\s*\)?|=+\s*ende?\s*=*|x{3,}|n{4}|zczc\b.*|(?:reuters?|afp|dpa|ap|upi|pa|xinhua|ansa|efe|kyodo)\.?)$/i

/** Varies a story: long lower-case words swapped among themselves, names, weekdays and numbers changed. */
function vary(text, random, words) {
  const pick = (list) => list[Math.floor(random() * list.length)]
  return text
    .replace(/\b[a-z]{7,}\b/g, (w) => (random() < 0.15 ? pick(words) : w))
    .replace(/\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, () => pick(DAYS))
    .replace(/\b\d{1,4}\b/g, (d) => String(Math.floor(random() * 10 ** d.length)).padStart(d.length, '1'))
    .replace(new RegExp(`\\b(?:${FIRST.join('|')})\\b`, 'g'), () => pick(FIRST))
    .replace(new RegExp(`\\b(?:${LAST.join('|')})\\b`, 'g'), () => pick(LAST))
}

/**
 * Makes `count` stories, each 2–4 kB: a source story varied, with paragraphs
 * from the others added. Yields each with where makeCorpus puts it
 * (`part-00/07`, `story-00712.txt`), one at a time, so a stream of any length
 * holds one story at a time.
 */
export function* makeStories(count, texts, seed = 1) {
  const random = rng(seed)
  const words = [...new Set(texts.join(' ').match(/\b[a-z]{7,}\b/g) ?? ['statement'])]
  const paragraphs = texts
    .flatMap((t) => t.split(/\n\s*\n/))
    .filter((p) => p.trim().length > 120 && !/^[A-Z\s]+$/.test(p.trim()) && isProse(p))
  for (let i = 0; i < count; i++) {
    let story = vary(texts[i % texts.length], random, words).trimEnd()
    const target = 2000 + Math.floor(random() * 2000)
    while (Buffer.byteLength(story) < target)
      story += `\n\n${vary(paragraphs[Math.floor(random() * paragraphs.length)], random, words).trim()}`
    const folder = join(
      `part-${String(Math.floor(i / 1000)).padStart(2, '0')}`,
      String(Math.floor(i / 100) % 10).padStart(2, '0'),
    )
    yield { folder, name: `story-${String(i).padStart(5, '0')}.txt`, story: `${story}\n` }
  }
}

/**
 * Writes `count` stories (makeStories) below `dir` in folders of 100
 * (`part-00/07/story-00712.txt`). Returns the total bytes written.
 */
export function makeCorpus(dir, count, texts, seed = 1) {
  let bytes = 0
  let i = 0
  for (const { folder, name, story } of makeStories(count, texts, seed)) {
    if (i++ % 100 === 0) mkdirSync(join(dir, folder), { recursive: true })
    writeFileSync(join(dir, folder, name), story)
    bytes += Buffer.byteLength(story)
  }
  return bytes
}

/** One story of about `mb` megabytes: a headline and varied paragraphs. */
export function bigStory(mb, texts, seed = 7) {
  const random = rng(seed)
  const words = [...new Set(texts.join(' ').match(/\b[a-z]{7,}\b/g) ?? ['statement'])]
  const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/)).filter((p) => p.trim().length > 120)
  const parts = ['Council publishes the full record of the harbour inquiry\n']
  let size = parts[0].length
  while (size < mb * 1e6) {
    const p = vary(paragraphs[Math.floor(random() * paragraphs.length)], random, words).trim()
    parts.push(p)
    size += p.length + 2
  }
  return `${parts.join('\n\n')}\n`
}
