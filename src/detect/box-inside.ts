import type { BoilerplateKind } from '../model/article.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'

// A sign-up or share box is several lines: a header ("Breaking News Emails"), a line of blurb ("Get breaking news
// alerts and special reports …"), a button ("SUBSCRIBE"). The lexicon knows the header and the button by their
// words; the blurb between them is written fresh by every site, but where it stands makes it part of the box.

/** The kinds of box whose lines enclose their blurb. */
const BOX_KINDS: ReadonlySet<BoilerplateKind> = new Set(['newsletter', 'promo', 'social'])
/** A blurb is a line or two; a longer block between two box lines is a paragraph the box interrupts. */
const MAX_BLURB = 200

function boxKind(block: LabelledBlock | undefined): BoilerplateKind | null {
  return block?.role === 'boilerplate' && block.kind && BOX_KINDS.has(block.kind) ? block.kind : null
}

/**
 * Step: a short block right between two lines of a box the lexicon labelled (newsletter, promo, share) is the
 * box's too, of the kind of the line after it: "Breaking News Emails" / "Get breaking news alerts …" / "SUBSCRIBE".
 */
export function detectBoxInside(ctx: ParseContext): void {
  if (ctx.wireFormat !== null) return
  const blocks = ctx.blocks
  for (let i = 1; i < blocks.length - 1; i++) {
    const block = blocks[i]!
    if (block.role !== null || block.text.length > MAX_BLURB) continue
    const after = boxKind(blocks[i + 1])
    if (boxKind(blocks[i - 1]) && after) label(block, 'boilerplate', 'box-inside', { kind: after })
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const BOX_INSIDE_RULES: readonly RuleDoc[] = [
  {
    rule: 'box-inside',
    id: 'boilerplate/box-inside',
    description: 'a short line between two lines of a sign-up or share box: its blurb',
  },
]
