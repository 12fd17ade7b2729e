/**
 * One rule of a detector as `article-parse explain` shows it. Each detector lists its rules in a
 * small table next to them (`…_RULES`); src/detect/rules.ts gathers the tables.
 */
export interface RuleDoc {
  /** The name the detector labels a block with (`LabelledBlock.rule`). */
  rule: string
  /** The stable, documented id: `<role>/<name>`, the role being the one the rule gives a block. */
  id: string
  /** What the rule takes, in one line. */
  description: string
}
