import type { Examples } from './examples.js'

// The headers and trailers of agency transmissions, as the formats lay them out (see ../shared/formats.md):
// ANPA-1312 (AP and others in the Americas), IPTC 7901 (dpa, ATS, Kyodo and European agencies),
// AAP's ZCZC copy with one-character tags, and tagged `XX#` feeds. Data only: the readers live in
// src/detect/wire-anpa.ts, wire-iptc.ts, wire-aap.ts; the fields they give in wire-fields.ts.

// ---------------------------------------------------------------- ANPA-1312

/**
 * The line SYN SYN SOH opens: a service-level letter, the 4-digit story number and, after US, a
 * selector code: "W2870 asian", "V4644 -----", "G7787 glbsm" — not "A380 jets grounded" (three digits, more words).
 */
export const ANPA_SERVICE_LINE = /^([A-Za-z])(\d{4})(?: \S{1,8})?$/

/** @examples read by test/lexicon-examples.test.ts */
export const ANPA_SERVICE_LINE_EXAMPLES: Examples = {
  match: ['W2870 asian', 'V4644 -----', 'G7787 glbsm', 'S1207'],
  noMatch: ['A380 jets grounded', 'W2870 asian news today', 'W287 asian'],
}

/** Priority letters of an ANPA header and their rank: flash, bulletin, urgent, regular, deferred. */
export const ANPA_PRIORITY_RANK: Readonly<Record<string, number>> = { f: 1, b: 2, u: 3, r: 4, d: 5 }

/** The header's date field: month and day, "11-13". */
export const ANPA_MONTH_DAY = /^\d{2}-\d{2}$/

/** @examples read by test/lexicon-examples.test.ts */
export const ANPA_MONTH_DAY_EXAMPLES: Examples = {
  match: ['11-13', '08-29'],
  noMatch: ['2024-08-29', '8-29', '11/13'],
}

/** The header's word count field: "1049". */
export const ANPA_WORD_COUNT = /^\d{1,5}$/

/** @examples read by test/lexicon-examples.test.ts */
export const ANPA_WORD_COUNT_EXAMPLES: Examples = {
  match: ['1049', '0590', '17'],
  noMatch: ['1,049', 'words', '123456'],
}

/**
 * A slug with its cycle prefix and, often, a desk code of two or three letters: "BC-LT--Bolivia-Mining Strike",
 * "BC-JPN--Court-Ruling",
 * "AP-Top-Farm-Headlines", "BC-10 Things to Know-Friday" — the slug is what follows them.
 * Not "BC Hydro" (no dash after the prefix).
 */
export const ANPA_SLUG_PREFIX = /^(?:BC|AM|PM|AP|Bc|Am|Pm)-(?:[A-Z]{2,3}--)?/

/** @examples read by test/lexicon-examples.test.ts */
export const ANPA_SLUG_PREFIX_EXAMPLES: Examples = {
  match: [
    'BC-LT--Bolivia-Mining Strike',
    'AP-Top-Farm-Headlines',
    'BC-10 Things to Know-Friday',
    'BC-JPN--Court-Ruling',
    'AM-Pony Home',
  ],
  noMatch: ['BC Hydro raises rates', 'ABC-News', 'Bcc-list'],
}

/**
 * Photo references among the `^` header lines: "AP Photo XNP101, XNP102", "AP Photos NY123" —
 * not "AP Photographer Jane Doe took the picture".
 */
export const PHOTO_REFERENCE = /^(?:[A-Z]{2,5} )?Photos? [A-Z]{1,4}\d{2,4}(?:, ?[A-Z]{1,4}\d{2,4})*\.?$/

/** @examples read by test/lexicon-examples.test.ts */
export const PHOTO_REFERENCE_EXAMPLES: Examples = {
  match: ['AP Photo XNP101, XNP102, XNP103', 'AP Photo HB102', 'AP Photos NY123'],
  noMatch: ['AP Photographer Jane Doe took the picture', 'Photo by Jane Doe', 'AP Photo'],
}

// ---------------------------------------------------------------- IPTC 7901

/**
 * The first field of a 7901 header: source letters and the message number, "eca047", "bsg031",
 * "ecq0012" — not "mp3" or "covid19" (the number must have two digits at least, and a header follows).
 */
export const IPTC_SOURCE = /^([a-z]{2,4})(\d{2,5})$/i
/** A 7901 priority: one digit, lower more urgent. */
export const IPTC_PRIORITY = /^[1-8]$/
/** A 7901 category: up to three letters, "i" international, "s" sports, "ec" economy. */
export const IPTC_CATEGORY = /^[a-z]{1,3}$/i
/** The 7901 word count. */
export const IPTC_WORD_COUNT = /^\d{1,5}$/

/** @examples read by test/lexicon-examples.test.ts */
export const IPTC_WORD_COUNT_EXAMPLES: Examples = {
  match: ['186', '0312'],
  noMatch: ['186 words', 'ccccb'],
}

/** @examples read by test/lexicon-examples.test.ts */
export const IPTC_CATEGORY_EXAMPLES: Examples = {
  match: ['i', 'ec', 'POL'],
  noMatch: ['econ', '4', ''],
}

/** @examples read by test/lexicon-examples.test.ts */
export const IPTC_PRIORITY_EXAMPLES: Examples = {
  match: ['4', '1'],
  noMatch: ['0', '9', '44'],
}

/** @examples read by test/lexicon-examples.test.ts */
export const IPTC_SOURCE_EXAMPLES: Examples = {
  match: ['eca047', 'bsg031', 'ecq0012', 'AFP0123'],
  noMatch: ['covid19', 'e1', 'dpa'],
}

// ---------------------------------------------------------------- AAP (ZCZC … NNNN)

/**
 * One-character tags opening the header lines of AAP copy: "%A", "#Court: Marlow_BC2",
 * "$Bail curfew lifted for Qld teen", ":(MELBOURNE)", "&AAPIS\Marlowj", "*02000000", "@Vic".
 */
export const AAP_TAG = /^[%#$:&*@=+^]/
/** AAP category codes are one capital letter: "%A", "$J". */
export const AAP_CATEGORY = /^[A-Z]$/
/** The tag of the slug line. */
export const AAP_SLUG_TAG = '#'
/** The tags a headline line may carry, with words after it: "$Bail curfew lifted for Qld teen". */
export const AAP_HEADLINE_TAGS = '$^'

/** @examples read by test/lexicon-examples.test.ts */
export const AAP_CATEGORY_EXAMPLES: Examples = {
  match: ['A', 'J'],
  noMatch: ['MGD', 'a', ''],
}

/** @examples read by test/lexicon-examples.test.ts */
export const AAP_TAG_EXAMPLES: Examples = {
  match: [
    '%A',
    '#Court: Marlow_BC2',
    '$Bail curfew lifted for Qld teen',
    ':(MELBOURNE)',
    '&AAPIS\\Marlowj',
    '*02000000',
    '@Vic',
  ],
  noMatch: ['Bail curfew lifted for Qld teen', '(MELBOURNE)', 'A former suspect'],
}

/**
 * Feeds of tagged lines, `XX#value`: "KN#News Bites", "KY#ACNB Comnews BRN.AX", "TI#…", "TX#" —
 * not "C#" or "F#" (one letter) nor "#hashtag".
 */
export const FIELD_TAG = /^([A-Z]{2})#(.*)$/
/** What the tags of a tagged feed hold. */
export const FIELD_TAGS = {
  headline: 'TI',
  standfirst: 'AB',
  byline: 'BY',
  /** The text follows this tag's line. */
  text: 'TX',
  keywords: 'KY',
  sequence: 'AN',
  filed: 'PD',
} as const

/** @examples read by test/lexicon-examples.test.ts */
export const FIELD_TAG_EXAMPLES: Examples = {
  match: ['KY#ACNB Comnews BRN.AX', 'TX#', 'TI#BRN resumes port contract talks'],
  noMatch: ['C# is a language', '#hashtag', 'ky#lower case', 'ABC#three letters'],
}

// ---------------------------------------------------------------- bulletins

/**
 * A message identifier alone on a bulletin's first line, over the sender's name and region:
 * "IDN38100" (a weather service's product code) — not "COVID-19" (a dash) nor "A380" (one letter).
 */
export const BULLETIN_ID = /^[A-Z]{2,6}\d{3,8}$/

/** @examples read by test/lexicon-examples.test.ts */
export const BULLETIN_ID_EXAMPLES: Examples = {
  match: ['IDN38100', 'IDQ20885'],
  noMatch: ['COVID-19', 'A380', 'IDN38100 issued', 'Sydney'],
}

// ---------------------------------------------------------------- trailers and notes

/**
 * The filing time closing a 7901 story (after ETX): "091422 GMT Jun 09", "211259 Nov 18",
 * "091223 dec 18" — day, hour and minute, then the month and year. Not "091422 people were counted".
 */
export const FILING_TIME = /^\d{6}(?: [A-Z]{3})? [A-Za-z]{3} \d{2}$/

/** @examples read by test/lexicon-examples.test.ts */
export const FILING_TIME_EXAMPLES: Examples = {
  match: ['091422 GMT Jun 09', '211259 Nov 18', '091223 dec 18'],
  noMatch: ['091422 people were counted', 'Nov 13', '1311 GMT Nov 13'],
}

/**
 * An embargo: "EMBARGOED UNTIL 0001 GMT FRIDAY", "Embargoed until 10 a.m. EST", "Sperrfrist: 15.00 Uhr",
 * "Sperrfrist 10. März 12.00 Uhr MEZ" — what follows the word is the embargo.
 */
export const EMBARGO = /^(?:embargoed (?:until|for|till)|embargo(?:ed)?:|sperrfrist:?) (\S.*)$/i

/** @examples read by test/lexicon-examples.test.ts */
export const EMBARGO_EXAMPLES: Examples = {
  match: [
    'EMBARGOED UNTIL 0001 GMT FRIDAY',
    'Embargoed until 10 a.m. EST',
    'Sperrfrist: 15.00 Uhr',
    'Sperrfrist 10. März',
  ],
  noMatch: ['The embargo on oil was lifted.', 'Sperrfristen gelten', 'EMBARGOED'],
}

/**
 * A sign-off glued to a story's last words: "… said the ministry.==Kyodo", "… on Monday.=AFP" —
 * not "a == b" (no agency after it).
 */
export const GLUED_SIGNOFF = /={1,2} ?(?:Kyodo|KYODO|AFP|dpa|Reuters|AP|AAP|Xinhua|Yonhap)$/

/** @examples read by test/lexicon-examples.test.ts */
export const GLUED_SIGNOFF_EXAMPLES: Examples = {
  match: ['The utility said it would appeal the ruling.==Kyodo', 'on Monday.=AFP', 'ends here == Kyodo'],
  noMatch: ['a == b', 'Kyodo reported on Monday.', '==Kyodo News said'],
}

/**
 * A sign-off of agency and desk initials: "(SDA/sj)", "(SDA\/sj)" as sent, "(ats/jh/mk)", "AAP RTV",
 * "AAP cm/jkp" — not "(SDA)" alone, which a dateline holds, nor "AAP said".
 */
export const AGENCY_INITIALS = new RegExp(
  String.raw`^(?:\((?:SDA|ATS|sda|ats|APA|apa|ANSA|AFP|afp|AAP)(?: ?\\?\/ ?[a-z]{1,5}){1,4}\)|AAP(?: [A-Z]{2,4}` +
    String.raw`| [a-z]{2,4}(?:\/[a-z]{2,4}){1,3}))$`,
  '',
)

/** @examples read by test/lexicon-examples.test.ts */
export const AGENCY_INITIALS_EXAMPLES: Examples = {
  match: ['(SDA/sj)', '(SDA\\/sj)', '(ats/jh/mk)', 'AAP RTV', 'AAP cm/jkp'],
  noMatch: ['(SDA)', 'AAP said on Monday', '(ats afp)', 'AAP'],
}

// ---------------------------------------------------------------- dpa notebook

/**
 * The heading of dpa's notebook, which closes a story and is for editors only: "# dpa NOTEBOOK",
 * "# Notebook", "# dpa-Notizblock" — not "Notebook prices fell" (no "#").
 */
export const NOTEBOOK_HEADING = /^#{1,2} ?(?:dpa[ -])?(?:notebook|notizblock)$/i

/** @examples read by test/lexicon-examples.test.ts */
export const NOTEBOOK_HEADING_EXAMPLES: Examples = {
  match: ['# dpa NOTEBOOK', '# Notebook', '# dpa-Notizblock', '## Notebook'],
  noMatch: ['Notebook prices fell', '# Notebook computers', 'dpa NOTEBOOK'],
}

/**
 * The sentence opening the part of a notebook never to be published: "The following information
 * is not for publication", "… is not intended for publication", "Die folgenden Informationen sind
 * nicht zur Veröffentlichung bestimmt" — not "The report is not for publication until Monday" (a story's words).
 */
export const NOT_FOR_PUBLICATION = new RegExp(
  String.raw`^(?:the following information is not (?:intended )?for publication` +
    String.raw`|die folgenden informationen sind nicht (?:zur|für die) ver(?:ö|oe)ffentlichung)\b`,
  'i',
)

/** @examples read by test/lexicon-examples.test.ts */
export const NOT_FOR_PUBLICATION_EXAMPLES: Examples = {
  match: [
    'The following information is not for publication',
    'The following information is not intended for publication',
    'Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt',
  ],
  noMatch: ['The report is not for publication until Monday.', 'Publication follows on Monday.'],
}

/** The divider above that sentence: "* * * *". */
export const NOTEBOOK_DIVIDER = /^\*(?: ?\*){2,}$/

/** @examples read by test/lexicon-examples.test.ts */
export const NOTEBOOK_DIVIDER_EXAMPLES: Examples = {
  match: ['* * * *', '****', '* * *'],
  noMatch: ['* item', '**bold**', '*'],
}

/**
 * A notebook section of contacts: "## dpa Contacts", "## Editorial contacts", "## dpa-Kontakte", "## Ansprechpartner".
 */
export const CONTACTS_HEADING = /^#{1,3} ?(?:\S+ )?(?:[\p{L}]+-)?(?:contacts?|kontakte?|ansprechpartner)$/iu

/** @examples read by test/lexicon-examples.test.ts */
export const CONTACTS_HEADING_EXAMPLES: Examples = {
  match: ['## dpa Contacts', '## Editorial contacts', '## Kontakte', '## dpa-Kontakte', '## Ansprechpartner'],
  noMatch: ['## Note to editors', 'Contacts were made on Monday', '## Internet links'],
}

/** A notebook section of notes to editors: "## Note to editors", "## Hinweis an die Redaktion". */
export const NOTES_HEADING = /^#{1,3} ?(?:notes? to editors|hinweise? an die redaktion|redaktionelle hinweise?)$/i

/** @examples read by test/lexicon-examples.test.ts */
export const NOTES_HEADING_EXAMPLES: Examples = {
  match: ['## Note to editors', '## Notes to editors', '## Hinweis an die Redaktion'],
  noMatch: ['## dpa Contacts', 'Note to editors: see below', '## Editors'],
}
