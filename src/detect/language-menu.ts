import { LANGUAGE_NAMES } from '../lexicon/language-names.js'
import { label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'

// A site's language picker: the languages it is offered in, each by its own name, a line each ("Deutsch",
// "Español (de México)", "Français", "日本語"). No story lists languages so, one to a line, five in a row; the run is
// the page's navigation, and tells the parser the text is a page's.

/** Fewest language names in a row that make a picker. */
const MIN_NAMES = 5
const NAMES: ReadonlySet<string> = new Set(LANGUAGE_NAMES)
/** Longest bracket after a name, brackets included: "(de Argentina)". */
const MAX_BRACKET = 32

/** Whether a line is a language's own name, perhaps with its region or script in brackets: "Español (de Chile)". */
export function isLanguageName(text: string): boolean {
  const bracket = text.endsWith(')') ? text.lastIndexOf('(') : -1
  const name = bracket > 0 && text.length - bracket <= MAX_BRACKET ? text.slice(0, bracket) : text
  return NAMES.has(name.trim().toLowerCase())
}

/** Step: runs of MIN_NAMES open blocks or more, each a language's own name, are `navigation` boilerplate. */
export function detectLanguageMenu(ctx: ParseContext): void {
  const blocks = ctx.blocks
  let start = 0
  for (let i = 0; i <= blocks.length; i++) {
    const block = blocks[i]
    if (block && block.role === null && isLanguageName(block.text)) continue
    if (i - start >= MIN_NAMES) {
      for (let k = start; k < i; k++) label(blocks[k]!, 'boilerplate', 'language-menu', { kind: 'navigation' })
    }
    start = i + 1
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const LANGUAGE_MENU_RULES: readonly RuleDoc[] = [
  {
    rule: 'language-menu',
    id: 'boilerplate/language-menu',
    description: "a site's language picker: five lines or more in a row, each a language's own name ('Deutsch')",
  },
]
