import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { type Article, parseStories, toVFile } from '../src/index.js'
import { renderNitf } from '../src/render/nitf.js'
import { looksLikeNitf, xmlRootName } from '../src/source/nitf-sniff.js'
import { readNitf } from '../src/source/read-nitf.js'
import { listFixtures } from './helpers/fixtures.js'
import { runCli } from './helpers/run-cli.js'

function storiesOf(fixture: ReturnType<typeof listFixtures>[number]): Article[] {
  const from = fixture.args.includes('markdown') || fixture.input.endsWith('.md') ? 'markdown' : undefined
  return parseStories(toVFile(fixture.bytes, { path: fixture.input }), from ? { from } : {})
}

/** What a round trip through NITF must keep. */
function kept(article: Article) {
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    byline: article.byline?.text ?? null,
    dateline: article.dateline && { text: article.dateline.text, location: article.dateline.location },
    images: article.images.map((i) => ({ caption: i.caption, credit: i.credit })),
    body: article.body.map((b) => ({ type: b.type, text: b.text })),
    quotes: article.quotes.map((q) => ({ text: q.text, speaker: q.speaker, block: q.block })),
  }
}

describe('round trip: text → Article → NITF → Article', () => {
  test.each(listFixtures())('$name', (fixture) => {
    storiesOf(fixture).forEach((article, i) => {
      const xml = renderNitf(article)
      const back = parseStories(toVFile(xml, { path: `${fixture.name}.${i + 1}.xml` }))
      expect(back).toHaveLength(1)
      expect(kept(back[0]!)).toEqual(kept(article))
    })
  })
})

describe('reading NITF', () => {
  const xmlFixtures = listFixtures().filter((f) => f.input.endsWith('.xml'))

  test('there are NITF fixtures to read', () => {
    expect(xmlFixtures.length).toBeGreaterThanOrEqual(3)
  })

  test.each(xmlFixtures)('$name: every word of the document lands in the Article', (fixture) => {
    const xml = fixture.bytes.toString('utf8')
    const [article] = storiesOf(fixture)
    const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? []
    const got = new Set(
      words(
        [
          article!.headline,
          article!.standfirst,
          article!.byline?.text,
          article!.dateline?.text,
          ...article!.images.flatMap((i) => [i.caption, i.credit]),
          ...article!.body.map((b) => b.text),
          ...article!.boilerplate.map((b) => b.text),
        ].join(' '),
      ),
    )
    const body = xml.slice(xml.indexOf('<body>'))
    const given = words(body.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&'))
    expect(given.filter((w) => !got.has(w))).toEqual([])
  })

  test('positions point into the XML: the headline and each body block at their element content', () => {
    const fixture = xmlFixtures.find((f) => f.name === 'nitf-ap-1')!
    const xml = fixture.bytes.toString('utf8')
    const [article] = parseStories(toVFile(fixture.bytes, { path: fixture.input }))
    const at = (p: { start: { offset: number }; end: { offset: number } }) => xml.slice(p.start.offset, p.end.offset)
    expect(at(article!.headlinePosition!)).toBe(article!.headline)
    expect(at(article!.body.at(-1)!.position!)).toBe(article!.body.at(-1)!.text)
  })

  test('docdata becomes the wire object; body.head parts are taken as given', () => {
    const [article] = storiesOf(xmlFixtures.find((f) => f.name === 'nitf-ap-1')!)
    expect(article!.wire).toMatchObject({ slug: 'Ferry-Storm', keywords: ['ferries', 'weather'] })
    expect(article!.wire!.priority).toEqual({ code: '4', rank: 4 })
    expect(article!.wire!.editorNotes).toHaveLength(1)
    expect(article!.byline).toMatchObject({ authors: ['DANA WHITFIELD'], agency: 'Associated Press' })
    expect(article!.language).toBe('en')
  })

  test.each([
    ['<?xml version="1.0"?>\n<rss><channel/></rss>', /root element <rss>/],
    ['<?xml version="1.0"?>\n<nitf><head></nitf>', /not well-formed/],
    ['<?xml version="1.0"?>\n<nitf><body><p>a &nbsp; b</p></body></nitf>', /not well-formed/],
  ])('not NITF: %j', (xml, reason) => {
    expect(readNitf(xml).error).toMatch(reason)
  })

  test.each([
    ['<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">', 'café — x'],
    ['', null],
  ])('an ISO entity (&eacute;, &mdash;) is read with a DOCTYPE %j, an error without', (doctype, text) => {
    const xml = `<?xml version="1.0"?>${doctype}<nitf><body><body.content><p>caf&eacute; &mdash; x</p></body.content></body></nitf>`
    expect(readNitf(xml).story?.blocks[0]?.text ?? null).toBe(text)
  })

  test('an abstract that is not the hl2 joins the standfirst; the distributor is the agency of a byline without one', () => {
    const xml = `<?xml version="1.0"?><nitf><body><body.head><hedline><hl1>Dam opens</hl1><hl2>Power for 2m homes</hl2></hedline>
      <byline>By Ana Ruiz</byline><distributor>EFE</distributor><abstract><p>The dam took ten years to build.</p></abstract>
      </body.head><body.content><p>The dam opened on Monday.</p></body.content></body></nitf>`
    const [article] = parseStories(toVFile(xml, { path: 'dam.xml' }))
    expect(article!.standfirst).toBe('Power for 2m homes The dam took ten years to build.')
    expect(article!.byline).toMatchObject({ authors: ['Ana Ruiz'], agency: 'EFE' })
    const again = xml.replace('The dam took ten years to build.', 'Power for 2m homes')
    expect(parseStories(toVFile(again, { path: 'dam.xml' }))[0]!.standfirst).toBe('Power for 2m homes')
  })

  test('a namespace prefix on the elements is read like none', () => {
    const xml =
      '<?xml version="1.0"?><n:nitf xmlns:n="http://iptc.org/std/NITF/2006-10-18/"><n:body><n:body.head><n:hedline><n:hl1>Title here</n:hl1></n:hedline></n:body.head><n:body.content><n:p>Words of the story.</n:p></n:body.content></n:body></n:nitf>'
    expect(readNitf(xml).story?.headline?.text).toBe('Title here')
    expect(readNitf(xml).story?.blocks.map((b) => b.text)).toEqual(['Words of the story.'])
  })

  test('in the library, XML that is not NITF is read as text, with a message saying why', () => {
    const [article] = parseStories(toVFile('<?xml version="1.0"?>\n<rss>Some words</rss>\n', { path: 'feed.xml' }))
    expect(article!.messages.map((m) => m.ruleId)).toContain('nitf-input')
  })
})

describe('what is taken for NITF', () => {
  test.each([
    ['<?xml version="1.0" encoding="UTF-8"?>\n<nitf>', 'nitf'],
    ['\uFEFF<?xml version="1.0"?><!-- feed --><!DOCTYPE nitf SYSTEM "nitf.dtd"><nitf version="3.6">', 'nitf'],
    ['<?xml version="1.0"?>\n<rss version="2.0">', 'rss'],
    ['<nitf> without a declaration', null],
    ['A story about <?xml version="1.0"?> in prose', null],
  ])('%j has the root %j', (text, root) => {
    expect(xmlRootName(text)).toBe(root)
    expect(looksLikeNitf(text)).toBe(root === 'nitf')
  })
})

describe('the command line', () => {
  test('XML with another root fails in one line naming it, exit 1', async () => {
    const { code, stderr } = await runCli(['--from', 'nitf', '-'], '<?xml version="1.0"?>\n<rss><channel/></rss>\n')
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/root element <rss>/)
  })

  test('a NITF document on stdin is read as NITF without --from', async () => {
    const xml = renderNitf(
      parseStories('Storm hits coast\n\nLONDON (Reuters) - A storm hit the coast on Monday.\n')[0]!,
    )
    const { code, stdout } = await runCli(['-'], xml)
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toMatchObject({ headline: 'Storm hits coast', dateline: { location: 'LONDON' } })
  })

  test.each([
    ['nitf', ['a.xml', 'feed.1.xml', 'feed.2.xml', 'feed.3.xml']],
    ['ninjs', ['a.json', 'feed.1.json', 'feed.2.json', 'feed.3.json']],
  ])('-d with -f %s names the outputs by the format, a story each', async (format, names) => {
    const dir = mkdtempSync(join(tmpdir(), 'nitf-batch-'))
    try {
      mkdirSync(join(dir, 'in'))
      copyFileSync('fixtures/story-byline/input.txt', join(dir, 'in', 'a.txt'))
      copyFileSync('fixtures/feed-crlf-1/input.txt', join(dir, 'in', 'feed.txt'))
      const { code } = await runCli([join(dir, 'in'), '-d', join(dir, 'out'), '-f', format, '-q'])
      expect(code).toBe(0)
      expect(readdirSync(join(dir, 'out')).sort()).toEqual(names)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('--help lists both formats, with examples', async () => {
    const { stdout } = await runCli(['--help'])
    expect(stdout).toMatch(/ninjs/)
    expect(stdout).toMatch(/-f ninjs \| jq \.headlines/)
    expect(stdout).toMatch(/-d out -f nitf/)
  })

  test('the bundled CLI loads the XML parser only for XML input', () => {
    const run = (file: string) =>
      spawnSync(process.execPath, ['bin/article-parse.cjs', file], {
        env: { ...process.env, NODE_DEBUG: 'module' },
        encoding: 'utf8',
      }).stderr
    expect(run('fixtures/story-byline/input.txt')).not.toMatch(/\bsaxes\b/)
    expect(run('fixtures/nitf-ap-1/input.xml')).toMatch(/\bsaxes\b/)
  })
})
