import { detectBoilerplate } from '../detect/boilerplate.js'
import { detectByline } from '../detect/byline.js'
import { detectDateline } from '../detect/dateline.js'
import { detectHeadline } from '../detect/headline.js'
import { detectMedia } from '../detect/media.js'
import { detectParagraphs } from '../detect/paragraph.js'
import { detectStandfirst } from '../detect/standfirst.js'
import { detectSubheadings } from '../detect/subheading.js'
import { extractQuotes } from '../quotes/extract-quotes.js'
import type { Step } from './context.js'

// The parse, in order. Each step labels blocks no earlier step claimed:
// boilerplate and media first, since promo lines and captions sit between
// the headline and the body and would otherwise be taken for them; the
// headline before the byline and standfirst, which are found relative to it;
// paragraphs last, taking what is left; then spans inside paragraphs.
export const STEPS: readonly Step[] = [
  { name: 'boilerplate', run: detectBoilerplate },
  { name: 'media', run: detectMedia },
  { name: 'headline', run: detectHeadline },
  { name: 'byline', run: detectByline },
  { name: 'standfirst', run: detectStandfirst },
  { name: 'subheading', run: detectSubheadings },
  { name: 'paragraph', run: detectParagraphs },
  { name: 'dateline', run: detectDateline },
  { name: 'quotes', run: extractQuotes },
]
