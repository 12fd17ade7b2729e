import { z } from 'zod'

// The JSON contract, declared once. TypeScript types are inferred from these
// schemas; `article-parse schema` prints them as JSON Schema and a snapshot
// test pins that output, so any contract change shows up in review.

export const PointSchema = z.strictObject({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  offset: z.number().int().min(0),
})

export const PositionSchema = z.strictObject({
  start: PointSchema,
  end: PointSchema,
})
export type Position = z.infer<typeof PositionSchema>

const positioned = { position: PositionSchema.optional() }

export const SourceSchema = z.strictObject({
  path: z.string().nullable(),
  encoding: z.string(),
  story: z.number().int().min(1),
  stories: z.number().int().min(1),
  /** The record's id, for input read with `--from ndjson` (null when the record had none); absent otherwise. */
  id: z.string().nullable().optional(),
})
export type Source = z.infer<typeof SourceSchema>

export const BylineSchema = z.strictObject({
  text: z.string(),
  authors: z.array(z.string()),
  agency: z.string().nullable(),
  role: z.string().nullable().optional(),
  ...positioned,
})
export type Byline = z.infer<typeof BylineSchema>

export const DatelineSchema = z.strictObject({
  text: z.string(),
  location: z.string().nullable(),
  date: z.string().nullable(),
  agency: z.string().nullable(),
  ...positioned,
})
export type Dateline = z.infer<typeof DatelineSchema>

export const ImageSchema = z.strictObject({
  caption: z.string().nullable(),
  credit: z.string().nullable(),
  ...positioned,
})
export type Image = z.infer<typeof ImageSchema>

export const TextBlockSchema = z.strictObject({
  type: z.enum(['paragraph', 'subheading', 'blockquote']),
  text: z.string(),
  ...positioned,
})

/**
 * Agate as sent (results, standings, weather): rows of cells, the first row often the column heads.
 * `text` holds the same words as every block's does: a row a line, cells apart by a tab.
 */
export const TableBlockSchema = z.strictObject({
  type: z.literal('table'),
  text: z.string(),
  rows: z.array(z.array(z.string())),
  ...positioned,
})

/**
 * A numbered or bulleted list: its items without their numbers or bullets; `text` holds them as written, a line each.
 */
export const ListBlockSchema = z.strictObject({
  type: z.literal('list'),
  text: z.string(),
  ordered: z.boolean(),
  items: z.array(z.string()),
  ...positioned,
})

export const BodyBlockSchema = z.discriminatedUnion('type', [TextBlockSchema, TableBlockSchema, ListBlockSchema])
export type BodyBlock = z.infer<typeof BodyBlockSchema>

export const QUOTE_KINDS = ['direct', 'partial', 'block'] as const
export const QuoteSchema = z.strictObject({
  text: z.string(),
  speaker: z.string().nullable(),
  role: z.string().nullable(),
  cue: z.string().nullable(),
  kind: z.enum(QUOTE_KINDS),
  block: z.number().int().min(0),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
})
export type Quote = z.infer<typeof QuoteSchema>

export const BOILERPLATE_KINDS = [
  'social',
  'newsletter',
  'promo',
  'navigation',
  'copyright',
  'signoff',
  'trailer',
  'endmark',
  'editor-note',
  // Never published: a dpa notebook's "not for publication" part, editors' contacts (never in Markdown or HTML body
  // output).
  'not-for-publication',
  'contact',
  'related',
  'advert',
  'duplicate',
  'other',
] as const
export type BoilerplateKind = (typeof BOILERPLATE_KINDS)[number]

export const BoilerplateSchema = z.strictObject({
  kind: z.enum(BOILERPLATE_KINDS),
  text: z.string(),
  ...positioned,
})
export type Boilerplate = z.infer<typeof BoilerplateSchema>

/** A priority as sent (`f`, `b`, `r` in ANPA-1312; a digit in IPTC 7901) and its rank from 1 (flash) to 6 (lowest). */
export const PrioritySchema = z.strictObject({
  code: z.string(),
  rank: z.number().int().min(1).max(6).nullable(),
})
export type Priority = z.infer<typeof PrioritySchema>

/** What a wire header, slug line, flags, trailer and notes to editors say; null fields and empty lists when absent. */
export const WireSchema = z.strictObject({
  slug: z.string().nullable(),
  keywords: z.array(z.string()),
  priority: PrioritySchema.nullable(),
  category: z.string().nullable(),
  /** Take, lead, write-through or refile: `1stLd-Writethru`, `REFILE 1ST LEAD`. */
  version: z.string().nullable(),
  wordCount: z.number().int().min(0).nullable(),
  sequence: z.string().nullable(),
  /** The filing time from the trailer, as written: `091422 GMT Jun 09`, `AP-WF-06-09-14 1422GMT`. */
  filed: z.string().nullable(),
  embargo: z.string().nullable(),
  editorNotes: z.array(z.string()),
})
export type Wire = z.infer<typeof WireSchema>

export const StatsSchema = z.strictObject({
  words: z.number().int().min(0),
  paragraphs: z.number().int().min(0),
  quotes: z.number().int().min(0),
  readingMinutes: z.number().int().min(0),
})
export type Stats = z.infer<typeof StatsSchema>

export const MessageSchema = z.strictObject({
  ruleId: z.string(),
  reason: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  fatal: z.boolean(),
})
export type Message = z.infer<typeof MessageSchema>

export const ArticleSchema = z.strictObject({
  schemaVersion: z.literal(1),
  source: SourceSchema,
  language: z.string().nullable(),
  headline: z.string().nullable(),
  headlinePosition: PositionSchema.optional(),
  standfirst: z.string().nullable(),
  standfirstPosition: PositionSchema.optional(),
  byline: BylineSchema.nullable(),
  dateline: DatelineSchema.nullable(),
  images: z.array(ImageSchema),
  body: z.array(BodyBlockSchema),
  quotes: z.array(QuoteSchema),
  boilerplate: z.array(BoilerplateSchema),
  wire: WireSchema.nullable(),
  stats: StatsSchema,
  messages: z.array(MessageSchema),
})
export type Article = z.infer<typeof ArticleSchema>
