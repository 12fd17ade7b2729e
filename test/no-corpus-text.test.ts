import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test } from 'vitest'

// Real news text lives only in ../shared/eval; the repository holds text we wrote ourselves. This guard
// reads the eval corpora and fails when a file of ours shares a run of eight words with them, naming the
// file and the shared words. Eight lower-cased words (letters, digits, apostrophes) are too many for two
// writers to hit by chance, except in the notices every site or agency prints, allowed below.

const ROOT = join(import.meta.dirname, '..')
const CORPORA = join(ROOT, '..', 'shared', 'eval', 'corpora')
const WORDS = 8
/** What is scanned: these folders, all files under them, and the README. */
const SCANNED = ['src', 'test', 'fixtures', 'examples', 'bench', 'docs', 'README.md']

/**
 * Generic notices, not story text: every run of eight words inside one of these is allowed. Each is
 * printed as is by every site or agency using it, so fixtures and lexicons have to quote it.
 */
const ALLOWED_NOTICES: readonly string[] = [
  // WordPress comment form, in the order it prints its labels.
  'Leave a Comment Save my name, email, and website in this browser for the next time I comment. This site uses Akismet to reduce spam.',
  // WordPress comment form when login is required.
  'You must be logged in to post a comment. Please log in using one of these methods to post your comment:',
  // WordPress.com comment form for a signed-in reader.
  'You are commenting using your WordPress.com account. ( Log Out / Change )',
  // Cookie banners, word for word on countless sites.
  'We use cookies to improve your experience on our site.',
  'This website uses cookies. By continuing to use this site you agree to our use of cookies.',
  // Google's reCAPTCHA notice, required wording.
  'This site is protected by reCAPTCHA and the Google Privacy Policy applies.',
  // A broadcaster's label over its list of outside links.
  'These are external links and will open in a new window',
  // WordPress share buttons, in the order they print.
  'Click to share on Twitter (Opens in new window) Click to email a link to a friend (Opens in new window)',
  // A share bar's button labels, one after the other.
  'Share this with Facebook Share this with Twitter Share this with Email Share this with WhatsApp',
  // AP's copyright line under every story.
  'The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  // dpa's notebook template: its heading, the not-for-publication line and the contacts heading.
  'dpa Notebook The following information is not for publication dpa Contacts Reporting by',
  'The following information is not intended for publication',
  // PR wires' pointer to the full release.
  'For the full text of this release, visit',
  // Medianet's address for a release (the id after it is ours).
  'http://medianet.com.au/releases/release-details.aspx?id=',
]

/** Text of a file: UTF-8, or Windows-1252 for the older corpora that are not. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** Lower-cased words; apostrophes count inside a word ("don't") but not around it (code quotes its strings). */
function words(text: string): string[] {
  const found = text.toLowerCase().match(/[\p{L}\p{M}\p{N}_']+/gu) ?? []
  return found.map((w) => w.replace(/^'+|'+$/g, '')).filter((w) => w !== '')
}

function shingles(text: string): string[] {
  const w = words(text)
  const out: string[] = []
  for (let i = 0; i + WORDS <= w.length; i++) out.push(w.slice(i, i + WORDS).join(' '))
  return out
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path, { withFileTypes: true }).flatMap((d) =>
    d.name === 'node_modules' ? [] : filesUnder(join(path, d.name)),
  )
}

const hasCorpora = existsSync(CORPORA)
if (!hasCorpora) console.warn(`NOTICE: ${CORPORA} is absent, so no-corpus-text.test.ts checks nothing.`)

test.skipIf(!hasCorpora)('no file of ours shares eight words in a row with the eval corpora', () => {
  const corpus = new Set<string>()
  for (const dir of readdirSync(CORPORA, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue
    for (const name of readdirSync(join(CORPORA, dir.name))) {
      if (!name.endsWith('.txt')) continue
      for (const s of shingles(decode(readFileSync(join(CORPORA, dir.name, name))))) corpus.add(s)
    }
  }
  const allowed = new Set(ALLOWED_NOTICES.flatMap(shingles))
  const found: string[] = []
  for (const file of SCANNED.flatMap((p) => filesUnder(join(ROOT, p)))) {
    const path = relative(ROOT, file).split('\\').join('/')
    const shared = shingles(decode(readFileSync(file))).filter((s) => corpus.has(s) && !allowed.has(s))
    if (shared.length > 0) found.push(`${path}: ${shared.length} shared, first "${shared[0]}"`)
  }
  expect(found).toEqual([])
})

test('each allowed notice has eight words at least, so it allows something', () => {
  for (const notice of ALLOWED_NOTICES) expect(words(notice).length, notice).toBeGreaterThanOrEqual(WORDS)
})
