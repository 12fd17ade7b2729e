import { detectBoilerplate } from '../detect/boilerplate.js'
import { detectBoxInside } from '../detect/box-inside.js'
import { detectAgencyByline, detectByline } from '../detect/byline.js'
import { detectCaptionShapes } from '../detect/caption-shape.js'
import { detectClusterByline } from '../detect/cluster-byline.js'
import type { Step } from '../detect/context.js'
import { detectDateline } from '../detect/dateline.js'
import { detectHeaderControls } from '../detect/header-controls.js'
import { detectHeadline } from '../detect/headline.js'
import { detectLanguage } from '../detect/language.js'
import { detectLanguageMenu } from '../detect/language-menu.js'
import { detectLists } from '../detect/list.js'
import { detectMedia } from '../detect/media.js'
import { detectPageResidue, scoreParagraphs } from '../detect/page-residue.js'
import { detectParagraphs } from '../detect/paragraph.js'
import { detectDatelineAlone, detectRelease } from '../detect/release.js'
import { detectStandfirst } from '../detect/standfirst.js'
import { detectSubheadings } from '../detect/subheading.js'
import { detectTables } from '../detect/table.js'
import { detectWireFields } from '../detect/wire-fields.js'
import { detectWireFormat } from '../detect/wire-format.js'
import { detectWireHeader } from '../detect/wire-header.js'
import { detectWireNotebook } from '../detect/wire-notebook.js'
import { detectWireTrailer } from '../detect/wire-trailer.js'
import { extractQuotes } from '../quotes/extract-quotes.js'

// The parse, in order. Each step labels blocks no earlier step claimed:
// boilerplate and media first, since promo lines and captions sit between
// the headline and the body and would otherwise be taken for them; the
// headline before the byline and standfirst, which are found relative to it;
// paragraphs last, taking what is left; then spans inside paragraphs.
export const STEPS: readonly Step[] = [
  { name: 'language', run: detectLanguage },
  // Agency slugs, flags and notes above the story; sign-offs, trailers and end marks below it
  // (before media, which would take a lone "AFP" or "dpa" sign-off for a photo credit).
  // A transmission's header and trailer as its format (ANPA-1312, IPTC 7901, AAP) lays them out,
  // with the headline, standfirst and byline where the format puts them.
  { name: 'wire-format', run: detectWireFormat },
  // A PR wire's issuer line, release label, media links and contact blocks; dpa's notebook for editors.
  { name: 'release', run: detectRelease },
  { name: 'wire-notebook', run: detectWireNotebook },
  { name: 'wire-header', run: detectWireHeader },
  { name: 'wire-trailer', run: detectWireTrailer },
  // "By Paul Majendie, Reuters": found before media, which would read the agency as a photo credit.
  { name: 'wire-byline', run: detectAgencyByline },
  { name: 'boilerplate', run: detectBoilerplate },
  { name: 'language-menu', run: detectLanguageMenu },
  // The blurb of a sign-up or share box, between its header and its button.
  { name: 'box-inside', run: detectBoxInside },
  { name: 'media', run: detectMedia },
  // A caption with no credit line under it, by how captions are written ("In this … photo", "Jane Roe, left, and
  // …").
  { name: 'caption-shape', run: detectCaptionShapes },
  // Web copy: score every block as prose or residue (jusText-style) and find the main text,
  // which the headline is looked for above; what lies outside it goes after the standfirst.
  { name: 'paragraph-score', run: scoreParagraphs },
  { name: 'headline', run: detectHeadline },
  { name: 'byline', run: detectByline },
  // Web pages: the byline in the header cluster around the headline ("By" over a name, a name beside a date).
  { name: 'cluster-byline', run: detectClusterByline },
  // Web pages: controls about the page and the author's bio between the headline and the story.
  { name: 'header-controls', run: detectHeaderControls },
  // A dateline alone under the headline: inside the paragraph under it, or a release's bullet points (the standfirst).
  { name: 'dateline-alone', run: detectDatelineAlone },
  { name: 'standfirst', run: detectStandfirst },
  { name: 'page-residue', run: detectPageResidue },
  // Agate and lists keep their shape: rows and items are never joined into a paragraph.
  { name: 'table', run: detectTables },
  { name: 'list', run: detectLists },
  { name: 'subheading', run: detectSubheadings },
  { name: 'paragraph', run: detectParagraphs },
  { name: 'dateline', run: detectDateline },
  // What the header, flags, notes and trailer said, as the Article's `wire` object.
  { name: 'wire-fields', run: detectWireFields },
  { name: 'quotes', run: extractQuotes },
]
