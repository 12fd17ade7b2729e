// Job titles and honorifics that stand before a name, so that the speaker can be split from the role:
// "Armenian Foreign Minister Ararat Mirzoyan" → role "Armenian Foreign Minister", speaker "Ararat Mirzoyan".
// Lower-case, without the trailing dot; matched per word.

/** Words that end a title: the name begins after the last of them. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'minister', 'secretary', 'senator', 'sen', 'sens', 'rep', 'reps', 'representative', 'congressman', 'congresswoman',
  'governor', 'gov', 'lt', 'mayor', 'chairman', 'chairwoman', 'chair', 'director', 'spokesman', 'spokeswoman', 'spokesperson',
  'ceo', 'cfo', 'coo', 'chief', 'executive', 'judge', 'justice', 'general', 'gen', 'col', 'colonel', 'maj', 'major', 'capt', 'captain',
  'adm', 'admiral', 'sgt', 'sergeant', 'lieutenant', 'commander', 'cmdr', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'pope', 'king', 'queen', 'prince', 'princess', 'sheikh', 'ambassador', 'envoy', 'commissioner', 'chancellor', 'leader', 'speaker',
  'premier', 'attorney', 'prosecutor', 'sheriff', 'officer', 'manager', 'coach', 'boss', 'founder', 'analyst', 'economist', 'head',
  'candidate', 'nominee', 'hopeful', 'mogul', 'magnate', 'rev', 'reverend', 'father', 'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal',
  'chairperson', 'president-elect', 'deputy', 'assistant', 'superintendent', 'inspector', 'detective', 'constable', 'superstar', 'star',
  'actor', 'actress', 'singer', 'rapper', 'author', 'writer', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward',
  'chef', 'partner', 'trustee', 'adviser', 'advisor', 'strategist', 'pollster', 'aide', 'lawmaker', 'legislator', 'delegate', 'mp', 'mep',
  'councillor', 'councilman', 'councilwoman', 'treasurer', 'comptroller', 'auditor', 'editor', 'publisher', 'anchor', 'host', 'producer',
  'front-runner', 'frontrunner', 'challenger', 'incumbent', 'contender', 'surrogate', 'official', 'investor', 'billionaire', 'businessman', 'businesswoman', 'entrepreneur', 'activist', 'campaigner', 'lawyer', 'attorney-general',
])

/** Honorifics: kept with the name when it is all we have ("Mr. Mitchell"), dropped when matching names. */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'messrs', 'mme', 'm'])

/** Pronouns that can be the subject of a cue verb; resolved to an earlier name. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she'])
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we', 'i', 'it', 'you', 'who', 'which', 'this', 'that', 'one', 'some', 'others', 'many', 'both', 'everyone', 'someone', 'nobody', 'somebody', 'me', 'us', 'him', 'them', 'reporters', 'journalists'])

/** Words between a subject and its cue verb that we step over: "X also said", "X has long argued", "X went on to say". */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'also', 'then', 'later', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'would', 'will', 'did', 'does', 'do', 'could', 'can', 'should',
  'may', 'might', 'must', 'further', 'once', 'again', 'often', 'long', 'never', 'not', 'still', 'even', 'just', 'already', 'first', 'last',
  'to', 'on', 'goes', 'went', 'go', 'gone', 'going', 'continued', 'continues', 'been', 'being', 'be', 'all', 'both', 'had', 'only', 'ever',
  'once', 'too', 'previously', 'instead', 'now', 'since', 'recently', 'quickly', 'then', 'soon', 'immediately', 'later', 'who',
])

/** Lower-case words that end a speaker phrase after a cue verb: "said Smith in a statement", "said Jones on Sunday". */
export const PHRASE_STOPS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'during', 'after', 'before', 'when', 'while', 'as', 'who', 'which', 'that', 'because', 'but', 'and', 'from',
  'with', 'last', 'yesterday', 'today', 'tonight', 'this', 'earlier', 'later', 'adding', 'noting', 'told', 'via', 'about', 'where',
  'although', 'though', 'since', 'if', 'than', 'recently', 'of', 'for', 'previously', 'also', 'said', 'says', 'told', 'speaking', 'according', 'by',
])

/** Determiners that open a descriptive speaker phrase: "a Fifa spokesman", "the company", "his lawyer". */
export const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'one', 'another', 'some', 'our', 'my', 'two', 'three', 'several'])

/** Capitalised words that open a sentence without being part of a name: "Then Smith said", "But he added". */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['or', 'nor', 'those', 'these', 'such', 'the', 'then', 'but', 'and', 'so', 'also', 'meanwhile', 'however', 'still', 'yet', 'now', 'later', 'earlier', 'when', 'while', 'after', 'in', 'on', 'at', 'for', 'as', 'if', 'despite', 'asked', 'speaking', 'instead', 'since', 'last', 'this', 'that', 'there', 'here', 'what', 'a', 'an', 'previously', 'separately', 'finally', 'indeed', 'afterward', 'afterwards', 'today', 'yesterday'])
