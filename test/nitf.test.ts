import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { ArticleSchema, parseStories, toVFile } from '../src/index.js'
import { toNinjs } from '../src/render/ninjs.js'
import { renderNitf } from '../src/render/nitf.js'
import { escapeAttribute, escapeText } from '../src/render/nitf-xml.js'
import { parseXml, textOf, type XmlElement } from '../src/source/xml-tree.js'
import { listFixtures } from './helpers/fixtures.js'

// Every fixture's NITF through xmllint (Debian's libxml2-utils). Mandatory under CI=true, where
// .ci/run installs it; elsewhere the check skips with a notice when xmllint is missing.
const CI = process.env.CI === 'true'
const xmllint = spawnSync('xmllint', ['--version']).status === 0
if (!xmllint && !CI) console.warn('NOTICE: xmllint not found, skipping its test (it is mandatory when CI=true).')

const dir = mkdtempSync(join(tmpdir(), 'nitf-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function storiesOf(fixture: ReturnType<typeof listFixtures>[number]) {
  const from = fixture.args.includes('markdown') || fixture.input.endsWith('.md') ? 'markdown' : undefined
  return parseStories(toVFile(fixture.bytes, { path: fixture.input }), from ? { from } : {})
}

describe.skipIf(!xmllint && !CI)('xmllint --noout', () => {
  test('every story of every fixture is well-formed NITF', () => {
    if (!xmllint) throw new Error('CI=true but xmllint is missing: apt-get install libxml2-utils')
    const files: string[] = []
    for (const fixture of listFixtures())
      storiesOf(fixture).forEach((article, i) => {
        const file = join(dir, `${fixture.name}.${i + 1}.xml`)
        writeFileSync(file, renderNitf(article))
        files.push(file)
      })
    const run = spawnSync('xmllint', ['--noout', ...files], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
  })

  test('the check notices a document that is not well-formed', () => {
    const file = join(dir, 'broken.xml')
    writeFileSync(file, '<?xml version="1.0"?>\n<nitf><head></nitf>\n')
    expect(spawnSync('xmllint', ['--noout', file]).status).not.toBe(0)
  })

  test('hostile text stays text: markup, entities, controls and a lone surrogate', () => {
    const text = 'A <b>bold</b> & "quoted" ]]> claim\n\nHe wrote <script>x</script> &amp; \u0001 and \ud800 here.\n'
    const file = join(dir, 'hostile.xml')
    writeFileSync(file, renderNitf(parseStories(text)[0]!))
    const run = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
  })
})

describe('escaping', () => {
  test.each([
    ['a & b', 'a &amp; b'],
    ['<p>', '&lt;p&gt;'],
    ['bell \u0007 here', 'bell \ufffd here'],
    ['lone \ud800 surrogate', 'lone \ufffd surrogate'],
    ['emoji 😀 kept', 'emoji 😀 kept'],
    ['plain words', 'plain words'],
  ])('text %j → %j', (text, escaped) => {
    expect(escapeText(text)).toBe(escaped)
  })

  test.each([
    ['say "hi"', 'say &quot;hi&quot;'],
    ['two\nlines', 'two&#10;lines'],
    ["it's", "it's"],
  ])('attribute %j → %j', (text, escaped) => {
    expect(escapeAttribute(text)).toBe(escaped)
  })
})

describe('what goes where', () => {
  // An Article made by hand, so the mapping is tested apart from the parser.
  const article = ArticleSchema.parse({
    schemaVersion: 1,
    source: { path: null, encoding: 'utf-8', story: 1, stories: 1 },
    language: 'en',
    headline: 'Port <reopens> & ships sail',
    standfirst: 'Traffic resumes after the strike',
    byline: { text: 'By Ann Lee AP Business Writer', authors: ['Ann Lee'], agency: 'AP', role: 'AP Business Writer' },
    dateline: { text: 'HULL, March 3, 2025 (AP)', location: 'HULL', date: 'March 3, 2025', agency: 'AP' },
    images: [{ caption: 'A ship leaves the port', credit: 'AP Photo/Jo Bell' }],
    body: [
      { type: 'paragraph', text: '"We are back," the harbour master said.' },
      { type: 'subheading', text: 'Backlog' },
      {
        type: 'table',
        text: 'Day\tShips\nMon\t4',
        rows: [
          ['Day', 'Ships'],
          ['Mon', '4'],
        ],
      },
      { type: 'list', text: '1. one\n2. two', ordered: true, items: ['one', 'two'] },
    ],
    quotes: [
      {
        text: 'We are back,',
        speaker: 'Tom Hale',
        role: 'harbour master',
        cue: 'said',
        kind: 'direct',
        block: 0,
        start: 0,
        end: 14,
      },
    ],
    boilerplate: [
      { kind: 'copyright', text: '© 2025 The Associated Press' },
      { kind: 'signoff', text: 'jb/kl' },
      { kind: 'promo', text: 'Read more' },
    ],
    wire: {
      slug: 'Port-Strike',
      keywords: ['ports', 'strikes'],
      priority: { code: 'u', rank: 2 },
      category: 'a',
      version: '1stLd-Writethru',
      wordCount: 120,
      sequence: '0042',
      filed: null,
      embargo: '0001 GMT Tuesday',
      editorNotes: ['Eds: Adds comment.'],
    },
    stats: { words: 20, paragraphs: 3, quotes: 1, readingMinutes: 1 },
    messages: [],
  })
  const xml = renderNitf(article)
  const root = parseXml(xml).root!
  const find = (name: string, from: XmlElement = root): XmlElement[] => {
    const out: XmlElement[] = []
    for (const c of from.children)
      if (typeof c !== 'string') out.push(...(c.name === name ? [c] : []), ...find(name, c))
    return out
  }
  const text = (name: string) => find(name).map((e) => textOf(e).trim())

  test('head: title, doc-id, urgency, issue date, notes, slug with its version, keywords', () => {
    expect(text('title')).toEqual(['Port <reopens> & ships sail'])
    expect(find('doc-id')[0]!.attrs['id-string']).toMatch(/^urn:article-parse:[0-9a-f]{32}$/)
    expect(find('urgency')[0]!.attrs['ed-urg']).toBe('2')
    expect(find('date.issue')[0]!.attrs.norm).toBe('20250303T000000Z')
    expect(find('ed-msg').map((e) => [e.attrs['msg-type'], e.attrs.info])).toEqual([
      [undefined, 'Eds: Adds comment.'],
      ['embargo', '0001 GMT Tuesday'],
    ])
    expect(find('du-key')[0]!.attrs).toEqual({ key: 'Port-Strike', version: '1stLd-Writethru' })
    expect(find('keyword').map((k) => k.attrs.key)).toEqual(['ports', 'strikes'])
    expect(find('date.release')).toEqual([])
  })

  test('body.head: hl1, hl2, byline with byttl, dateline with location and story.date, abstract', () => {
    expect(text('hl1')).toEqual(['Port <reopens> & ships sail'])
    expect(text('hl2')).toEqual(['Traffic resumes after the strike', 'Backlog'])
    expect(text('byline')).toEqual(['By Ann Lee AP Business Writer'])
    expect(text('byttl')).toEqual(['AP Business Writer'])
    expect(text('dateline')).toEqual(['HULL, March 3, 2025 (AP)'])
    expect(text('location')).toEqual(['HULL'])
    expect(find('story.date')[0]!.attrs.norm).toBe('20250303T000000Z')
    expect(text('abstract')).toEqual(['Traffic resumes after the strike'])
  })

  test('body.content and body.end: q with its speaker, table, list, media; tagline without the promo', () => {
    expect(find('q').map((q) => [textOf(q), q.attrs['quote-source']])).toEqual([['"We are back,"', 'Tom Hale']])
    expect(text('th')).toEqual(['Day', 'Ships'])
    expect(text('td')).toEqual(['Mon', '4'])
    expect(text('li')).toEqual(['one', 'two'])
    expect(find('ol')).toHaveLength(1)
    expect(text('media-caption')).toEqual(['A ship leaves the port'])
    expect(text('media-producer')).toEqual(['AP Photo/Jo Bell'])
    expect(text('copyrite')).toEqual(['© 2025 The Associated Press'])
    expect(text('tagline')).toEqual(['jb/kl © 2025 The Associated Press'])
    expect(xml).not.toContain('Read more')
  })

  test('ninjs: the same Article', () => {
    const ninjs = toNinjs(article)
    expect(ninjs).toMatchObject({
      slugline: 'Port-Strike',
      urgency: 2,
      version: '1stLd-Writethru',
      versionCreated: '2025-03-03T00:00:00Z',
      edNote: 'Eds: Adds comment.\nEmbargo: 0001 GMT Tuesday',
      copyrightNotice: '© 2025 The Associated Press',
      located: 'HULL',
      by: 'By Ann Lee AP Business Writer',
      people: [{ name: 'Tom Hale', rel: 'quoted' }],
      subjects: [
        { name: 'ports', rel: 'keyword' },
        { name: 'strikes', rel: 'keyword' },
      ],
      altIds: [{ role: 'sequence', value: '0042' }],
      infoSources: [{ name: 'AP', role: 'source' }],
    })
    expect(ninjs).not.toHaveProperty('embargoedUntil')
    expect(JSON.stringify(ninjs)).not.toContain('Read more')
  })
})
