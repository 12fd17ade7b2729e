import type { BoilerplateKind } from '../model/article.js'

export interface BoilerplatePattern {
  rule: string
  kind: BoilerplateKind
  pattern: RegExp
  /** Longest line (in characters) the pattern may claim; a long paragraph that merely mentions "follow us" is body. */
  maxLength: number
  /**
   * How a line the pattern matches can open: the first two characters of
   * each alternative, letters in lower case (either case opens the line), or
   * one character where anything may follow it (a digit, a space, a
   * bracket); left out when a match may open anywhere. A line opening with
   * none of these skips the pattern (src/detect/boilerplate.ts), so this
   * must list them all.
   */
  opens?: readonly string[]
  /** The ending every line the pattern matches closes with, in lower case (either case closes the line); left out when a match may close with anything. */
  closes?: string
}

const DIGITS = [...'0123456789']
/** The ASCII characters `\s` matches. */
const SPACES = [...' \t\n\v\f\r']
/** Openings written as words: "pl fo li" → ["pl", "fo", "li"]. */
const w = (openings: string): string[] => openings.split(' ')

// Each pattern is matched against one whole block (lines joined). Order
// matters only for the kind reported; the first match wins. A rule may have
// two entries, one for the alternatives that open the line with known words
// and one for those that may open anywhere: trying a pattern per entry lets
// the first skip most lines and keeps the regex engine's fast paths.
export const BOILERPLATE_PATTERNS: readonly BoilerplatePattern[] = [
  // "Follow us on: Facebook, Twitter, Google News, Instagram" — not "He will follow us on the trip"
  {
    rule: 'social-follow',
    kind: 'social',
    maxLength: 200,
    pattern: /^(?:please\s+)?(?:follow|like|find|connect with|join)\s+(?:us|our\b[^.]{0,60}?)\s+(?:on|at|via)\b/i,
    opens: w('pl fo li fi co jo'),
  },
  // "Join our official telegram channel (@nationalherald) and stay updated …"
  {
    rule: 'social-channel',
    kind: 'social',
    maxLength: 200,
    pattern: /^join\s+(?:our|the)\b.{0,60}?\b(?:telegram|whatsapp|facebook|discord|channel|community|group)\b/i,
    opens: w('jo'),
  },
  // "Share this article", "Share on Facebook", "Tweet", "Share via Email"
  {
    rule: 'social-share',
    kind: 'social',
    maxLength: 80,
    pattern:
      /^(?:share(?:\s+(?:this|the)\s+(?:article|story|page))?(?:\s+(?:on|via)\s+[\w ]+)?|tweet|pin(?: it)?|email|print|whatsapp|facebook|twitter|linkedin|reddit|copy link)\s*[:!]?$/i,
    opens: w('sh tw pi em pr wh fa li re co'),
  },
  // "Sign up for our daily newsletter", "Subscribe to our newsletter …"
  {
    rule: 'newsletter-signup',
    kind: 'newsletter',
    maxLength: 220,
    pattern:
      /^(?:sign\s*up|subscribe|register)\b.{0,80}?\bnewsletters?\b|^get (?:our|the)\b.{0,60}\bnewsletter\b|^newsletter\b/i,
    opens: w('si su re ge ne'),
  },
  // "Download our app", "Get the … app"
  {
    rule: 'promo-app',
    kind: 'promo',
    maxLength: 200,
    pattern: /^(?:download|get|install)\s+(?:our|the)\b.{0,40}?\bapp\b/i,
    opens: w('do ge in'),
  },
  // "Subscribe now", "Become a member"
  {
    rule: 'promo-subscribe',
    kind: 'promo',
    maxLength: 160,
    pattern:
      /^(?:subscribe(?:\s+(?:now|today|here))?|become a (?:member|subscriber|supporter)|support (?:our|independent) journalism)\b/i,
    opens: w('su be'),
  },
  // "Read more: …", "Related: …", "Also read | …", "READ MORE" — not "Read more books, he said."
  {
    rule: 'related-link',
    kind: 'related',
    maxLength: 240,
    pattern:
      /^(?:read more|related(?: (?:articles?|stories|coverage|content|news|topics?))?|also read|read also|see also|more on this(?: story)?|recommended|most read|more from|watch|listen)\s*(?:[:|»›>\-–—]|$)/i,
    opens: w('re al se mo wa li'),
  },
  // "Pinterest", "Flipboard", "Share this:", "Click to share on Twitter (Opens in new window)", "Facebook Twitter Google+ WhatsApp", "Like this:", "Share this with Facebook", "858 SHARES", "Sharing is caring!",
  // "Share All sharing options for: …", "X Share via", "FacebookTwitterPinterestEmail" — not "Share prices fell 3% on Monday."
  {
    rule: 'social-buttons',
    kind: 'social',
    maxLength: 160,
    pattern:
      /^(?:x\s+)?(?:share|like)(?: this| the story| this story| this article| all sharing options(?: for)?| via| permalink| this with(?: \w+)?)?\s*(?::.*)?$|^(?:teilen|partager|compartir|condividi|compartilhar|delen|pinterest|flipboard|mix|pocket|messenger|google\+|tumblr|telegram|sms|e-?mail this|print this(?: page| article)?|(?:get )?short url|like loading\.*|sharing is caring!?|(?:\d[\d.,]*k?\s+)?shares?|odnoklassniki|vkontakte|read later|copied|click to (?:share on \w+|print|email(?: a link to a friend)?)(?: \(opens in new window\))?|(?:facebook|twitter|pinterest|email|linkedin|reddit|whatsapp|google\+)(?:\s*(?:facebook|twitter|pinterest|email|linkedin|reddit|whatsapp|google\+|print)){1,6})$/i,
    opens: [...w('x sh li te pa co de pi fl mi po me go tu sm e- em pr ge od vk re cl fa tw wh'), ...DIGITS],
  },
  // "2 comments", "Leave a Comment", "View Comments", "[ 167 comments ]", "Reply", "Comments (+)", "blog comments powered by Disqus" — not "He declined to comment."
  {
    rule: 'comments-control',
    kind: 'other',
    maxLength: 80,
    pattern:
      /^\[?\s*(?:\d+\s+)?comments?(?:\s*\(\+?\d*\))?\s*\]?$|^(?:leave|post|add|write) a (?:comment|reply)$|^(?:view|show|load|read|see|hide) (?:all |the )?(?:\d+ )?comments$|^reply$|^(?:blog )?comments powered by \w+$|^(?:nessun|no) comment[io]?s?$/i,
    opens: ['[', ...SPACES, ...DIGITS, ...w('co le po ad wr vi sh lo re se hi bl ne no')],
  },
  // Comment-form and spam-filter notices: "Save my name, email, and website in this browser …", "This site uses Akismet …"
  // WordPress's comment box: "Please log in using one of these methods to post your comment:", "You are commenting using your WordPress.com account. ( Log Out / Change )",
  // "Comments are closed.", "Top rated comments" — not "Comments are closed to the public, the council said" (the notice stands alone).
  {
    rule: 'comments-form',
    kind: 'other',
    maxLength: 200,
    pattern:
      /^(?:save my name, email|notify me (?:of|via)|this site uses akismet|your email address will not be published|you must be logged in to post|please log in using one of these methods|you are commenting using your)|^(?:comments are closed|top rated comments)\.?$/i,
    opens: w('sa no th yo pl co to'),
  },
  // "Previous post", "Next Post: REDANT Motorcycle Cleaner", "Post navigation", "Back to Gallery", "Image 1 of 23", "1 / 23"
  {
    rule: 'navigation-control',
    kind: 'navigation',
    maxLength: 140,
    pattern:
      /^(?:previous|next|older|newer)(?: post| article| story)?\s*(?::.*)?$|^post navigation$|^back to (?:gallery|top|home)$|^skip to (?:main )?content$|^(?:image|photo|slide) \d+ (?:of|\/) \/? ?\d+$|^\d+\s*\/\s*\d+$|^(?:enlarge image|caption|close(?: share panel)?|(?:chevron_left )?browse all posts|menu|search|sign in|log ?in|sign out|open menu|toggle navigation)$/i,
    opens: [...w('pr ne ol po ba sk im ph sl en ca cl ch br me se si lo op to'), ...DIGITS],
  },
  // "Tags: Minnesota Wild", "Filed under: Khawarij |", "Topics: Hardware" — lists of tags
  {
    rule: 'related-tags',
    kind: 'related',
    maxLength: 200,
    pattern:
      /^(?:tags?|tagged(?: with)?|filed (?:under|in)|topics?|categories|category|more on|more in|more from|related roundup)\s*:/i,
    opens: w('ta fi to ca mo re'),
  },
  // List headers: "MOST POPULAR", "Top Local Stories", "You may also like", "YOU MAY LIKE THESE POSTS", "Next Up In Science & Health", "Trending:"
  {
    rule: 'related-header',
    kind: 'related',
    maxLength: 60,
    pattern:
      /^(?:recommended stories|related posts?:.*|most (?:popular|read|viewed|shared|commented)|top (?:local )?stories|trending(?: now)?|you may (?:also )?like(?: these posts)?|you might (?:also )?like|recommended(?: for you)?|latest (?:news|stories)|more (?:stories|news)|next up in .+|editor'?s picks|popular (?:now|posts|stories)|related (?:posts?|links?)|sponsored links|more in .+)\s*:?$/i,
    opens: w('re mo to tr yo la ne ed po sp'),
  },
  // "Breaking News Emails", "Get top news in your inbox daily", "Email (required)", "Zip Code", "Privacy Policy"
  // "Get Quanta Magazine delivered to your inbox", "You have successfully subscribed. Thank you", "Privacy Overview".
  {
    rule: 'newsletter-form',
    kind: 'newsletter',
    maxLength: 120,
    pattern:
      /^(?:join our newsletter|get .{0,40}\b(?:in|delivered to) your inbox\b.*|e-?mail(?: address)? \(required\)|zip code|privacy (?:policy|notice|overview)|terms of (?:use|service)|you(?:'ve| have) succe?s?sfully subscribed\b.*)$/i,
    opens: w('jo ge e- em zi pr te yo'),
  },
  {
    rule: 'newsletter-form',
    kind: 'newsletter',
    maxLength: 120,
    pattern: /^[\w ]{0,30}(?:news)?\s*e-?mails$/i,
    closes: 'mails',
  },
  // Cookie notices: "We use cookies to improve your experience …", "This website uses cookies"
  {
    rule: 'cookie-notice',
    kind: 'other',
    maxLength: 400,
    pattern:
      /^(?:we use cookies|this (?:web)?site uses cookies|by (?:continuing|using) (?:to use )?(?:this|our) (?:site|website)|cookies? (?:policy|settings|preferences))/i,
    opens: w('we th by co'),
  },
  // "These are external links and will open in a new window", "This slideshow requires JavaScript."
  {
    rule: 'page-notice',
    kind: 'other',
    maxLength: 120,
    pattern:
      /^(?:this site is protected by recaptcha|please review our terms of service|media playback is (?:unsupported|not supported)|why you can trust|these are external links|this (?:slideshow|video|content) requires javascript|javascript is disabled|your browser does not support)/i,
    opens: w('th pl me wh ja yo'),
  },
  // "© 2023 The Associated Press. All rights reserved." / "Copyright 2024 Reuters"
  {
    rule: 'copyright-line',
    kind: 'copyright',
    maxLength: 240,
    pattern: /^(?:©|\(c\)\s|copyright\b)/i,
    opens: w('© (c co'),
  },
  { rule: 'copyright-line', kind: 'copyright', maxLength: 240, pattern: /\ball rights reserved\b/i },
  // "Advertisement", "ADVERTISEMENT", "Anzeige", "Publicité", "Sponsored content"
  {
    rule: 'advert-label',
    kind: 'advert',
    maxLength: 60,
    pattern:
      /^(?:advertisement|advert|ad|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading below)$/i,
    opens: w('ad an we pu sp st co'),
  },
  // A sponsored link's label after a bar: "Apps We Digg | Sponsored", "| Sponsored". Not "Sponsored by the council, the fair returns" (the label closes the line).
  {
    rule: 'advert-sponsored',
    kind: 'advert',
    maxLength: 60,
    pattern: /^[^|]{0,40}\| ?sponsored$/i,
    closes: 'sponsored',
  },
  // A German author box's header: "Über Moritz Bachmann", "Über den Autor". Not "Über die Brücke geht es weiter" (a name is two capitalised words and nothing else).
  // ("About the author" is left alone: labelling it pulls the bio under it into the text, see paragraph-score smoothing.)
  {
    rule: 'author-box',
    kind: 'other',
    maxLength: 50,
    pattern: /^(?:[Üü]ber (?:den Autor|die Autorin)|Über \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+)$/u,
    opens: w('üb'),
  },
]

// A section label or kicker above a headline: "NEWS", "SPORTSMINNESOTA WILD", "U.S. news",
// "Home › World News", "BLOG > Nutrition > Meal Plans", "Home News Science & Astronomy" — not "Zach Parise scores twice as Wild beat Sabres".
export const SECTION_LABEL =
  /^(?:[\p{Lu}\p{N}&'’.-]+(?:\s+[\p{Lu}\p{N}&'’.-]+){0,2}|(?:[\p{L}&'’. -]{1,30}\s*[>›»|/]\s*){1,5}[\p{L}&'’. -]{1,30}|Home(?:\s*(?:[\p{Lu}][\p{L}]*|&)){1,5}|(?:[Hh]ome\s+)?(?:U\.?S\.?|[Ww]orld|[Ll]ocal|[Nn]ational|[Bb]usiness|[Ss]ports?|[Pp]olitics|[Oo]pinion|[Tt]ech(?:nology)?|[Ee]ntertainment|[Hh]ealth|[Ss]cience|[Ll]ifestyle|[Cc]ulture|[Tt]ravel|[Bb]reaking)\s+[Nn]ews)$/u

// The words a date or time stamp is made of, besides numbers and month names:
// "Updated 1:39 am EST, Wednesday, November 20, 2019", "PUBLISHED: November 19, 2019 at 8:59 pm",
// "20 Nov, 2019 05:47", "Published 10:02 AM EST Nov 19, 2019", "11/18/19 11:04 PM EST", "Updated 0339 GMT (1139 HKT) November 19, 2019".
export const DATE_STAMP_WORDS =
  /^(?:updated?|published|posted|modified|issued|last|on|at|am|pm|a\.m|p\.m|est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|cest|eet|eest|ist|hkt|jst|kst|sgt|aest|aedt|awst|sast|msk|ago|hours?|hrs?|mins?|minutes?|days?|weeks?|months?|years?|h|m|d|the|and|of|de|le|am|um|el|del|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|st|nd|rd|th)$/i
