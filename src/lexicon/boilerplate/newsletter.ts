import { anyOf } from '../pattern-parts.js'
import type { BoilerplatePattern } from './boilerplate-pattern.js'

// Sign-up boxes, subscription pleas and app promotions.

const SIGN_UP = String.raw`^(?:sign\s*up|subscribe|register)\b.{0,80}?\bnewsletters?\b`

/** "Sign up for our daily newsletter", "Subscribe to our newsletter …" */
export const NEWSLETTER_SIGNUP: BoilerplatePattern = {
  rule: 'newsletter-signup',
  description: 'an invitation to a newsletter ("Sign up for our daily newsletter")',
  kind: 'newsletter',
  maxLength: 220,
  pattern: new RegExp(String.raw`${SIGN_UP}|^get (?:our|the)\b.{0,60}\bnewsletter\b|^newsletter\b`, 'i'),
  examples: {
    match: [
      'Sign up for our daily newsletter',
      'Signup to the Morning Briefing newsletter',
      'Subscribe to our newsletters',
      'Register for our newsletter',
      'Get our free newsletter',
      'Newsletter',
    ],
    noMatch: ['Subscribers to the service fell by a third.', 'Registered voters can sign up online.'],
  },
}

/** "Download our app", "Get the … app" */
export const PROMO_APP: BoilerplatePattern = {
  rule: 'promo-app',
  description: 'a promotion of the site\'s app ("Download our app")',
  kind: 'promo',
  maxLength: 200,
  pattern: /^(?:download|get|install)\s+(?:our|the)\b.{0,40}?\bapp\b/i,
  examples: {
    match: ['Download our app', 'Get the Harbour Weekly app', 'Install the app for breaking news'],
    noMatch: ['Get the kettle on, he said.', 'Downloads of the app doubled in a year.'],
  },
}

const SUPPORT_US = [
  String.raw`subscribe(?:\s+(?:now|today|here))?`,
  'become a (?:member|subscriber|supporter)',
  'support (?:our|independent) journalism',
]

/** "Subscribe now", "Become a member" */
export const PROMO_SUBSCRIBE: BoilerplatePattern = {
  rule: 'promo-subscribe',
  description: 'a call to subscribe ("Subscribe now", "Become a member")',
  kind: 'promo',
  maxLength: 160,
  pattern: new RegExp(String.raw`^${anyOf(SUPPORT_US)}\b`, 'i'),
  examples: {
    match: [
      'Subscribe now',
      'Subscribe',
      'Become a member',
      'Become a supporter today',
      'Support independent journalism',
    ],
    noMatch: ['Subscribers complained about the price.', 'Supporters of the plan met on Monday.'],
  },
}

const FORM_FIELDS = [
  'join our newsletter',
  String.raw`get .{0,40}\b(?:in|delivered to) your inbox\b.*`,
  String.raw`e-?mail(?: address)? \(required\)`,
  'zip code',
  'privacy (?:policy|notice|overview)',
  'terms of (?:use|service)',
  String.raw`you(?:'ve| have) succe?s?sfully subscribed\b.*`,
]

/** A sign-up form's fields and notices: "Email (required)", "Privacy Policy". */
export const NEWSLETTER_FORM: BoilerplatePattern = {
  rule: 'newsletter-form',
  description:
    'a sign-up form\'s fields and notices, or a mailing list\'s name ("Email (required)", "Breaking News Emails")',
  kind: 'newsletter',
  maxLength: 120,
  pattern: new RegExp(`^${anyOf(FORM_FIELDS)}$`, 'i'),
  examples: {
    match: [
      'Join our newsletter',
      'Get the harbour briefing in your inbox daily',
      'Get Harbour Weekly delivered to your inbox',
      'E-mail address (required)',
      'Email (required)',
      'Zip Code',
      'Privacy Policy',
      'Privacy Overview',
      'Terms of Service',
      "You've successfully subscribed",
      'You have successfully subscribed. Thank you!',
    ],
    noMatch: ['Get ready for a cold week in your garden', 'The privacy policy was changed in May.'],
  },
}

/** The same rule for a list's name: "Breaking News Emails". */
export const NEWSLETTER_EMAILS: BoilerplatePattern = {
  rule: 'newsletter-form',
  description:
    'a sign-up form\'s fields and notices, or a mailing list\'s name ("Email (required)", "Breaking News Emails")',
  kind: 'newsletter',
  maxLength: 120,
  pattern: /^[\w ]{0,30}(?:news)?\s*e-?mails$/i,
  examples: {
    match: ['Breaking News Emails', 'Breaking News E-mails', 'Emails', 'Daily emails'],
    noMatch: ['He never answered her emails.', 'Officials traded hundreds of emails about the pier'],
  },
}
