import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { describe, expect, test } from 'vitest'
import { parseStories, toVFile } from '../src/index.js'
import { isoDate } from '../src/render/interchange.js'
import { toNinjs } from '../src/render/ninjs.js'
import { parseXml } from '../src/source/xml-tree.js'
import { listFixtures } from './helpers/fixtures.js'

// Every fixture's ninjs against the IPTC's ninjs 3.1 schema (read from ../shared/schemas, which CI has).
const SCHEMA = join(import.meta.dirname, '..', '..', 'shared', 'schemas', 'ninjs-schema_3.1.json')
const ajv = new Ajv2020.default({ allErrors: true, strict: false })
addFormats.default(ajv)
// The schema refers to GeoJSON for a place's geometry, which we never write and cannot fetch here: any object stands in.
ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' })
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')))

function storiesOf(fixture: ReturnType<typeof listFixtures>[number]) {
  const from = fixture.args.includes('markdown') || fixture.input.endsWith('.md') ? 'markdown' : undefined
  return parseStories(toVFile(fixture.bytes, { path: fixture.input }), from ? { from } : {})
}

describe('ninjs 3.1 schema', () => {
  test.each(listFixtures())('$name validates', (fixture) => {
    for (const article of storiesOf(fixture)) {
      const ninjs = toNinjs(article)
      expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true)
      expect(ninjs.uri).toMatch(/^urn:article-parse:[0-9a-f]{32}$/)
      // The rich body is served as application/xhtml+xml: it must be well-formed XML.
      for (const body of (ninjs.bodies ?? []) as Array<{ contentType: string; value: string }>)
        if (body.contentType === 'application/xhtml+xml') expect(parseXml(body.value).error).toBeUndefined()
    }
  })

  test('the schema rejects what it should: a property of our own, an urgency out of range', () => {
    const [article] = parseStories('Storm hits coast\n\nLONDON (Reuters) - A storm hit the coast on Monday.\n')
    const ninjs = toNinjs(article!)
    expect(validate(ninjs)).toBe(true)
    expect(validate({ ...ninjs, slug: 'x' })).toBe(false)
    expect(validate({ ...ninjs, urgency: 0 })).toBe(false)
  })
})

describe('ninjs fields', () => {
  const text = [
    'Mayor opens new bridge',
    '',
    'The crossing cuts the journey to the coast by half an hour',
    '',
    'By Ann Lee',
    '',
    'LONDON, March 3, 2025 (Reuters) - The mayor opened the bridge on Monday.',
    '',
    '"It took ten years," Mayor Sadiq Khan said. "It was worth it," Khan said.',
    '',
    '"We walk it every day," said resident Tom Price.',
    '',
  ].join('\n')
  const [article] = parseStories(text)
  const ninjs = toNinjs(article!)

  test('headline and standfirst as the main and subhead headlines; byline, place, date', () => {
    expect(ninjs.headlines).toEqual([
      { role: 'main', value: 'Mayor opens new bridge' },
      { role: 'subhead', value: 'The crossing cuts the journey to the coast by half an hour' },
    ])
    expect(ninjs.by).toBe('By Ann Lee')
    expect(ninjs.located).toBe('LONDON')
    expect(ninjs.versionCreated).toBe('2025-03-03T00:00:00Z')
  })

  test('each speaker once, in order of first quote', () => {
    const names = (ninjs.people as Array<{ name: string; rel: string }>).map((p) => p.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names.length).toBeGreaterThan(0)
    for (const person of ninjs.people as Array<{ rel: string }>) expect(person.rel).toBe('quoted')
  })

  test('a plain-text and an XHTML body, with the dateline before the first words', () => {
    const bodies = ninjs.bodies as Array<{ contentType: string; value: string }>
    expect(bodies.map((b) => b.contentType)).toEqual(['text/plain', 'application/xhtml+xml'])
    expect(bodies[0]!.value.startsWith('LONDON, March 3, 2025 (Reuters) — The mayor')).toBe(true)
    expect(bodies[1]!.value).not.toContain('<h1>')
  })

  test('the same story gives the same uri, another story another', () => {
    expect(toNinjs(parseStories(text)[0]!).uri).toBe(ninjs.uri)
    expect(toNinjs(parseStories(text.replace('ten', 'nine'))[0]!).uri).not.toBe(ninjs.uri)
  })
})

describe('isoDate: only a date written with its year', () => {
  test.each([
    ['March 3, 2025', '2025-03-03T00:00:00Z'],
    ['Aug. 14, 2025', '2025-08-14T00:00:00Z'],
    ['14 March 2024 09:30:00', '2024-03-14T09:30:00Z'],
    ['2024-03-14', '2024-03-14T00:00:00Z'],
  ])('%s → %s', (text, iso) => {
    expect(isoDate(text)).toBe(iso)
  })

  test.each(['Nov 29', '12 mar', '090612 GMT Dec 09', 'Feb 30, 2024', 'Tuesday 0001 GMT', 'Lorem 3, 2024'])(
    '%s → null',
    (text) => {
      expect(isoDate(text)).toBeNull()
    },
  )
})
