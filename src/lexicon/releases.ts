import type { Examples } from './examples.js'

// Press releases as PR wires (PR Newswire, AsiaNet, Business Wire, Medianet) send them: the issuer
// line above, a label with the release number, photo and logo links, "for the full text" lines and
// contact blocks. Data only; the step is src/detect/release.ts.

/**
 * The issuer named above or below a release: "Source: Brightwave", "SOURCE: Coastal Builders Association",
 * "SOURCE  Larkspur Biotech Ltd" — not "Sources said the deal was close." nor "Source: the ministry said …"
 * (a sentence: it runs past 100 characters or ends with a full stop).
 */
export const ISSUER_LINE = /^(?:SOURCE|Source) ?:? \S.{0,98}[^.]$/

/** @examples read by test/lexicon-examples.test.ts */
export const ISSUER_LINE_EXAMPLES: Examples = {
  match: [
    'Source: Brightwave',
    'SOURCE: Coastal Builders Association',
    'SOURCE  Larkspur Biotech Ltd',
    'SOURCE Northwind Robotics',
  ],
  noMatch: ['Sources said the deal was close.', 'Source: the ministry said it would act.', 'source: lower case'],
}

/**
 * A release's label: "MEDIA RELEASE PR40218", "PRESS RELEASE", "Media Release" — not "Media release: Exports rise" (a
 * headline).
 */
export const RELEASE_LABEL = /^(?:media|press|news) release(?: [A-Z]{0,4}\d{2,8})?$/i

/** @examples read by test/lexicon-examples.test.ts */
export const RELEASE_LABEL_EXAMPLES: Examples = {
  match: ['MEDIA RELEASE PR40218', 'PRESS RELEASE', 'Media Release', 'NEWS RELEASE NR2024'],
  noMatch: ['Media release: Regional exports rise 1.4%', 'The media released the footage.'],
}

/**
 * A photo, logo or video link: "(Logo: http://photos.prnewswire.com/prnh/20190412/118834LOGO )",
 * "Photo - http://mma.prnewswire.com/media/730145/Harbour_Lights.jpg", "(Photo 1: http://prw.kyodonews.jp/x.jpg)"
 * — not "Photo sharing grew 20% (http://example.com/report)" (words before the link).
 */
export const MEDIA_LINK = new RegExp(
  String.raw`^\(? ?(?:photos?|logos?|videos?|images?|multimedia|graphics?` +
    String.raw`|infographics?)(?: \d{1,2})? ?[:–-] ?(?:https?:\/\/|www\.)\S+ ?\)?$`,
  'i',
)

/** @examples read by test/lexicon-examples.test.ts */
export const MEDIA_LINK_EXAMPLES: Examples = {
  match: [
    '(Logo: http://photos.prnewswire.com/prnh/20190412/118834LOGO )',
    'Photo - http://mma.prnewswire.com/media/730145/Harbour_Lights.jpg',
    '(Photo 1: http://prw.kyodonews.jp/x.jpg)',
    'Video: https://example.com/v/1',
  ],
  noMatch: ['Photo sharing grew 20% (http://example.com/report)', 'Photo - taken in 2019', 'http://example.com/a.jpg'],
}

/** A photo or logo label whose link is on the next line: "(Photo 1:", "Logo -". */
export const MEDIA_LABEL =
  /^\(? ?(?:photos?|logos?|videos?|images?|multimedia|graphics?|infographics?)(?: \d{1,2})? ?[:–-]$/i

/** @examples read by test/lexicon-examples.test.ts */
export const MEDIA_LABEL_EXAMPLES: Examples = {
  match: ['(Photo 1:', 'Logo -', 'Photos:'],
  noMatch: ['Photo 1 shows the crane', '(Photo: Reuters)'],
}

/**
 * Where the full release is: "For the full text of this release, visit", "For the full release, see
 * https://…" — not "For the full year, profit rose." (no release or text).
 */
export const FULL_TEXT_LINE = new RegExp(
  String.raw`^for (?:the )?(?:full|complete) (?:text|release|version|story)(?: of (?:this|the) (?:release` +
    String.raw`|announcement))?,? (?:please )?(?:visit|see|go to|click)\b`,
  'i',
)

/** @examples read by test/lexicon-examples.test.ts */
export const FULL_TEXT_LINE_EXAMPLES: Examples = {
  match: [
    'For the full text of this release, visit',
    'For the full release, see https://example.com/r',
    'For the complete text of the announcement, please visit www.example.com',
  ],
  noMatch: ['For the full year, profit rose.', 'For the full story of the club, read on.'],
}

/** A web address alone. */
export const ADDRESS_ONLY = /^(?:https?:\/\/|www\.)\S+$/i

/** @examples read by test/lexicon-examples.test.ts */
export const ADDRESS_ONLY_EXAMPLES: Examples = {
  match: ['https://www.youtube.com/watch?v=xYz12AbCdEf&feature=youtu.be', 'www.example.com'],
  noMatch: ['visit https://example.com', 'https://example.com and more'],
}

/**
 * A line opening a contact block: "Contact:", "Media contact: Jane Doe", "Contacts:", "For more
 * information contact:", "For further information, please contact:", "Press enquiries:" — not
 * "Contact with the virus was rare." (no colon).
 */
export const CONTACT_OPENER = new RegExp(
  String.raw`^(?:(?:media|press|investor|editorial|news) )?(?:contacts?|enquiries|inquiries)(?: details` +
    String.raw`| info(?:rmation)?)? ?:|^for (?:more|further) (?:information|details)(?:,)? (?:please )?contact\b`,
  'i',
)

/** @examples read by test/lexicon-examples.test.ts */
export const CONTACT_OPENER_EXAMPLES: Examples = {
  match: [
    'Contact:',
    'Contact: Gerald Su, COO',
    'Media contact: Jane Doe',
    'Contacts:',
    'For more information contact:',
    'For further information, please contact Jane Doe',
    'Press enquiries: +44 20 7946 0000',
  ],
  noMatch: ['Contact with the virus was rare.', 'For more information about the plan, the council said.'],
}

/**
 * A word that is an e-mail address, as written in a line: "ptan@larkspurbio.example", "<intl@agency.example>",
 * "ana.prado@vilanova.com.br" — not "@dpa" or "a@b".
 */
export const EMAIL_WORD = /^[<(]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[>)]?[;,.]?$/

/** @examples read by test/lexicon-examples.test.ts */
export const EMAIL_WORD_EXAMPLES: Examples = {
  match: ['ptan@larkspurbio.example', '<intl@agency.example>', 'ana.prado@vilanova.com.br', '<desk@dpa.example>,'],
  noMatch: ['@dpa', 'a@b', 'name@', 'not an address'],
}

/**
 * A telephone number: "+49 30 5550 12345", "+886.0912.345.678", "0491 570 156", "(02) 9876 5432",
 * "Tel: 555-0100" — not "1,870 debtors" nor "1,944" (commas, too few digits).
 */
export const PHONE = new RegExp(
  String.raw`(?:\+\d|\(0?\d{1,4}\)|\b0\d)(?:[ .\-/()]?\d){6,}|\b(?:tel|phone|fax|mobile|mob` +
    String.raw`|ph)\.? ?:? ?\+?\d(?:[ .\-/()]?\d){4,}`,
  'i',
)

/** @examples read by test/lexicon-examples.test.ts */
export const PHONE_EXAMPLES: Examples = {
  match: [
    '+49 30 5550 12345',
    '+886.0912.345.678',
    '0491 570 156',
    '+55 11 955501234',
    'Tel: 555-0100',
    '(02) 9876 5432',
  ],
  noMatch: ['1,870 debtors', 'in 2017 and 2018', 'US$410,000 in lumber', 'at 1,944 sites'],
}

/**
 * The wire a release came over, as its dateline names it: "/PRNewswire-AsiaNet/", "/Kyodo JBN-AsiaNet/",
 * "/Business Wire/", "/CNW/" — not "(Reuters)" or "(dpa)", news agencies.
 */
export const RELEASE_WIRE = new RegExp(
  String.raw`\b(?:PR ?Newswire|AsiaNet|Business ?Wire|GLOBE ?NEWSWIRE|CNW|Marketwired|PRWeb|EPR Network` +
    String.raw`|JCN Newswire|ACN Newswire|Medianet|news aktuell|OTS)\b`,
  'i',
)

/** @examples read by test/lexicon-examples.test.ts */
export const RELEASE_WIRE_EXAMPLES: Examples = {
  match: ['PRNewswire-AsiaNet', 'Kyodo JBN-AsiaNet', 'Business Wire', 'GLOBE NEWSWIRE'],
  noMatch: ['Reuters', 'dpa', 'AP'],
}
