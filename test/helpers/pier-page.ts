import type { ParseContext } from '../../src/detect/context.js'
import { pageAnalysis } from '../../src/detect/page-residue.js'
import { PageTop } from '../../src/detect/page-top.js'
import { storyContext, storySpans } from '../../src/parse/parse-article.js'
import { STEPS } from '../../src/parse/steps.js'
import { toVFile } from '../../src/source/to-vfile.js'

// A web page in the style of the sites we read (invented text): a menu, the
// headline, what a test puts under it, the story, a footer. The header
// cluster's tests ask the headline step's view of it (PageTop) about the
// lines between the headline and the story.

export const MENU = ['Home', 'News', 'Sport', 'Weather', 'Culture', 'Sign in']
export const HEADLINE = 'Pier repairs to close seafront road'
export const STORY = [
  'The seafront road at Marrow Bay will close to traffic for six weeks from Monday while engineers rebuild the supports of the Victorian pier, the council said.',
  'Work on the pier, which was damaged in storms last winter, was due to start in the autumn but was brought forward after an inspection found cracks in two of its iron legs.',
  'Buses will be diverted along Station Road, and the council has asked drivers heading for the harbour car park to use the ring road instead.',
]
const FOOTER = ['Share this story', 'Most read', 'Privacy policy', 'Contact us']

/**
 * The page with `under` between headline and story (and `over` between menu and headline), parsed up to the headline
 * step, and its PageTop.
 */
export function pierPage(under: string[], over: string[] = []): { ctx: ParseContext; page: PageTop; headline: number } {
  const file = toVFile([...MENU, ...over, HEADLINE, ...under, ...STORY, ...FOOTER].join('\n'))
  const ctx = storyContext(file, storySpans(file)[0]!)
  for (const step of STEPS) {
    if (step.name === 'headline') break
    step.run(ctx)
  }
  const page = new PageTop(ctx, pageAnalysis(ctx).region![0])
  return { ctx, page, headline: ctx.blocks.findIndex((b) => b.text === HEADLINE) }
}
