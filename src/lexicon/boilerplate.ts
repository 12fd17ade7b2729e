import type { BoilerplatePattern } from './boilerplate/boilerplate-pattern.js'
import { COMMENTS_CONTROL, COMMENTS_FOOTER, COMMENTS_FORM } from './boilerplate/comments.js'
import { PUBLISHER_IMPRINT } from './boilerplate/imprint.js'
import {
  NEWSLETTER_EMAILS,
  NEWSLETTER_FORM,
  NEWSLETTER_SIGNUP,
  PROMO_APP,
  PROMO_SUBSCRIBE,
} from './boilerplate/newsletter.js'
import {
  ADVERT_LABEL,
  ADVERT_SPONSORED,
  ALL_RIGHTS_RESERVED,
  AUTHOR_BOX,
  COOKIE_NOTICE,
  COPYRIGHT_LINE,
  NAVIGATION_CONTROL,
  PAGE_NOTICE,
} from './boilerplate/page-furniture.js'
import { RELATED_HEADER, RELATED_LINK, RELATED_TAGS } from './boilerplate/related.js'
import { SOCIAL_BUTTONS, SOCIAL_CHANNEL, SOCIAL_FOLLOW, SOCIAL_SHARE } from './boilerplate/social.js'
import { NEWSLETTER_ABROAD, PAYWALL_NOTE } from './boilerplate/subscription.js'
import type { Examples } from './examples.js'
import { anyOf } from './pattern-parts.js'

export type { BoilerplatePattern } from './boilerplate/boilerplate-pattern.js'

/**
 * Every boilerplate pattern, each matched against one whole block. A line
 * matching several gets the first one's rule and kind; a rule may have
 * several entries (one pattern each).
 */
export const BOILERPLATE_PATTERNS: readonly BoilerplatePattern[] = [
  SOCIAL_FOLLOW,
  SOCIAL_CHANNEL,
  SOCIAL_SHARE,
  NEWSLETTER_SIGNUP,
  NEWSLETTER_ABROAD,
  PAYWALL_NOTE,
  PROMO_APP,
  PROMO_SUBSCRIBE,
  RELATED_LINK,
  SOCIAL_BUTTONS,
  COMMENTS_CONTROL,
  COMMENTS_FORM,
  COMMENTS_FOOTER,
  NAVIGATION_CONTROL,
  RELATED_TAGS,
  RELATED_HEADER,
  NEWSLETTER_FORM,
  NEWSLETTER_EMAILS,
  COOKIE_NOTICE,
  PAGE_NOTICE,
  COPYRIGHT_LINE,
  ALL_RIGHTS_RESERVED,
  ADVERT_LABEL,
  ADVERT_SPONSORED,
  AUTHOR_BOX,
  PUBLISHER_IMPRINT,
]

const CAPS_WORD = String.raw`[\p{Lu}\p{N}&'’.-]+`
const CRUMB = String.raw`[\p{L}&'’. -]{1,30}`
const DESKS = [
  String.raw`U\.?S\.?`,
  '[Ww]orld',
  '[Ll]ocal',
  '[Nn]ational',
  '[Bb]usiness',
  '[Ss]ports?',
  '[Pp]olitics',
  '[Oo]pinion',
  '[Tt]ech(?:nology)?',
  '[Ee]ntertainment',
  '[Hh]ealth',
  '[Ss]cience',
  '[Ll]ifestyle',
  '[Cc]ulture',
  '[Tt]ravel',
  '[Bb]reaking',
]

/** A section label or kicker above a headline. */
export const SECTION_LABEL = new RegExp(
  `^${anyOf([
    // Up to three words in capitals: "NEWS", "SPORTSMARROW ROVERS".
    String.raw`${CAPS_WORD}(?:\s+${CAPS_WORD}){0,2}`,
    // A breadcrumb: "Home › World News", "BLOG > Nutrition > Meal Plans".
    String.raw`(?:${CRUMB}\s*[>›»|/]\s*){1,5}${CRUMB}`,
    // A menu run together after "Home": "Home News Science & Astronomy".
    String.raw`Home(?:\s*(?:[\p{Lu}][\p{L}]*|&)){1,5}`,
    // A desk's news: "U.S. news", "World News".
    String.raw`(?:[Hh]ome\s+)?${anyOf(DESKS)}\s+[Nn]ews`,
  ])}$`,
  'u',
)

/** @examples read by test/lexicon-examples.test.ts */
export const SECTION_LABEL_EXAMPLES: Examples = {
  match: [
    'NEWS',
    'SPORTSMARROW ROVERS',
    'U.S. NEWS TODAY',
    'Home › World News',
    'BLOG > Nutrition > Meal Plans',
    'Sport | Football | Premier League',
    'News/World',
    'Home News Science & Astronomy',
    'Home & Garden',
    'U.S. news',
    'World News',
    'Home Local News',
  ],
  noMatch: ['Harbour ferry fares rise twice as fuel costs climb', 'Pier repairs to close seafront road'],
}

/**
 * A row of links as a text browser dumps a page (lynx, w3m): two or more items, each opened by its link's number
 * in brackets. Not a sentence with a note mark ("The council[1] voted"), not one link alone.
 */
export const LINK_ROW = /^\[\d{1,4}\][^[\]]{1,60}(?:\[\d{1,4}\][^[\]]{1,60}){1,20}$/u

/** @examples read by test/lexicon-examples.test.ts */
export const LINK_ROW_EXAMPLES: Examples = {
  match: ['[1]Home [2]News [3]Sport', '[6]Previous story [7]Next story', '[12]Facebook [13]Twitter [14]Email'],
  noMatch: ['The council[1] voted on Tuesday', '[6]Previous story', 'Home | News | Sport'],
}
