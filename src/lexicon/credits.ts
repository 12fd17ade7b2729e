import type { Examples } from './examples.js'
import { anyOf } from './pattern-parts.js'

// The patterns are written in lower case and matched against lower-cased text
// (src/detect/media.ts): the `i` flag on a pattern with `\p{L}` makes V8 work
// out the case variants of every letter when it compiles the pattern, a cost
// every single-file run would pay at start-up (bench/README.md).

const LEAD_WORDS = [
  'photo(?:graph)?s?',
  'pictures?',
  'pic',
  String.raw`image(?:\s+source)?`,
  'credit',
  'foto',
  'bild',
  'illustration',
  'video',
  'graphic',
]

/**
 * Words that introduce a photo credit, as caption writers use them, and what follows them: "Photograph:",
 * "(photo:", "Photo by", "Image source,", "Credit:".
 */
export const CREDIT_LEAD = String.raw`${anyOf(LEAD_WORDS)}(?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:,|/]`

/** @examples read by test/lexicon-examples.test.ts */
export const CREDIT_LEAD_EXAMPLES: Examples = {
  match: ['photograph:', 'photo:', 'photos by:', 'image source,', 'photo courtesy of |', 'credit /'],
  noMatch: ['photographer:', 'photo'],
}

/**
 * Picture agencies and desks whose name alone, as a whole line or in
 * trailing parentheses, is a credit: "(Getty Images)", "Shutterstock".
 * Words are matched with any white space between them.
 */
export const PICTURE_AGENCY_NAMES: readonly string[] = [
  ...['getty images', 'afp', 'afp via getty images', 'shutterstock', 'alamy', 'alamy stock photo', 'reuters'],
  ...['epa', 'epa-efe', 'imago', 'imago images', 'dpa', 'pa images', 'pa wire', 'pa media', 'ap photo'],
  ...['associated press', 'anadolu', 'anadolu agency', 'xinhua', 'tass', 'sipa', 'sipa usa', 'bloomberg'],
  ...['nurphoto', 'wireimage', 'filmmagic', 'istock', 'istockphoto', 'unsplash', 'pexels', 'file photo', 'handout'],
]
/** The agencies whose credit may name the photographer after a slash: "Reuters/Jane Doe", "AP Photo/Evan Marsh". */
const WITH_PHOTOGRAPHER = ['reuters', 'ap photo']

export const PICTURE_AGENCIES = anyOf(
  PICTURE_AGENCY_NAMES.map(
    (name) =>
      name.replaceAll(' ', String.raw`\s+`) + (WITH_PHOTOGRAPHER.includes(name) ? String.raw`(?:/[\p{L} .'-]+)?` : ''),
  ),
)

/** @examples read by test/lexicon-examples.test.ts */
export const PICTURE_AGENCIES_EXAMPLES: Examples = {
  match: ['getty images', 'afp via getty images', 'reuters/jane doe', 'ap photo/evan marsh', 'epa-efe', 'pa wire'],
  noMatch: ['pa', 'getty', 'ap', 'reuters jane doe'],
}

/** One to four words of a name in a credit: a photographer's, a collection's ("Digital Vision"), a user's. */
const CREDIT_SEGMENT = String.raw`[\p{L}\p{N}'’.&-]+(?:\s[\p{L}\p{N}'’.&-]+){0,3}`

const CREDIT_LINES = [
  // "Photo: Dana Morrell, AP", "(photo: Harbour Authority/TASS/IMAGO)".
  String.raw`${CREDIT_LEAD}\s*\S.{0,120}`,
  // "Getty Images", "Getty Images / Jane Doe", "AFP, Jane Doe".
  String.raw`${PICTURE_AGENCIES}(?:\s*(?:/|via|,)\s*[^\n]{0,80})?`,
  // "Photo by Jane Doe on Unsplash".
  String.raw`(?:photo|image|picture)\s+(?:by|courtesy(?:\s+of)?)\s+\S.{0,100}`,
  // The photographer over a collection over the agency, as an agency's feed credits a picture: "Tom Greer/Digital
  // Vision/Getty Images", "jdoe/iStock/Getty Images". Two slashes at least: "Jane Doe / Bloomberg" is also a byline.
  String.raw`${CREDIT_SEGMENT}(?:\s?/\s?${CREDIT_SEGMENT}){1,2}\s?/\s?${PICTURE_AGENCIES}`,
]

/** A whole line that is a credit and nothing else. */
export const CREDIT_LINE = new RegExp(String.raw`^\(?\s*${anyOf(CREDIT_LINES)}\s*\)?$`, 'u')

// A credit in brackets: "… in Baku (photo: TASS/IMAGO)", "… (Getty Images)".
const BRACKETED = String.raw`\s*\(\s*((?:${CREDIT_LEAD})\s*[^()]{1,120}|${PICTURE_AGENCIES}[^()]{0,80})\)`
// A credit after a space: "… in Kyiv. Photograph: X/Getty Images", "… in Kyiv Getty Images".
const APPENDED = String.raw`\s+((?:photograph|photo|picture|image|credit)\s*:\s*[^.:]{1,120}|${PICTURE_AGENCIES})`

/** A credit at the end of a caption, in brackets or after a space. */
export const TRAILING_CREDIT = new RegExp(String.raw`(?:${BRACKETED}|${APPENDED})\s*\.?$`, 'du')

/** The credit words with their lead removed: "photo: TASS/IMAGO" → "TASS/IMAGO". */
export const CREDIT_LEAD_ONLY = new RegExp(String.raw`^\(?\s*${CREDIT_LEAD}\s*`, 'u')

// The patterns above are matched against lower-cased text.

/** @examples read by test/lexicon-examples.test.ts */
export const CREDIT_LINE_EXAMPLES: Examples = {
  match: [
    'photo: dana morrell, ap',
    'photograph: sean hallam/getty images',
    '(photo: harbour authority/tass/imago)',
    'image source, getty images',
    'credit: jane doe',
    '(getty images)',
    'shutterstock',
    'ap photo/evan marsh',
    'afp via getty images',
    'reuters/jane doe',
    'photo by jane doe on unsplash',
    'picture courtesy of the harbour trust',
    'tom greer/digital vision/getty images',
    'marrowpix/istock/getty images',
    'ann lee / harbour news / afp',
  ],
  noMatch: [
    'photographers gathered at the pier.',
    'the afp reported it on monday',
    'by jane doe',
    'jane doe / bloomberg',
    'world/europe/politics',
    'news/world/reuters reports the pier is closed',
  ],
}

/** @examples read by test/lexicon-examples.test.ts */
export const TRAILING_CREDIT_EXAMPLES: Examples = {
  match: [
    'rescuers search the rubble in baku (photo: tass/imago)',
    'rescuers search the rubble in kyiv. photograph: jane doe/getty images',
    'rescuers search the rubble (getty images)',
    'rescuers search the rubble getty images',
    'rescuers search the rubble. photo: ap photo/evan marsh.',
  ],
  noMatch: ['rescuers search the rubble (ap reported)', 'the photo: a storm over the pier. it was taken at dawn'],
}

/** @examples read by test/lexicon-examples.test.ts */
export const CREDIT_LEAD_ONLY_EXAMPLES: Examples = {
  match: ['photo: ', '(photograph: ', 'image source, ', 'photo credit: '],
  noMatch: ['photos of the storm', 'getty images'],
}
