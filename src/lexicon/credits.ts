import type { Examples } from './examples.js'

// All three patterns are written in lower case and matched against lower-cased text
// (src/detect/media.ts): the `i` flag on a pattern with `\p{L}` made V8 work out the case
// variants of every letter, some 5 ms per pattern, paid by every single-file run.

// Words that introduce a photo credit, as caption writers use them.
// "Photograph: Sean Gallup/Getty Images", "(photo: Russian Defence Ministry/TASS/IMAGO)",
// "Photo by Jane Doe on Unsplash", "Image source, Getty Images", "Credit: …"
export const CREDIT_LEAD = String.raw`(?:photo(?:graph)?s?|pictures?|pic|image(?:\s+source)?|credit|foto|bild|illustration|video|graphic)(?:\s+(?:by|credit|courtesy(?:\s+of)?))?\s*[:,|/]`

// Picture agencies and desks whose name alone, as a whole line or in trailing
// parentheses, is a credit: "(Getty Images)", "Shutterstock", "AP Photo/Evan Vucci".
export const PICTURE_AGENCIES = String.raw`(?:getty\s+images|afp(?:\s+via\s+getty\s+images)?|shutterstock|alamy(?:\s+stock\s+photo)?|reuters(?:/[\p{L} .'-]+)?|epa(?:-efe)?|imago(?:\s+images)?|dpa|pa(?:\s+(?:images|wire|media))|ap\s+photo(?:/[\p{L} .'-]+)?|associated\s+press|anadolu(?:\s+agency)?|xinhua|tass|sipa(?:\s+usa)?|bloomberg|nurphoto|wireimage|filmmagic|istock(?:photo)?|unsplash|pexels|file\s+photo|handout)`

/**
 * The last word of every name in PICTURE_AGENCIES, as a caption ending in a
 * bare agency name ends ("… in Kyiv Getty Images" → "images"). Kept in step
 * with PICTURE_AGENCIES (test/detect-media.test.ts tries each name); the
 * agencies with a "/photographer" tail are caught by their slash.
 */
export const PICTURE_AGENCY_LAST_WORDS: ReadonlySet<string> = new Set([
  'images',
  'afp',
  'shutterstock',
  'alamy',
  'photo',
  'reuters',
  'epa',
  'epa-efe',
  'imago',
  'dpa',
  'wire',
  'media',
  'press',
  'anadolu',
  'agency',
  'xinhua',
  'tass',
  'sipa',
  'usa',
  'bloomberg',
  'nurphoto',
  'wireimage',
  'filmmagic',
  'istock',
  'istockphoto',
  'unsplash',
  'pexels',
  'handout',
])

/**
 * The first word of each alternative a CREDIT_LINE may open with: the
 * credit leads, the agency names and "photo/image/picture by". Kept in step
 * with the patterns above (test/detect-fast-paths.test.ts tries each); a line
 * whose first two letters open none of them is no credit line.
 */
export const CREDIT_LINE_OPENINGS: readonly string[] = [
  'photo',
  'photograph',
  'picture',
  'pic',
  'image',
  'credit',
  'foto',
  'bild',
  'illustration',
  'video',
  'graphic',
  'getty',
  'afp',
  'shutterstock',
  'alamy',
  'reuters',
  'epa',
  'imago',
  'dpa',
  'pa',
  'ap',
  'associated',
  'anadolu',
  'xinhua',
  'tass',
  'sipa',
  'bloomberg',
  'nurphoto',
  'wireimage',
  'filmmagic',
  'istock',
  'istockphoto',
  'unsplash',
  'pexels',
  'file',
  'handout',
]

/** A whole line that is a credit and nothing else. */
export const CREDIT_LINE = new RegExp(
  String.raw`^\(?\s*(?:${CREDIT_LEAD}\s*\S.{0,120}|${PICTURE_AGENCIES}(?:\s*(?:/|via|,)\s*[^\n]{0,80})?|(?:photo|image|picture)\s+(?:by|courtesy(?:\s+of)?)\s+\S.{0,100})\s*\)?$`,
  'u',
)

/** A credit at the end of a caption: "… in Baku (photo: TASS/IMAGO)", "… in Kyiv. Photograph: X/Getty Images". */
export const TRAILING_CREDIT = new RegExp(
  String.raw`(?:\s*\(\s*((?:${CREDIT_LEAD})\s*[^()]{1,120}|${PICTURE_AGENCIES}[^()]{0,80})\)|\s+((?:photograph|photo|picture|image|credit)\s*:\s*[^.:]{1,120}|${PICTURE_AGENCIES}))\s*\.?$`,
  'du',
)

/** The credit words with their lead removed: "photo: TASS/IMAGO" → "TASS/IMAGO". */
export const CREDIT_LEAD_ONLY = new RegExp(String.raw`^\(?\s*${CREDIT_LEAD}\s*`, 'u')

// The patterns above are matched against lower-cased text.

export const CREDIT_LINE_EXAMPLES: Examples = {
  match: [
    'photo: damian dovarganes, ap',
    'photograph: sean gallup/getty images',
    '(photo: russian defence ministry/tass/imago)',
    'image source, getty images',
    'credit: jane doe',
    '(getty images)',
    'shutterstock',
    'ap photo/evan vucci',
    'afp via getty images',
    'reuters/jane doe',
    'photo by jane doe on unsplash',
    'picture courtesy of the harbour trust',
  ],
  noMatch: ['photographers gathered at the pier.', 'the afp reported it on monday', 'by jane doe'],
}

export const TRAILING_CREDIT_EXAMPLES: Examples = {
  match: [
    'rescuers search the rubble in baku (photo: tass/imago)',
    'rescuers search the rubble in kyiv. photograph: jane doe/getty images',
    'rescuers search the rubble (getty images)',
    'rescuers search the rubble getty images',
    'rescuers search the rubble. photo: ap photo/evan vucci.',
  ],
  noMatch: ['rescuers search the rubble (ap reported)', 'the photo: a storm over the pier. it was taken at dawn'],
}

export const CREDIT_LEAD_ONLY_EXAMPLES: Examples = {
  match: ['photo: ', '(photograph: ', 'image source, ', 'photo credit: '],
  noMatch: ['photos of the storm', 'getty images'],
}
