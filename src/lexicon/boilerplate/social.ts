import { anyOf } from '../pattern-parts.js'
import type { BoilerplatePattern } from './boilerplate-pattern.js'

// Share bars and invitations to follow the site elsewhere.

const FOLLOW = anyOf(['follow', 'like', 'find', 'connect with', 'join'])

/** "Follow us on …", not "He will follow us on the trip" (no "on/at/via" right after "us"). */
export const SOCIAL_FOLLOW: BoilerplatePattern = {
  rule: 'social-follow',
  description: 'an invitation to follow the site elsewhere ("Follow us on Facebook")',
  kind: 'social',
  maxLength: 200,
  pattern: new RegExp(String.raw`^(?:please\s+)?${FOLLOW}\s+(?:us|our\b[^.]{0,60}?)\s+(?:on|at|via)\b`, 'i'),
  examples: {
    match: [
      'Follow us on: Facebook, Instagram, Threads, Bluesky',
      'Please follow us on Facebook',
      'Like us on Facebook',
      'Find us on Instagram',
      'Connect with us on LinkedIn',
      'Join us on Telegram',
      'Follow our live coverage on X',
    ],
    noMatch: ['He will follow us on the trip', 'Fans like us more than ever, the manager said.'],
  },
}

const CHANNELS = anyOf(['telegram', 'whatsapp', 'facebook', 'discord', 'channel', 'community', 'group'])

/** An invitation to a chat channel or group. */
export const SOCIAL_CHANNEL: BoilerplatePattern = {
  rule: 'social-channel',
  description: 'an invitation to a chat channel or group ("Join our Telegram channel")',
  kind: 'social',
  maxLength: 200,
  pattern: new RegExp(String.raw`^join\s+(?:our|the)\b.{0,60}?\b${CHANNELS}\b`, 'i'),
  examples: {
    match: [
      'Join our official telegram channel (@harbourherald) and stay updated with the latest headlines',
      'Join the Harbour Weekly community on Discord',
    ],
    noMatch: ['Join the queue early if you want a seat.', 'Joining the channel crew was her first job.'],
  },
}

const SHARE = String.raw`share(?:\s+(?:this|the)\s+(?:article|story|page))?(?:\s+(?:on|via)\s+[\w ]+)?`
const SHARE_TARGETS = [
  'tweet',
  'pin(?: it)?',
  'email',
  'print',
  'whatsapp',
  'facebook',
  'twitter',
  'linkedin',
  'reddit',
]

/** A share button's label: "Share this article", "Tweet", "Copy link". */
export const SOCIAL_SHARE: BoilerplatePattern = {
  rule: 'social-share',
  description: 'a share button\'s label ("Share this article", "Tweet", "Copy link")',
  kind: 'social',
  maxLength: 80,
  pattern: new RegExp(String.raw`^${anyOf([SHARE, ...SHARE_TARGETS, 'copy link'])}\s*[:!]?$`, 'i'),
  examples: {
    match: [
      'Share this article',
      'Share on Facebook',
      'Share via Email',
      'Tweet',
      'Pin it',
      'Email',
      'Print',
      'WhatsApp',
      'Facebook',
      'Twitter',
      'LinkedIn',
      'Reddit',
      'Copy link',
    ],
    noMatch: ['Share prices fell 3% on Monday.', 'Print editions will resume on Monday.'],
  },
}

// "Share this:", "Like this:", "X Share via", "Share All sharing options for: …"
const SHARE_LABEL = String.raw`^(?:x\s+)?(?:share|like)${anyOf([
  ' this',
  ' the story',
  ' this story',
  ' this article',
  ' all sharing options(?: for)?',
  ' via',
  ' permalink',
  String.raw` this with(?: \w+)?`,
])}?\s*(?::.*)?$`
const NETWORKS = ['facebook', 'twitter', 'pinterest', 'email', 'linkedin', 'reddit', 'whatsapp', String.raw`google\+`]
// "Pinterest", "Sharing is caring!", "858 SHARES", "Click to share on Twitter (Opens in new window)"
const BUTTON_WORDS = [
  'teilen',
  'partager',
  'compartir',
  'condividi',
  'compartilhar',
  'delen',
  'pinterest',
  'flipboard',
  'mix',
  'pocket',
  'messenger',
  String.raw`google\+`,
  'tumblr',
  'telegram',
  'sms',
  'e-?mail this',
  'print this(?: page| article)?',
  '(?:get )?short url',
  String.raw`like loading\.*`,
  'sharing is caring!?',
  String.raw`(?:\d[\d.,]*k?\s+)?shares?`,
  'odnoklassniki',
  'vkontakte',
  'read later',
  'copied',
  String.raw`click to (?:share on \w+|print|email(?: a link to a friend)?)(?: \(opens in new window\))?`,
  // A row of network names run together: "Facebook Twitter Google+ WhatsApp", "FacebookTwitterPinterestEmail".
  String.raw`${anyOf(NETWORKS)}(?:\s*${anyOf([...NETWORKS, 'print'])}){1,6}`,
]

/** A share bar's buttons, not "Share prices fell 3% on Monday." */
export const SOCIAL_BUTTONS: BoilerplatePattern = {
  rule: 'social-buttons',
  description: 'a share bar\'s buttons ("Facebook Twitter Email")',
  kind: 'social',
  maxLength: 160,
  pattern: new RegExp(`${SHARE_LABEL}|^${anyOf(BUTTON_WORDS)}$`, 'i'),
  examples: {
    match: [
      'Share this:',
      'Like this:',
      'X Share via',
      'Share this with Facebook',
      'Share All sharing options for: Pier repairs to close seafront road',
      'Teilen',
      'Partager',
      'Pinterest',
      'Flipboard',
      'Google+',
      'SMS',
      'E-mail this',
      'Print this page',
      'Get short URL',
      'Like Loading...',
      'Sharing is caring!',
      '858 SHARES',
      '1.2k shares',
      'Read later',
      'Copied',
      'Click to share on Twitter (Opens in new window)',
      'Click to email a link to a friend (Opens in new window)',
      'Facebook Twitter Google+ WhatsApp',
      'FacebookTwitterPinterestEmail',
      'facebook twitter print email',
    ],
    noMatch: ['Share prices fell 3% on Monday.', 'Like this, the plan would fail.', 'Facebook said on Monday.'],
  },
}
