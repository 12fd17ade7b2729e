import type { BoilerplateKind } from '../model/article.js'
import type { Examples } from './examples.js'
import { anyOf } from './pattern-parts.js'

// Lines agencies add around a story: flags, slugs, sign-offs, trailers, end
// marks and notes to editors. Each pattern is matched against one whole
// block (lines joined, whitespace tidied); data only, the steps live in
// src/detect/wire-header.ts and src/detect/wire-trailer.ts.

export interface WirePattern {
  rule: string
  /** What the pattern takes, in one line (`article-parse explain --rules`). */
  description: string
  kind: BoilerplateKind
  pattern: RegExp
  /** Longest block (in characters) the pattern may claim. */
  maxLength: number
  examples: Examples
}

/** The agency sign-off on its own line. */
export const SIGNOFF = /^(?:reuters?|afp|dpa|ap|upi|pa|xinhua|ansa|efe|kyodo)\.?$/i

/** @examples read by test/lexicon-examples.test.ts */
export const SIGNOFF_EXAMPLES: Examples = {
  match: ['Reuter', 'REUTER', 'reuters.', 'AFP', 'dpa', 'AP', 'UPI', 'Xinhua', 'Kyodo'],
  noMatch: ['Reuters said on Monday.', 'APA', 'Reuter Hall'],
}

const END_MARKS = [
  // "-30-", and a PR wire's "-0-".
  String.raw`[-–—]\s*(?:30|0)\s*[-–—]`,
  String.raw`#(?:\s*#){2,}`,
  String.raw`\(?(?:ENDS?|END OF (?:STORY|TEXT)|MORE|OFFNEWS)\)?`,
  String.raw`\(\s*(?:ends?|more)\s*\)`,
  String.raw`=+\s*ENDE?\s*=*`,
  'X{3,}',
  'N{4}',
  String.raw`ZCZC\b.*`,
  String.raw`-{0,2}\s*ends?\s*-{0,2}`,
]

/** The mark that ends a story: "-30-", "-0-", "###", "ENDS", "(MORE)". Case matters: "xxx" in a sentence is none. */
export const END_MARK = new RegExp(String.raw`^${anyOf(END_MARKS)}\.?$`)

/** @examples read by test/lexicon-examples.test.ts */
export const END_MARK_EXAMPLES: Examples = {
  match: [
    '-30-',
    '– 30 –',
    '-0-',
    '###',
    '# # #',
    'ENDS',
    '(END)',
    'END',
    'END OF STORY',
    'MORE',
    '(MORE)',
    'OFFNEWS',
    '(ends)',
    '( more )',
    '=END=',
    '== ENDE ==',
    'XXX',
    'NNNN',
    'ZCZC AFP0123',
    'ends',
    '-- ends --',
    'END.',
  ],
  noMatch: ['The end of an era.', 'xxx', 'Ends and means were debated.', 'More rain is due.', '#1'],
}

/**
 * Flags that go on their own line above (or instead of) a headline, as agencies send them.
 * A flag line is made of these words only (with numbers and ordinals): "URGENT", "BULLETIN",
 * "REFILE", "CORRECTED", "1ST LEAD", "UPDATE 2", "EILT" — not "Urgent talks on Gaza"
 * (sentence case, and "talks" is no flag word). Checked word by word in wire-header.ts.
 */
export const FLAG_WORDS: readonly string[] = [
  ...'URGENT BULLETIN FLASH NEWSALERT ALERT REFILE RPT REPEAT'.split(' '),
  ...'CORRECTED CORRECTION CORRECTS CLARIFICATION ADVISORY ADVANCE EMBARGOED WRITETHRU'.split(' '),
  // German: "urgent", "news flash", "special", "embargo", "correction", "flash".
  ...'EILT EILMELDUNG EXTRA SPERRFRIST KORREKTUR BLITZ'.split(' '),
  ...'LEAD LD ADD UPDATE WRAPUP INSIGHT ANALYSIS FEATURE FACTBOX TIMELINE PRIORITY TOPNEWS SPOT'.split(' '),
]
/** Words that may stand in a flag line but never make one alone: "NEW LEAD", "1ST LEAD", "NEWS ALERT". */
export const FLAG_HELPERS: readonly string[] = ['NEW', 'NEWS', 'FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'WITH']

const SLUGS = [
  // The ANPA slug line between "^" and "<".
  String.raw`\^.*<?`,
  // A selector, a priority and a category before it: "a0234 4 a AM-Pony Home 04-29 0420".
  String.raw`[a-z]?\s?[a-z]\s+(?:BC|AM|PM)-\S.*`,
  // The slug itself: "BC-US--Rescued Pony Home, 1st Ld-Writethru".
  String.raw`(?:BC|AM|PM|Am|Pm|Bc)-[\p{L}\p{N}$&'.,/ -]+`,
  // IPTC 7901 and dpa headers: "a0001 BC-One", "bdt0123 4 pl 198 dpa 0231", "AFP0456 4 POL 0312 AFP /AFP-BT34".
  String.raw`[a-z]{1,4}\d{3,5}(?: .*)?`,
  String.raw`[A-Z]{2,4}\d{3,5} \d \S.*`,
  'ZCZC.*',
]

/** Slug and header lines of ANPA-1312 and IPTC 7901 transmissions. */
export const SLUG = new RegExp(`^${anyOf(SLUGS)}$`, 'u')

/** @examples read by test/lexicon-examples.test.ts */
export const SLUG_EXAMPLES: Examples = {
  match: [
    '^BC-US--Rescued Pony Home, 1st Ld-Writethru,0420<',
    'BC-US--Rescued Pony Home, 1st Ld-Writethru',
    'a0234 4 a AM-Pony Home 04-29 0420',
    'a0001 BC-One',
    'ZCZC AFP0123 4 POL /AFP-PM13',
    'bdt0123 4 pl 198 dpa 0231',
    'AFP0456 4 POL 0312 AFP /AFP-BT34',
  ],
  // No dash right after the prefix; one letter and no priority digit.
  noMatch: ['BC Hydro raised rates on Monday.', 'A380 jets grounded'],
}

/** dpa's keyword line. */
export const KEYWORD_LINE = /^[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,40}(?:\/[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,40}){0,8}\/$/u

/** @examples read by test/lexicon-examples.test.ts */
export const KEYWORD_LINE_EXAMPLES: Examples = {
  match: ['Deutschland/Frankreich/Politik/', 'Brazil/Elections/', 'Deutschland/Verkehr/Bahn/'],
  noMatch: ['and/or', 'He said yes and/or no.'],
}

/** A dpa headline marked by a closing " =": "Merkel trifft Macron in Paris =" — not "a = b". */
export const EQUALS_MARK = ' ='

const NOTE_LEADS = [
  String.raw`eds?\s*:`,
  String.raw`editors?['’]?s?\s+note\s*[:—–-]`,
  String.raw`editors?['’]?s?\s+note\s+\p{Ll}`,
  String.raw`note to editors\b`,
  String.raw`attention editors\b`,
  String.raw`hinweis an die redaktion\b`,
  String.raw`achtung,?\s+redaktion\b`,
  String.raw`redaktioneller hinweis\b`,
  String.raw`nicht zur ver(?:ö|oe)ffentlichung\b`,
  String.raw`not for publication\b`,
  String.raw`\(?\s*for (?:your )?information[,]? not for publication\b`,
  String.raw`embargoed (?:until|for)\b`,
  String.raw`sperrfrist\b`,
]

/**
 * A note to editors, in English or German. A menu item "Editor's Note" is none
 * (no colon, dash or words after it), nor "The editor's note was read aloud".
 */
export const EDITOR_NOTE = new RegExp(`^${anyOf(NOTE_LEADS)}`, 'iu')

/** @examples read by test/lexicon-examples.test.ts */
export const EDITOR_NOTE_EXAMPLES: Examples = {
  match: [
    'Eds: UPDATES with quotes',
    "EDITOR'S NOTE — This story contains language some readers may find offensive.",
    'Editors’ note: the figures were corrected.',
    'Editor’s note follows',
    'Note to editors: photos are available.',
    'Hinweis an die Redaktion: Zu diesem Thema erscheint eine Zusammenfassung.',
    'Achtung, Redaktion: Korrektur im zweiten Absatz.',
    'Nicht zur Veröffentlichung bestimmt',
    'Not for publication: this advisory is for editors only.',
    '(For your information, not for publication',
    'Embargoed until 0001 GMT',
    'Sperrfrist 12 Uhr',
  ],
  noMatch: ["Editor's Note", "The editor's note was read aloud", 'Editors met on Monday.'],
}

const CREDITED = [
  String.raw`(?:additional\s+)?reporting`,
  ...'writing compiled editing edited research translated graphics? production'.split(' '),
]
const REPORTING_CREDITS = [
  String.raw`^\(?\s*${anyOf(CREDITED)}\s+by\b.*\)?$`,
  String.raw`^\(\s*(?:with\s+)?(?:additional\s+)?reporting\b.*\)$`,
]
const CONTRIBUTED = [
  String.raw`(?:the )?(?:associated press|ap|reuters|afp)\b[^.]{0,200}\bcontributed\b[^.]{0,200}\.?`,
  'contributing(?: to this report)? ?:.{0,300}',
  String.raw`[^.]{0,200}\bcontributed (?:to )?(?:this )?report(?:ing)?\b[^.]{0,200}\.?`,
]
const COPYRIGHT = [
  String.raw`^(?:©|\(c\)\s|copyright\b).*`,
  String.raw`^.*\ball rights reserved\b.*`,
  String.raw`^this material may not be (?:published|broadcast|rewritten|redistributed)\b.*$`,
]
const INITIALS = [
  // An agency and its editors' initials: "dpa gh yyzz n1 ms".
  String.raw`(?:dpa|afp|dpa-afx|apa|sda|kna|epd)(?:\s+[a-z0-9]{1,5}){1,6}`,
  // Initials alone or after an agency: "kt/xx", "dpa-afx ab/jh".
  String.raw`(?:(?:dpa|afp|dpa-afx)\s+)?[a-z]{2,4}(?:\s?\/\s?[a-z]{2,4}){1,5}(?:\s+\d{6})?`,
]

/** Trailers, sign-offs and end marks at the foot of a story, strongest evidence first. */
export const TRAILER_PATTERNS: readonly WirePattern[] = [
  {
    rule: 'wire-signoff',
    description: 'an agency\'s sign-off alone on its line ("Reuter", "AFP"), taken anywhere',
    kind: 'signoff',
    maxLength: 20,
    pattern: SIGNOFF,
    examples: SIGNOFF_EXAMPLES,
  },
  {
    rule: 'wire-endmark',
    description: 'an end mark ("-30-", "-0-"), taken anywhere',
    kind: 'endmark',
    maxLength: 40,
    pattern: END_MARK,
    examples: END_MARK_EXAMPLES,
  },
  {
    rule: 'wire-reporting-credit',
    description: 'a reporting credit at the foot ("(Reporting by …; Editing by …)")',
    kind: 'trailer',
    maxLength: 400,
    pattern: new RegExp(REPORTING_CREDITS.join('|'), 'i'),
    examples: {
      match: [
        '(Reporting by Jonathan Saul; Editing by Kirsten Donovan)',
        '(Additional reporting by Mei Mei Chu in Singapore)',
        '(Writing by Jane Doe; editing by John Roe)',
        'Compiled by Jane Doe for the Berlin desk',
        'Reporting by Jane Doe in London',
        '(With additional reporting from Kyiv)',
      ],
      noMatch: ['(Reuters)', 'Reporting from Kyiv, she found the city quiet.'],
    },
  },
  {
    rule: 'wire-contributed',
    description: 'a contributors\' line ("AP writer John Roe contributed to this report.")',
    kind: 'trailer',
    maxLength: 400,
    pattern: new RegExp(`^${anyOf(CONTRIBUTED)}$`, 'i'),
    examples: {
      match: [
        'Associated Press writer John Roe in Atlanta contributed to this report.',
        'AP writers Ann Lee in Boston and Bo Chan in Miami contributed.',
        'Contributing: Jane Doe',
        'contributing to this report: Jane Doe',
        'Jane Doe contributed reporting',
        'JANE DOE CONTRIBUTED TO THIS REPORT.',
      ],
      noMatch: ['He has contributed to the fund for years and said so.', 'Contributions rose. Reuters contributed.'],
    },
  },
  // The rule above a trailer: "___".
  {
    rule: 'wire-rule',
    description: 'a rule of underscores, equals signs or stars above a trailer ("___")',
    kind: 'trailer',
    maxLength: 80,
    pattern: /^[_=*~]{3,}$/,
    examples: { match: ['___', '====', '***'], noMatch: ['__', '_ _ _'] },
  },
  {
    rule: 'wire-copyright',
    description: 'a copyright or usage notice at the foot ("(c) 2025 AFP")',
    kind: 'copyright',
    maxLength: 400,
    pattern: new RegExp(COPYRIGHT.join('|'), 'i'),
    examples: {
      match: [
        'Copyright 2025 The Associated Press. All rights reserved. This material may not be published.',
        '(c) 2025 AFP',
        '© dpa-infocom GmbH',
        'COPYRIGHT 2024',
        'The Times. All Rights Reserved.',
        'This material may not be published, broadcast, rewritten or redistributed.',
      ],
      noMatch: ['The copyright law was changed on Monday.', 'This material may be reused, the agency said.'],
    },
  },
  {
    rule: 'wire-initials',
    description: 'the desk\'s initials closing the story ("dpa gh yyzz n1 ms", "kt/xx")',
    kind: 'signoff',
    maxLength: 60,
    pattern: new RegExp(`^${anyOf(INITIALS)}$`),
    examples: {
      match: ['dpa gh yyzz n1 ms', 'dpa as yyzz n1 kd', 'dpa-afx ab/jh', 'kt/xx', 'cd/jm/sbk'],
      noMatch: ['dpa said on Monday', 'Jane Roe/Reuters'],
    },
  },
  // The ANPA transmission stamp closing a story, a date and a time: not "AP-NORC poll".
  {
    rule: 'wire-timestamp',
    description: 'the ANPA transmission stamp closing a story ("AP-NY-04-29-87 1542EDT<")',
    kind: 'endmark',
    maxLength: 40,
    pattern: /^[A-Z]{2,4}-[A-Z]{2,3}-\d{2}-\d{2}-\d{2,4} \d{4}[A-Z]{3}<?$/,
    examples: {
      match: ['AP-NY-04-29-87 1542EDT<', 'AP-WS-11-29-23 0912EST'],
      noMatch: ['AP-NORC poll finds trust in news low'],
    },
  },
  {
    rule: 'wire-editor-note',
    description: 'a note to editors ("Eds: …", "Editor\'s note: …")',
    kind: 'editor-note',
    maxLength: 600,
    pattern: EDITOR_NOTE,
    examples: EDITOR_NOTE_EXAMPLES,
  },
]

/** A release footer line: "SOURCE Acme Corp", "Media contact: Jane Doe, 555-0100". */
export const RELEASE_FOOTER = /^(?:SOURCE\s+\S.*|(?:[Mm]edia\s+|[Pp]ress\s+)?[Cc]ontacts?\s*:.*)$/

/** @examples read by test/lexicon-examples.test.ts */
export const RELEASE_FOOTER_EXAMPLES: Examples = {
  match: ['SOURCE Northwind Robotics', 'Media contact: Dana Lee, +1 212 555 0100', 'Contacts: press office'],
  noMatch: ['Sources said the deal was close.', 'Contact with the crew was lost.'],
}
