import type { Examples } from './examples.js'
import { anyOf } from './pattern-parts.js'

// News agencies and wire services, as they sign bylines, datelines and sign-offs:
// "By Paul Majendie, Reuters", "Von Anna Schmidt, dpa", "ATLANTA (AP) _", "/PRNewswire/".
// Longer names first so "Associated Press" wins over "AP" inside it.
export const AGENCY_NAMES: readonly string[] = [
  'The Associated Press',
  'Associated Press',
  'Agence France-Presse',
  'Agence France Presse',
  'Deutsche Presse-Agentur',
  'Press Association',
  'PA Media',
  'The Canadian Press',
  'Canadian Press',
  'Australian Associated Press',
  'United Press International',
  'Press Trust of India',
  'Kyodo News',
  'Dow Jones',
  'Bloomberg News',
  'Bloomberg',
  'Reuters',
  'Reuter',
  'AFP',
  'AP',
  'dpa',
  'PA',
  'UPI',
  'AAP',
  'CP',
  'PTI',
  'IANS',
  'ANI',
  'ANSA',
  'EFE',
  'Xinhua',
  'Kyodo',
  'Yonhap',
  'TASS',
  'RIA Novosti',
  'Anadolu',
  'APA',
  'SDA',
  'ATS',
  'Keystone-SDA',
  'Belga',
  'MTI',
  'CTK',
  'ČTK',
  'PAP',
  'BTA',
  'HINA',
  'STA',
  'Tanjug',
  'Agerpres',
  'Ritzau',
  'NTB',
  'STT',
  'Interfax',
  'Antara',
  'Jiji',
  'KUNA',
  'MENA',
  'Europa Press',
  'Prensa Latina',
  'Notimex',
  'AGI',
  'ANP',
  'Lusa',
  'KNA',
  'epd',
  'dapd',
  'Bernama',
  'PRNewswire',
  'PR Newswire',
  'Business Wire',
  'GlobeNewswire',
]

/** One alternation of the names, longest first, escaped for a RegExp (spaces match any run of white space). */
export const AGENCY = `(?:${[...AGENCY_NAMES]
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|')})`

const ROLES = [
  '[Ww]riter',
  '[Cc]orrespondent',
  '[Rr]eporter',
  '[Ee]ditor',
  '[Cc]olumnist',
  '[Cc]ritic',
  '[Aa]nalyst',
  '[Ss]taff',
  '[Cc]ontributor',
  '[Pp]roducer',
  '[Bb]ureau [Cc]hief',
  '[Pp]hotographer',
  '[Cc]hief',
  '[Ss]pecial [Cc]orrespondent',
  // The same jobs in the languages of our bylines: "Von Anna Schmidt, Korrespondentin", "Иван Петров, корреспондент".
  '[Kk]orrespondent(?:in|en)?',
  '[Cc]orresponsal',
  '[Cc]orrespondant(?:e)?',
  '[Cc]orrispondente',
  '[Cc]orrespondente',
  '[Rr]edakteur(?:in)?',
  '[Rr]edacteur',
  '[Rr]edactora?',
  '[Pp]eriodista',
  '[Jj]ournaliste',
  '[Gg]iornalista',
  '[Jj]ornalista',
  '[Ee]nviad[oa] [Ee]special',
  '[Ee]nvoyée? [Ss]péciale?',
  '[Ii]nviat[oa]',
  '[Кк]орреспондент',
  '[Жж]урналист',
  '[Оо]бозреватель',
  // The newsroom itself after the names: "Por Ana Lima, da Redação", "Von Jana Rohr, der Redaktion".
  '(?:da|de la|der) (?:[Rr]edação|[Rr]edacción|[Rr]edaktion|rédaction)',
]

/**
 * Job titles printed under or after a byline: up to five capitalised words (or "of", "for", "and",
 * "the"), then a newsroom job.
 */
export const BYLINE_ROLE =
  String.raw`(?:(?:[\p{Lu}][\p{L}'’&-]*|of|for|and|the)\s+){0,5}${anyOf(ROLES)}s?` +
  // Where the job is held: "Correspondent in Nairobi", "Corresponsal en Berlín", "Correspondant à Rome".
  String.raw`(?:\s+(?:in|en|à|a|em|aus|из|в)\s+\p{Lu}[\p{L}-]+)?`

/** @examples read by test/lexicon-examples.test.ts */
export const BYLINE_ROLE_EXAMPLES: Examples = {
  match: [
    'AP Sports Writer',
    'Associated Press Writer',
    'Chief Political Correspondent',
    'Staff Reporter',
    'Editors',
    'Corresponsal en Berlín',
    'корреспондент',
    'da Redação',
  ],
  noMatch: ['Writer and director Jane Doe', 'the new sports writer'],
}

/** Introductions to a byline in the languages agencies file in: "By", "Von", "Par", "Por", "Door". */
export const BYLINE_LEAD = '(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)'

/** @examples read by test/lexicon-examples.test.ts */
export const BYLINE_LEAD_EXAMPLES: Examples = {
  match: ['By', 'by', 'BY', 'Von', 'par', 'Por', 'Door'],
  noMatch: ['bY', 'VON', 'Bye'],
}

/** Lower-case particles inside names: "Sofia de Santos", "Ursula von der Leyen", "Ahmed al-Sharaa". */
export const NAME_PARTICLES: readonly string[] =
  'de da del della der den di van von le la du dos das bin al el ten ter zu y e'.split(' ')

/** Capitalised words that open a sentence after "By" but are never a name: "By Monday …", "By March the …". */
export const NOT_NAMES: readonly string[] = [
  ...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
  ...'January February March April May June July August September October November December'.split(' '),
  ...'Then The This That Now Contrast Comparison Law Far All Some Most Early Late'.split(' '),
  ...'Noon Midnight Dawn Nightfall Tonight Today Tomorrow Yesterday Next Last Way Design Default Order'.split(' '),
  ...'Car Air Sea Road Rail Train Bus Phone Email Mail Hand Night Day'.split(' '),
  ...'It He She They We I You Its His Her Their Our My Your One Two Three Ten Mid End Year'.split(' '),
  ...'Summer Winter Spring Autumn Fall Christmas Easter'.split(' '),
]

/**
 * Words of NOT_NAMES that are given names too: after a lead and before a surname they open a name
 * ("By April Keane", "Von May Lindqvist"), where "By April" or "By Summer" alone is a sentence's start.
 */
/**
 * Letters after a name that are a degree or a licence, not an outlet's initials: "By Brenda Goodman, MA", "BY: Jane
 * Roe, MS, RDN".
 */
export const CREDENTIALS: readonly string[] = (
  'MA MS MSC MD DO RN RD RDN LD CDN MPH MBA JD DDS DMD DVM CPA CFA LPC LCSW NP PA PT OT BA BS BSC MFA MED EDD PSYD ' +
  'APRN CNM FACP FRCP FACS CSCS CPT LMFT MSW MSN BSN PHD'
).split(' ')

export const GIVEN_NAME_WORDS: readonly string[] = 'April May June August Summer Autumn Dawn'.split(' ')

/** @examples read by test/lexicon-examples.test.ts */
export const AGENCY_EXAMPLES: Examples = {
  match: ['Reuters', 'The Associated Press', 'Associated  Press', 'dpa', 'AFP', 'PR Newswire'],
  noMatch: ['Reuters News', 'the associated press', 'A.P.'],
}
