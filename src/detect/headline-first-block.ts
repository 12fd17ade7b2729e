import { SECTION_LABEL } from '../lexicon/boilerplate.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { splitDateline } from './dateline.js'
import { couldBeHeadline, isMenuItem, isMetaLine, isOneWordKicker, looksLikeHeadline } from './headline-lines.js'
import { runOn } from './headline-run-on.js'
import { contentKeys, leadOverlap } from './lead-words.js'
import { isPageMetaText } from './meta-line.js'
import { isDateLine } from './page-date.js'

/** How many labels and date stamps may stand above a clean story's headline. */
const LABEL_DEPTH = 3
/** How many open blocks under a first line that ends a sentence its title may sit. */
const INTRO_DEPTH = 2
/** How much of the prose under such a title must share its words (leadOverlap). */
const INTRO_OVERLAP = 0.5
/** A paragraph of prose: this long at least, ending a sentence. */
const PROSE_CHARS = 100
/** Fewest short labels in a row at the copy's top that make a site's menu ("Strona główna", "Wiadomości", …). */
const MENU_ITEMS = 4

/**
 * The headline of clean copy (no page residue above its text): the first block, past a section label, a
 * one-word kicker, a date stamp or a byline ("NEWS", "World", "October 14, 2024 at 4:02 pm", "Politik · Jana
 * Roe"), when it has a headline's shape. Only when a headline-shaped line follows: "COCOA BELT REVIEW" over a
 * wire lead is the headline itself.
 */
export function firstBlockHeadline(ctx: ParseContext, copyTop: number): void {
  const top = pastMenu(ctx, copyTop)
  const open: LabelledBlock[] = []
  for (let i = top; i <= top + LABEL_DEPTH && i < ctx.blocks.length; i++)
    if (ctx.blocks[i]!.role === null) open.push(ctx.blocks[i]!)
  let first = open[0]!
  for (let i = 0; i < open.length; i++) {
    const b = open[i]!
    first = b
    const next = open[i + 1]
    const label =
      b.hint === undefined &&
      (SECTION_LABEL.test(b.text) || isDateLine(b.text) || isOneWordKicker(b.text) || isPageMetaText(b.text))
    // A byline under the first line makes that line the headline: "商品の改造が商標法違反に！？" over "by
    // 特許事務所 ／ 2016.12.01".
    // A line that asks or exclaims may be the headline under a label ("Was heißt Gerechtigkeit für Sie?"); one that
    // ends with a full stop is the lead.
    if (
      !label ||
      !next ||
      i === LABEL_DEPTH ||
      !looksLikeHeadline(next) ||
      /\.["”’']?$/.test(next.text) ||
      isMetaLine(next)
    )
      break
  }
  // A block opening with a wire dateline ("MARROW (AP) _ The state files …") is the lead of a story sent without a
  // headline.
  if (first.hint === undefined && looksLikeHeadline(first) && !isDateLine(first.text) && !splitDateline(first.text)) {
    const title = titleUnderIntro(ctx, first)
    if (title) label(title, 'headline', 'headline-under-intro')
    else label(runOn(ctx, first), 'headline', 'headline-first-block')
  }
}

/**
 * Where the copy starts past a site's menu left on top of it: MENU_ITEMS short labels or more in a row (isMenuItem:
 * "Strona główna" / "Wiadomości" / "Sport" / "Biznes"), a headline-shaped line under them that ends no sentence (a
 * lead under a headline's byline and tags is prose). A page whose prose the
 * residue step could not read (a language with no stopword list) keeps its menu; a headline is never followed by
 * three more labels. Else `top`.
 */
function pastMenu(ctx: ParseContext, top: number): number {
  let items = 0
  let i = top
  for (; i < ctx.blocks.length; i++) {
    const b = ctx.blocks[i]!
    if (b.role !== null) continue
    if (!isMenuItem(b)) break
    items++
  }
  const next = ctx.blocks[i]
  return items >= MENU_ITEMS && next && couldBeHeadline(next) && !/[.…:;]["”’']?$/.test(next.text) ? i : top
}

/**
 * A first line that ends a sentence is an introduction ("Hi, I'm Jane." on a blog, a site's motto) when a title
 * follows it within INTRO_DEPTH blocks: a headline-shaped line that ends no sentence, over a paragraph of prose
 * that shares at least half of its words, weighed as leadOverlap does ("Get your test suite covered" over "So you
 * test your code? The coverage of a test suite …"). That line is the headline.
 */
export function titleUnderIntro(ctx: ParseContext, first: LabelledBlock): LabelledBlock | undefined {
  if (!/\.["”’']?$/.test(first.text)) return undefined
  const open = ctx.blocks.slice(first.index + 1).filter((b) => b.role === null)
  for (let k = 0; k < INTRO_DEPTH && k + 1 < open.length; k++) {
    const [title, prose] = [open[k]!, open[k + 1]!]
    if (!couldBeHeadline(title) || /[.!?…:;]["”’']?$/.test(title.text)) continue
    if (prose.text.length < PROSE_CHARS || !/[.!?…]["”’')]?$/.test(prose.text)) return undefined
    return leadOverlap(title.text, new Set(contentKeys(prose.text))) >= INTRO_OVERLAP ? title : undefined
  }
  return undefined
}
