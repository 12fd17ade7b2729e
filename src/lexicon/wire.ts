import type { BoilerplateKind } from '../model/article.js'

// Lines agencies add around a story: flags, slugs, sign-offs, trailers, end
// marks and notes to editors. Each pattern is matched against one whole
// block (lines joined, whitespace tidied); data only, the steps live in
// src/detect/wire-header.ts and src/detect/wire-trailer.ts.

export interface WirePattern {
  rule: string
  kind: BoilerplateKind
  pattern: RegExp
  /** Longest block (in characters) the pattern may claim. */
  maxLength: number
  /**
   * A quicker test every block the pattern matches passes, tried first: `pattern` scans the whole
   * block from every word, and the story's last block (nearly always prose) is tried against it.
   */
  mayMatch?: RegExp
}

/** The agency sign-off on its own line: " Reuter", "REUTER", "AFP" — not "Reuters said on Monday." */
export const SIGNOFF = /^(?:reuters?|afp|dpa|ap|upi|pa|xinhua|ansa|efe|kyodo)\.?$/i

/**
 * End marks: "-30-", "-0-" (a PR wire's), "###", "# # #", "ENDS", "(END)", "END", "XXX", "NNNN", "(MORE)", "=END=" —
 * not "The end of an era." nor "xxx" in a sentence.
 */
export const END_MARK =
  /^(?:[-–—]\s*(?:30|0)\s*[-–—]|#(?:\s*#){2,}|\(?(?:ENDS?|END OF (?:STORY|TEXT)|MORE|OFFNEWS)\)?|\(\s*(?:ends?|more)\s*\)|=+\s*ENDE?\s*=*|X{3,}|N{4}|ZCZC\b.*|-{0,2}\s*ends?\s*-{0,2})\.?$/

// Flags that go on their own line above (or instead of) a headline, as agencies send them.
// A flag line is made of these words only (with numbers and ordinals): "URGENT", "BULLETIN",
// "REFILE", "CORRECTED", "1ST LEAD", "UPDATE 2", "EILT" — not "Urgent talks on Gaza"
// (sentence case, and "talks" is no flag word). Checked word by word in wire-header.ts.
export const FLAG_WORDS: readonly string[] = [
  'URGENT',
  'BULLETIN',
  'FLASH',
  'NEWSALERT',
  'ALERT',
  'REFILE',
  'RPT',
  'REPEAT',
  'CORRECTED',
  'CORRECTION',
  'CORRECTS',
  'CLARIFICATION',
  'ADVISORY',
  'ADVANCE',
  'EMBARGOED',
  'WRITETHRU',
  'EILT',
  'EILMELDUNG',
  'EXTRA',
  'SPERRFRIST',
  'KORREKTUR',
  'BLITZ',
  'LEAD',
  'LD',
  'ADD',
  'UPDATE',
  'WRAPUP',
  'INSIGHT',
  'ANALYSIS',
  'FEATURE',
  'FACTBOX',
  'TIMELINE',
  'PRIORITY',
  'TOPNEWS',
  'SPOT',
]
/** Words that may stand in a flag line but never make one alone: "NEW LEAD", "1ST LEAD", "NEWS ALERT". */
export const FLAG_HELPERS: readonly string[] = ['NEW', 'NEWS', 'FIRST', 'SECOND', 'THIRD', 'FOURTH', 'FIFTH', 'WITH']

// Slug and header lines of ANPA-1312 and IPTC 7901 transmissions:
// "^BC-US--Giant Lobster Death, 1st Ld-Writethru,0420<", "BC-US--Giant Lobster Death, 1st Ld-Writethru",
// "a0234 4 a AM-Lobster Death 04-29 0420", "a0001 BC-One", "ZCZC AFP0123 4 POL /AFP-PM13", "bdt0123 4 pl 198 dpa 0231",
// "AFP0456 4 POL 0312 AFP /AFP-BT34" — not "BC Hydro raised rates on Monday." (no dash right after the prefix)
// nor "A380 jets grounded" (one letter, no priority digit).
export const SLUG =
  /^(?:\^.*<?|[a-z]?\s?[a-z]\s+(?:BC|AM|PM)-\S.*|(?:BC|AM|PM|Am|Pm|Bc)-[\p{L}\p{N}$&'.,/ -]+|[a-z]{1,4}\d{3,5}(?: .*)?|[A-Z]{2,4}\d{3,5} \d \S.*|ZCZC.*)$/u

// dpa's keyword line: "Deutschland/Frankreich/Politik/", "Brazil/Elections/" — not "and/or" in a sentence.
export const KEYWORD_LINE = /^[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,40}(?:\/[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,40}){0,8}\/$/u

// A dpa headline marked by a closing " =": "Merkel trifft Macron in Paris =" — not "a = b".
export const EQUALS_MARK = ' ='

// Notes to editors. "Eds: UPDATES with quotes", "EDITOR'S NOTE — This story …", "Editors' note:",
// "Hinweis an die Redaktion: …", "Not for publication", dpa's "Achtung Redaktion" —
// not "The editor's note was read aloud", nor a menu item "Editor's Note" (no colon, dash or words after it).
export const EDITOR_NOTE =
  /^(?:eds?\s*:|editors?['’]?s?\s+note\s*[:—–-]|editors?['’]?s?\s+note\s+\p{Ll}|note to editors\b|attention editors\b|hinweis an die redaktion\b|achtung,?\s+redaktion\b|redaktioneller hinweis\b|nicht zur ver(?:ö|oe)ffentlichung\b|not for publication\b|\(?\s*for (?:your )?information[,]? not for publication\b|embargoed (?:until|for)\b|sperrfrist\b)/iu

/** Trailers, sign-offs and end marks at the foot of a story, strongest evidence first. */
export const TRAILER_PATTERNS: readonly WirePattern[] = [
  // " Reuter", "REUTER", "AFP" on their own line.
  { rule: 'wire-signoff', kind: 'signoff', maxLength: 20, pattern: SIGNOFF },
  // "-30-", "###", "(END)", "ENDS", "XXX", "NNNN"
  { rule: 'wire-endmark', kind: 'endmark', maxLength: 40, pattern: END_MARK },
  // "(Reporting by Jane Doe; Editing by John Roe)", "(Additional reporting by …)", "(Writing by …)",
  // "(Compiled by …)", "(Editing by …)" — not "(Reuters)" nor "(reporting from Kyiv)" inside a sentence.
  {
    rule: 'wire-reporting-credit',
    kind: 'trailer',
    maxLength: 400,
    pattern:
      /^\(?\s*(?:(?:additional\s+)?reporting|writing|compiled|editing|edited|research|translated|graphics?|production)\s+by\b.*\)?$|^\(\s*(?:with\s+)?(?:additional\s+)?reporting\b.*\)$/i,
  },
  // "Compiled by Jane Doe for the Berlin desk", "Reporting by Jane Doe in London"
  // "Associated Press writer John Roe in Atlanta contributed to this report." / "AP writers A and B contributed."
  {
    rule: 'wire-contributed',
    kind: 'trailer',
    maxLength: 400,
    // Every alternative holds "contributed" or "contributing".
    mayMatch: /contribut/i,
    pattern:
      /^(?:(?:the )?(?:associated press|ap|reuters|afp)\b[^.]{0,200}\bcontributed\b[^.]{0,200}\.?|contributing(?: to this report)? ?:.{0,300}|[^.]{0,200}\bcontributed (?:to )?(?:this )?report(?:ing)?\b[^.]{0,200}\.?)$/i,
  },
  // "___" rule above a trailer.
  { rule: 'wire-rule', kind: 'trailer', maxLength: 80, pattern: /^[_=*~]{3,}$/ },
  // "Copyright 2024 The Associated Press. All rights reserved. This material may not be published …",
  // "(c) 2024 AFP", "© dpa-infocom" — not "copyright law was changed" inside a sentence.
  {
    rule: 'wire-copyright',
    kind: 'copyright',
    maxLength: 400,
    // Each alternative opens with "©", "(c)", "copyright" or "this material", or holds "rights reserved".
    mayMatch: /^(?:©|\(c\)|copyright|this material)|rights reserved/i,
    pattern:
      /^(?:©|\(c\)\s|copyright\b).*|^.*\ball rights reserved\b.*|^this material may not be (?:published|broadcast|rewritten|redistributed)\b.*$/i,
  },
  // dpa initials lines: "dpa gh yyzz n1 ms", "dpa-AFX ab/jh", "kt/xx", "AFP jm/as/ds" — not "dpa said on Monday".
  {
    rule: 'wire-initials',
    kind: 'signoff',
    maxLength: 60,
    pattern:
      /^(?:(?:dpa|afp|dpa-afx|apa|sda|kna|epd)(?:\s+[a-z0-9]{1,5}){1,6}|(?:(?:dpa|afp|dpa-afx)\s+)?[a-z]{2,4}(?:\s?\/\s?[a-z]{2,4}){1,5}(?:\s+\d{6})?)$/,
  },
  // The ANPA transmission stamp closing a story: "AP-NY-04-29-87 1542EDT<", "AP-WS-11-29-23 0912EST" —
  // not "AP-NORC poll" (no date and time).
  {
    rule: 'wire-timestamp',
    kind: 'endmark',
    maxLength: 40,
    pattern: /^[A-Z]{2,4}-[A-Z]{2,3}-\d{2}-\d{2}-\d{2,4} \d{4}[A-Z]{3}<?$/,
  },
  // "Eds: …", "EDITOR'S NOTE …", "Hinweis an die Redaktion: …"
  { rule: 'wire-editor-note', kind: 'editor-note', maxLength: 600, pattern: EDITOR_NOTE },
]

/** Agency signature of a PR wire: "/PRNewswire/", "/PRNewswire-FirstCall/", "/CNW/" — inside a dateline. */
// No `\s*` before the closing slash: `[\w -]*` already takes the spaces, and the overlap made the search quadratic on long runs of spaces (recheck); trim the capture.
export const RELEASE_SOURCE =
  /\/\s*((?:PR\s?Newswire|Business\s?Wire|GLOBE\s?NEWSWIRE|CNW|Marketwired|EPR Network|PRWeb)[\w -]*)\//i

/** A release footer line: "SOURCE Acme Corp", "Media contact: Jane Doe, 555-0100" — not "Sources said …". */
export const RELEASE_FOOTER = /^(?:SOURCE\s+\S.*|(?:[Mm]edia\s+|[Pp]ress\s+)?[Cc]ontacts?\s*:.*)$/
