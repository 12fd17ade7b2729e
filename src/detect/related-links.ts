import type { ParseContext } from './context.js'
import { endsSentence, type ParagraphClass } from './paragraph-score.js'
import { isTeaserList } from './teaser-list.js'

// A box of links the story's text holds between its paragraphs: a header the boilerplate lexicon knows ("Related
// articles", "MOST POPULAR") and, under it, the titles it links to, then the story's next paragraph. The header is
// labelled already; its titles are written fresh by every site, but they stand under it and end no sentence.

/** The lexicon's rules for a list's header or a link to more stories: "Related stories", "MOST POPULAR". */
export const RELATED_HEADERS = new Set(['related-header', 'related-link'])

/** Most words of a link's label standing alone as a header: "Related articles", "READ MORE". */
const HEADER_WORDS = 3
/** A teaser's title cut off at a set length: "Storm damage: the promenade shops count the co...". */
const CUT_OFF = /\p{L}(?:\.\.\.|…)$/u

/**
 * The links a list's header the lexicon knows ("Related articles", "MOST POPULAR") sets inside the story, between
 * its paragraphs: the open blocks right under it that are titles, shorter than a paragraph and ending no sentence
 * (a title cut off with an ellipsis ends none), up to the story's next sentence.
 */
export function linksUnderHeaders(ctx: ParseContext, region: readonly [number, number]): Set<number> {
  const links = new Set<number>()
  const blocks = ctx.blocks
  for (let i = region[0]; i < region[1]; i++) {
    const header = blocks[i]!
    if (header.role !== 'boilerplate' || !RELATED_HEADERS.has(header.rule ?? '')) continue
    if (header.rule === 'related-link' && header.text.split(/\s+/).length > HEADER_WORDS) continue
    for (let k = i + 1; k <= region[1] && blocks[k]!.role === null; k++) {
      const text = blocks[k]!.text
      const next = blocks[k + 1]
      if (!isTitle(text) && !(ASKS.test(text) && next?.role === null && isTitle(next.text))) break
      links.add(k)
    }
  }
  return links
}

/** A link's title is shorter than this. */
const LINK_TITLE_MAX = 160
/**
 * A title that asks or exclaims, as a sentence ends: "Com Quantos Botões se Faz uma Brincadeira?". It is a title in
 * the
 * list when a title follows it; a question the story goes on with is followed by its paragraphs.
 */
const ASKS = /^.{1,100}[?!]$/u

/** A link's title: shorter than a paragraph, ending no sentence (a title cut off with an ellipsis ends none). */
function isTitle(text: string): boolean {
  return text.length < LINK_TITLE_MAX && (!endsSentence(text) || CUT_OFF.test(text))
}

/**
 * The main text's last block, pulled back over a list that closes it under a list's header the lexicon knows
 * ("Related stories", "MOST POPULAR"): every open block from the header to the end is short and ends no
 * sentence, as link titles do, or the blocks are teasers (teaser-list.ts). Not a header followed by prose: the story
 * goes on.
 */
export function endBeforeLinkList(
  ctx: ParseContext,
  region: readonly [number, number],
  own: readonly ParagraphClass[],
): number {
  const blocks = ctx.blocks
  for (let i = region[0] + 1; i <= region[1]; i++) {
    if (blocks[i]!.role !== 'boilerplate' || !RELATED_HEADERS.has(blocks[i]!.rule ?? '')) continue
    const rest = blocks.slice(i + 1, region[1] + 1).filter((b) => b.role === null)
    if (rest.length === 0) continue
    if (rest.every((b) => b.text.length < 160 && !endsSentence(b.text))) return i - 1
    if (isTeaserList(rest.map((b) => own[b.index]!))) return i - 1
  }
  return region[1]
}
