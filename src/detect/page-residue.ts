import type { BoilerplateKind } from '../model/article.js'
import { type LabelledBlock, label, type ParseContext } from './context.js'
import { countsOf } from './language.js'
import { classifyCounted, mainRegion, markListRuns, type ParagraphClass, smoothClasses } from './paragraph-score.js'
import type { RuleDoc } from './rule-doc.js'

/** What the paragraph scorer made of a story. */
export interface PageAnalysis {
  /** Each block's class from its own text, and after context. */
  initial: ParagraphClass[]
  classes: ParagraphClass[]
  /**
   * First and last block of the main text, or null when there is no prose at all (or the copy is hard-wrapped, see
   * NO_PAGE).
   */
  region: [number, number] | null
  /** The text carries page residue worth removing (not clean copy, not a wire feed). */
  residue: boolean
}

const ANALYSES = new WeakMap<ParseContext, PageAnalysis>()

/** Blocks outside the main text, or residue in it, before we call the copy a web page. */
const MIN_RESIDUE_BLOCKS = 3
/** Unlabelled blocks above the main text that make a page top (menus), not a story's opening lines. */
export const MIN_ABOVE = 3

/** What hard-wrapped copy gets: agency feeds are never web pages, so their blocks are not scored at all. */
const NO_PAGE: PageAnalysis = { initial: [], classes: [], region: null, residue: false }

function analyse(ctx: ParseContext): PageAnalysis {
  // Nor is copy whose transmission header the wire-format step read, wrapped or not.
  if (ctx.layout.wrapped || ctx.wireFormat !== null) return NO_PAGE
  const blocks = ctx.blocks
  // Only blocks no rule has claimed are scored and smoothed: an "Advertisement" line between two
  // short paragraphs is settled already and must not vote them out as residue.
  const open: LabelledBlock[] = []
  const texts: string[] = []
  const own: ParagraphClass[] = []
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!
    if (b.role !== null) continue
    open.push(b)
    texts.push(b.text)
    own.push(b.hint === 'heading' ? 'short' : classifyCounted(b.text, countsOf(ctx, i), ctx.language))
  }
  markListRuns(texts, own)
  const settled = smoothClasses(own)
  const found = mainRegion(texts, settled)
  const region: [number, number] | null = found ? [open[found[0]]!.index, open[found[1]]!.index] : null
  const initial = blocks.map((b): ParagraphClass => (b.role === 'boilerplate' ? 'bad' : 'short'))
  const smoothed = initial.slice()
  for (let k = 0; k < open.length; k++) {
    initial[open[k]!.index] = own[k]!
    smoothed[open[k]!.index] = settled[k]!
  }
  // Evidence that this is a page, not clean copy with a table or a line-up in it:
  // lines the lexicon knows (share, advert, copyright …) or several lines above the prose.
  let stray = 0
  let known = 0
  let above = 0
  for (let i = 0; i < blocks.length; i++) {
    const role = blocks[i]!.role
    if (role === 'boilerplate') known++
    if (role !== null || !region) continue
    if (i < region[0]) above++
    if (i < region[0] || i > region[1] || smoothed[i] === 'bad') stray++
  }
  const residue = region !== null && stray >= MIN_RESIDUE_BLOCKS && (known > 0 || above >= MIN_ABOVE)
  return { initial, classes: smoothed, region, residue }
}

/** Step: scores every block once, before the headline is looked for; later steps read the result. */
export function scoreParagraphs(ctx: ParseContext): void {
  ANALYSES.set(ctx, analyse(ctx))
}

/** The analysis `scoreParagraphs` recorded (computed now if the step did not run). */
export function pageAnalysis(ctx: ParseContext): PageAnalysis {
  if (!ANALYSES.has(ctx)) ANALYSES.set(ctx, analyse(ctx))
  return ANALYSES.get(ctx)!
}

/**
 * Above the headline, menus; below the text, related lists (short lines that end no sentence); anything else is
 * `other`.
 */
function residueKind(place: 'top' | 'head' | 'text' | 'tail', block: LabelledBlock): BoilerplateKind {
  if (place === 'top') return 'navigation'
  if (place === 'tail' && block.text.length < 160 && !/[.!?]$/.test(block.text)) return 'related'
  return 'other'
}

/**
 * Step: page residue. On text that carries it, unlabelled blocks before the
 * headline are navigation; blocks outside the main text, and residue inside
 * it, are boilerplate. Clean copy and wire feeds are left alone.
 */
export function detectPageResidue(ctx: ParseContext): void {
  const { initial, classes, region, residue } = pageAnalysis(ctx)
  if (!residue || !region) return
  const head = ctx.blocks.findIndex((b) => b.role === 'headline')
  // A story that opens straight away (a line or two above the prose) keeps
  // whatever reads as prose there: "COLUMBIA, S.C. (AP) — The Latest on …".
  let above = 0
  for (const b of ctx.blocks) if (b.role === null && b.index < region[0]) above++
  const keepTop = (i: number) => above < MIN_ABOVE && (initial[i] === 'good' || initial[i] === 'near-good')
  for (const block of ctx.blocks) {
    if (block.role !== null) continue
    const i = block.index
    if (i < region[0] && keepTop(i)) continue
    if (head >= 0 && i < head) {
      label(block, 'boilerplate', 'residue-before-headline', { kind: residueKind('top', block) })
    } else if (i < region[0]) {
      label(block, 'boilerplate', 'residue-before-text', { kind: residueKind(head >= 0 ? 'head' : 'top', block) })
    } else if (i > region[1]) {
      label(block, 'boilerplate', 'residue-after-text', { kind: residueKind('tail', block) })
    } else if (classes[i] === 'bad') {
      label(block, 'boilerplate', 'residue-in-text', { kind: residueKind('text', block) })
    }
  }
}

/** The rules of this step, for `article-parse explain --rules`. */
export const PAGE_RESIDUE_RULES: readonly RuleDoc[] = [
  {
    rule: 'residue-before-headline',
    id: 'boilerplate/residue-before-headline',
    description: "on a web page, what stands above the headline: menus, breadcrumbs, the site's furniture",
  },
  {
    rule: 'residue-before-text',
    id: 'boilerplate/residue-before-text',
    description: 'on a web page, a block between the top and the main text that is not prose',
  },
  {
    rule: 'residue-after-text',
    id: 'boilerplate/residue-after-text',
    description: 'on a web page, what follows the main text: related links, footers, comments',
  },
  {
    rule: 'residue-in-text',
    id: 'boilerplate/residue-in-text',
    description: 'on a web page, a short block scored as residue inside the main text',
  },
]
