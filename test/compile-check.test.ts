import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { z } from 'zod'
import { ArticleSchema, parseStories, toVFile } from '../src/index.js'
import { compileCheck } from '../src/model/compile-check.js'
import { RUNS } from './helpers/arbitrary-text.js'
import { listFixtures } from './helpers/fixtures.js'

// The bundled CLI validates each Article with the check compileCheck writes
// from ArticleSchema (bin/bundle-cli.mjs). It must say yes and no exactly
// where ArticleSchema.safeParse does.

function checkFor(schema: z.ZodType): (value: unknown) => boolean {
  return new Function(`${compileCheck(schema, 'matches')}\nreturn matches`)() as (value: unknown) => boolean
}

const isArticle = checkFor(ArticleSchema)

/** Every fixture's Articles, with and without positions (positions add the optional fields). */
const articles = listFixtures().flatMap((fixture) =>
  [false, true].flatMap((positions) => parseStories(toVFile(fixture.bytes, { path: fixture.input }), { positions })),
)

type Path = Array<string | number>

/** The path of every value inside `value` (the root included). */
function pathsIn(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path)
  if (Array.isArray(value))
    value.forEach((v, i) => {
      pathsIn(v, [...path, i], out)
    })
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) pathsIn(v, [...path, k], out)
  return out
}

// Values of every kind the contract tells apart: wrong types, numbers that are not safe non-negative
// integers, strings that are and are not enum members, and objects and arrays of the right shape in the wrong place.
const ODD_VALUES: unknown[] = [
  null,
  undefined,
  '',
  'text',
  'paragraph',
  'direct',
  'social',
  'banner',
  0,
  1,
  -1,
  -0,
  1.5,
  2 ** 53,
  NaN,
  Infinity,
  true,
  false,
  [],
  ['x'],
  [1],
  {},
  { text: 'x' },
  { line: 1, column: 1, offset: 0 },
  { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } },
]
const WIRE = {
  slug: 'Germany-politics',
  keywords: ['Germany', 'politics'],
  priority: { code: '4', rank: 4 },
  category: 'i',
  version: null,
  wordCount: 186,
  sequence: '047',
  filed: '091422 GMT Jun 09',
  embargo: null,
  editorNotes: [],
}
const EXTRA_KEYS = ['extra', 'position', 'text', 'kind', 'start', 'speaker', 'headlinePosition']

type Mutation =
  | { kind: 'set'; at: number; value: number }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: number; value: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.nat(ODD_VALUES.length - 1) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.nat(EXTRA_KEYS.length - 1),
    value: fc.nat(ODD_VALUES.length - 1),
  }),
)

/** `article` with the mutations applied, each at a path picked from those of the value as it stands. */
function mutate(article: unknown, mutations: Mutation[]): unknown {
  let root = structuredClone(article)
  for (const m of mutations) {
    const paths = pathsIn(root)
    const path = paths[m.at % paths.length]!
    // biome-ignore lint/suspicious/noExplicitAny: walks into any value the mutation picked
    const parent = path.slice(0, -1).reduce<any>((v, k) => v[k], root)
    const key = path[path.length - 1]
    if (m.kind === 'set') {
      if (key === undefined) root = structuredClone(ODD_VALUES[m.value])
      else parent[key] = structuredClone(ODD_VALUES[m.value])
    } else if (m.kind === 'delete') {
      if (key !== undefined) {
        if (Array.isArray(parent)) parent.splice(Number(key), 1)
        else delete parent[key]
      }
    } else {
      const target = key === undefined ? root : parent[key]
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        target[EXTRA_KEYS[m.key]!] = structuredClone(ODD_VALUES[m.value])
    }
  }
  return root
}

describe('the check compiled from ArticleSchema', () => {
  test('accepts every Article the fixtures give, as zod does', () => {
    expect(articles.length).toBeGreaterThan(20)
    for (const article of articles) {
      expect(ArticleSchema.safeParse(article).success).toBe(true)
      expect(isArticle(article)).toBe(true)
    }
  })

  test('accepts a record id (a string, or null for a record without one) in source, as zod does', () => {
    for (const id of ['story-1', '', null]) {
      const copy = structuredClone(articles[0]!)
      copy.source.id = id
      expect(ArticleSchema.safeParse(copy).success).toBe(true)
      expect(isArticle(copy)).toBe(true)
    }
  })

  test('answers as ArticleSchema.safeParse on Articles with fields changed, removed and added', () => {
    fc.assert(
      fc.property(
        fc.nat(articles.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (which, mutations) => {
          const broken = mutate(articles[which], mutations)
          expect(isArticle(broken)).toBe(ArticleSchema.safeParse(broken).success)
        },
      ),
      { numRuns: RUNS * 5 },
    )
  })

  test('accepts tables, lists, wire fields and the new boilerplate kinds, as zod does', () => {
    // biome-ignore lint/suspicious/noExplicitAny: an Article given fields the contract allows but the fixtures lack
    const article = structuredClone(articles[0]!) as any
    article.body = [
      {
        type: 'table',
        text: 'Team\tW\nHawks\t10',
        rows: [
          ['Team', 'W'],
          ['Hawks', '10'],
        ],
      },
      { type: 'list', text: 'one\ntwo', ordered: false, items: ['one', 'two'] },
      { type: 'paragraph', text: 'x' },
    ]
    article.wire = WIRE
    article.boilerplate = [
      { kind: 'not-for-publication', text: 'The following information is not for publication' },
      { kind: 'contact', text: 'Tel: +49 30 5550 12345' },
    ]
    expect(ArticleSchema.safeParse(article).success).toBe(true)
    expect(isArticle(article)).toBe(true)
  })

  test('turns down each kind of fault the contract rules out', () => {
    const article = articles.find((a) => a.quotes.length > 0 && a.byline !== null && a.images.length > 0)!
    // biome-ignore lint/suspicious/noExplicitAny: each entry breaks the Article in a way its type forbids
    const broken: Array<(a: any) => void> = [
      (a) => (a.schemaVersion = 2),
      (a) => (a.extra = 1),
      (a) => delete a.stats,
      (a) => (a.headline = undefined),
      (a) => (a.source.story = 0),
      (a) => (a.source.story = 1.5),
      (a) => (a.source.id = 7),
      (a) => (a.source.id = { id: 'x' }),
      (a) => (a.stats.words = NaN),
      (a) => (a.stats.words = 2 ** 53),
      (a) => (a.byline.authors = [1]),
      (a) => (a.byline.role = 1),
      (a) => (a.images[0].caption = undefined),
      (a) => (a.body[0].type = 'banner'),
      (a) => (a.quotes[0].start = -1),
      (a) => (a.messages = [{ ruleId: 'x', reason: 'y', line: 1.5, column: null, fatal: false }]),
      (a) => (a.body = {}),
      (a) => (a.body[0] = { type: 'table', text: 'a', rows: [['a', 1]] }),
      (a) => (a.body[0] = { type: 'table', rows: [['a']] }),
      (a) => (a.body[0] = { type: 'list', text: 'a', ordered: 'yes', items: ['a'] }),
      (a) => (a.body[0] = { type: 'list', text: 'a', items: ['a'] }),
      (a) => (a.body[0] = { type: 'paragraph', rows: [] }),
      (a) => (a.wire = {}),
      (a) => (a.wire = { ...WIRE, priority: { code: 'f', rank: 7 } }),
      (a) => (a.wire = { ...WIRE, keywords: 'Politics' }),
      (a) => (a.boilerplate = [{ kind: 'notebook', text: 'x' }]),
    ]
    for (const breakIt of broken) {
      // biome-ignore lint/suspicious/noExplicitAny: see above
      const copy = structuredClone(article) as any
      breakIt(copy)
      expect(ArticleSchema.safeParse(copy).success).toBe(false)
      expect(isArticle(copy)).toBe(false)
    }
  })

  test('writes one function per distinct check: the positions of every part share one', () => {
    const source = compileCheck(ArticleSchema, 'isArticle')
    expect(source.match(/in v\) if \(k !== "start" && k !== "end"\)/g)).toHaveLength(1)
  })

  test('refuses a schema it cannot express, so the bundle keeps zod', () => {
    for (const schema of [
      z.string().min(1),
      z.object({ a: z.string() }),
      z.tuple([z.string()]),
      z.number().multipleOf(2),
      z.strictObject({ a: z.string().transform((s) => s.length) }),
    ]) {
      expect(() => compileCheck(schema, 'x')).toThrow(/compile-check/)
    }
  })
})
