import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { parseStories, toVFile } from '../src/index.js'
import { renderNitf } from '../src/render/nitf.js'
import { escapeAttribute, escapeText } from '../src/render/nitf-xml.js'
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
