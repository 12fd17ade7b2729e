import type { RuleDoc } from './rule-doc.js'

/**
 * The rules of NITF input (src/parse/nitf-context.ts): each block labelled as the document's own
 * markup says. Paragraphs are left to the steps, which label them by their own rules.
 */
export const NITF_RULES: readonly RuleDoc[] = [
  { rule: 'nitf-hl1', id: 'headline/nitf-hl1', description: 'NITF: the hedline’s hl1 (else the head’s title)' },
  {
    rule: 'nitf-hl2',
    id: 'standfirst/nitf-hl2',
    description: 'NITF: the hedline’s hl2, and an abstract that says something else',
  },
  {
    rule: 'nitf-byline',
    id: 'byline/nitf-byline',
    description: 'NITF: body.head’s byline, its byttl as role or agency',
  },
  { rule: 'nitf-subheading', id: 'subheading/nitf-subheading', description: 'NITF: an hl2 inside body.content' },
  { rule: 'nitf-blockquote', id: 'blockquote/nitf-blockquote', description: 'NITF: a bq inside body.content' },
  { rule: 'nitf-table', id: 'table/nitf-table', description: 'NITF: a table, its tr rows of th and td cells' },
  { rule: 'nitf-list', id: 'list/nitf-list', description: 'NITF: an ol or ul, its li items' },
  {
    rule: 'nitf-media',
    id: 'caption/nitf-media',
    description: 'NITF: a media element, its media-caption and media-producer (the credit)',
  },
  {
    rule: 'nitf-tagline',
    id: 'boilerplate/nitf-tagline',
    description: 'NITF: body.end’s tagline as a sign-off, a copyrite in it as the copyright line',
  },
]
