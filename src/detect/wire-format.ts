import { BULLETIN_ID } from '../lexicon/wire-formats.js'
import { label, type ParseContext } from './context.js'
import type { RuleDoc } from './rule-doc.js'
import { readAap } from './wire-aap.js'
import { readAnpa } from './wire-anpa.js'
import { textEnd } from './wire-framing.js'
import { readIptc } from './wire-iptc.js'

/**
 * Step: a transmission as its format lays it out. The header of ANPA-1312, IPTC 7901 or AAP copy
 * (whichever the story is) becomes boilerplate, with the headline, standfirst and byline where the
 * format puts them; what follows ETX (the filing time) is the trailer.
 */
export function detectWireFormat(ctx: ParseContext): void {
  ctx.wireFormat = readAnpa(ctx)
    ? 'anpa-1312'
    : readIptc(ctx)
      ? 'iptc-7901'
      : readAap(ctx)
        ? 'aap'
        : readBulletin(ctx)
          ? 'bulletin'
          : null
  const etx = textEnd(ctx)
  if (etx < 0) return
  for (const block of ctx.blocks)
    if (block.start > etx && block.role === null) label(block, 'boilerplate', 'wire-filing', { kind: 'trailer' })
}

/**
 * A bulletin opening with its message identifier ("IDN38100") over the sender and region
 * ("Bureau of Meteorology" / "New South Wales"): that first paragraph,
 * up to the first blank line, is the sender's header.
 */
function readBulletin(ctx: ParseContext): boolean {
  const first = ctx.blocks.findIndex((b) => b.role === null)
  const id = ctx.blocks[first]
  if (!id || id.hint !== undefined || !BULLETIN_ID.test(id.lines[0] ? id.lines[0].text.trim() : '')) return false
  for (let i = first; i < ctx.blocks.length; i++) {
    const block = ctx.blocks[i]!
    if (i > first && (block.afterBlank || block.role !== null)) break
    label(block, 'boilerplate', 'wire-bulletin-header', { kind: 'editor-note' })
  }
  return true
}

/** The rules of this step, for `article-parse explain --rules`. */
export const WIRE_FORMAT_RULES: readonly RuleDoc[] = [
  {
    rule: 'wire-filing',
    id: 'boilerplate/wire-filing',
    description: 'what follows ETX at the end of a framed transmission: the filing time',
  },
  {
    rule: 'wire-bulletin-header',
    id: 'boilerplate/wire-bulletin-header',
    description: "a bulletin's message identifier, sender and region on top ('IDN10000' …)",
  },
]
