import type { BoilerplateKind } from '../../model/article.js'
import type { Examples } from '../examples.js'

/** One pattern of lines a web page or a feed adds around a story: share bars, sign-up boxes, menus, notices. */
export interface BoilerplatePattern {
  rule: string
  /** What the pattern takes, in one line (`article-parse explain --rules`). */
  description: string
  kind: BoilerplateKind
  /** Matched against one whole block (lines joined). */
  pattern: RegExp
  /** Longest line (in characters) the pattern may claim; a long paragraph that merely mentions "follow us" is body. */
  maxLength: number
  examples: Examples
}
