import { BOILERPLATE_PATTERNS } from '../lexicon/boilerplate.js'
import { TRAILER_PATTERNS } from '../lexicon/wire.js'
import { BOX_INSIDE_RULES } from './box-inside.js'
import { BYLINE_RULES } from './byline.js'
import { CAPTION_SHAPE_RULES } from './caption-shape.js'
import { CLUSTER_RULES } from './cluster-byline.js'
import type { Role } from './context.js'
import { HEADER_CONTROL_RULES } from './header-controls.js'
import { HEADLINE_RULES } from './headline.js'
import { LANGUAGE_MENU_RULES } from './language-menu.js'
import { LIST_RULES } from './list.js'
import { MEDIA_RULES } from './media.js'
import { NITF_RULES } from './nitf-rules.js'
import { PAGE_RESIDUE_RULES } from './page-residue.js'
import { PARAGRAPH_RULES } from './paragraph.js'
import { RELEASE_RULES } from './release.js'
import type { RuleDoc } from './rule-doc.js'
import { STANDFIRST_RULES } from './standfirst.js'
import { SUBHEADING_RULES } from './subheading.js'
import { TABLE_RULES } from './table.js'
import { AAP_RULES } from './wire-aap.js'
import { ANPA_RULES } from './wire-anpa.js'
import { WIRE_FORMAT_RULES } from './wire-format.js'
import { WIRE_HEADER_RULES } from './wire-header.js'
import { IPTC_RULES } from './wire-iptc.js'
import { NOTEBOOK_RULES } from './wire-notebook.js'
import { TRAILER_RULES } from './wire-trailer.js'

export type { RuleDoc } from './rule-doc.js'

/** A lexicon's patterns as rules: each labels a block `boilerplate`. */
function patternRules(patterns: readonly { rule: string; description: string }[]): RuleDoc[] {
  return patterns.map(({ rule, description }) => ({ rule, id: `boilerplate/${rule}`, description }))
}

/**
 * Every rule a step labels blocks with, gathered from the detectors' tables and the lexicons'
 * patterns, sorted by id; a rule two detectors share (`wire-editor-note`) is listed once.
 */
export const RULES: readonly RuleDoc[] = dedupe([
  ...WIRE_FORMAT_RULES,
  ...ANPA_RULES,
  ...IPTC_RULES,
  ...AAP_RULES,
  ...RELEASE_RULES,
  ...NOTEBOOK_RULES,
  ...WIRE_HEADER_RULES,
  ...TRAILER_RULES,
  ...patternRules(TRAILER_PATTERNS),
  ...BYLINE_RULES,
  ...CLUSTER_RULES,
  ...HEADER_CONTROL_RULES,
  ...patternRules(BOILERPLATE_PATTERNS),
  ...LANGUAGE_MENU_RULES,
  ...BOX_INSIDE_RULES,
  ...MEDIA_RULES,
  ...CAPTION_SHAPE_RULES,
  ...HEADLINE_RULES,
  ...STANDFIRST_RULES,
  ...PAGE_RESIDUE_RULES,
  ...TABLE_RULES,
  ...LIST_RULES,
  ...SUBHEADING_RULES,
  ...PARAGRAPH_RULES,
  ...NITF_RULES,
])

function dedupe(rules: readonly RuleDoc[]): RuleDoc[] {
  const seen = new Map<string, RuleDoc>()
  for (const rule of rules) if (!seen.has(`${rule.rule} ${rule.id}`)) seen.set(`${rule.rule} ${rule.id}`, rule)
  return [...seen.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/**
 * The documented id of the rule that gave a block its role: the entry for the detector's rule name
 * and that role (a rule giving two roles, such as `media-credit-line`, has an entry for each), else
 * `<role>/<rule>` for a rule no table lists (test/explain-rules.test.ts keeps there being none).
 */
export function ruleId(rule: string, role: Role): string {
  const entries = RULES.filter((r) => r.rule === rule)
  const found = entries.find((r) => r.id.startsWith(`${role}/`)) ?? entries[0]
  return found?.id ?? `${role}/${rule}`
}
