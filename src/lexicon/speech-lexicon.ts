// What the quotes step needs to know of a language to tie a quotation to whoever said it. One file per
// language (speech-de.ts, speech-fr.ts, …) fills this in as plain lists of lower-case words; the quotes
// step (src/quotes/languages.ts) reads them. English keeps its own lists (speech-verbs.ts, titles.ts).

export interface SpeechLexicon {
  /** ISO 639-1 code, as the language step names it. */
  code: string
  /**
   * Cue verbs in the forms news copy uses (present, past, plural, participles of compound tenses), lower-case:
   * `"…", sagte Merkel` / `« … », a déclaré le ministre` / `– …, sier Hansen` / `dijo: «…»`.
   */
  verbs: readonly string[]
  /**
   * Verbs that only introduce quoted words that follow them in the same sentence, never a quote before them:
   * `a fustigé des «décisions mal préparées»`, `calificó de «…»`.
   */
  introducing?: readonly string[]
  /**
   * Separable verbs, as [verb form, particle]: the particle closes the clause. `»…«, räumt Gutierrez ein`
   * (de), `,,…'', liet hij weten` (nl), `– …, legger Ruud til` (no).
   */
  separable?: readonly (readonly [string, string])[]
  /** Auxiliaries of compound tenses, written before the participle: `a déclaré`, `ha dicho`, `ha detto`. */
  auxiliaries?: readonly string[]
  /** Words that name the source before it, like "according to": `laut Gutierrez`, `selon elle`, `según X`. */
  according: readonly string[]
  /** Words that name the source after it: `Gutierrez zufolge` (de), `Åbergin mukaan` (fi). */
  accordingAfter?: readonly string[]
  /**
   * Words that stand for a cue verb right after a quote and its comma: `"…", so Vossberg` (de),
   * `,,…'', aldus De Vries` (nl).
   */
  afterQuote?: readonly string[]
  /**
   * Sentence openers that make the name after them the source of the sentence's quotes:
   * `Pour la toxicologue, « … »`, `Para López, … “…”`. Only at the start of a sentence, with a comma after
   * the source.
   */
  forSource?: readonly string[]
  /** Third-person subject pronouns (he, she), resolved to an earlier speaker: `er`, `il`, `él`, `hän`. */
  pronouns: readonly string[]
  /**
   * Empty subjects an attribution opens with before naming its source after a preposition: Danish `lyder det
   * fra borgmesteren`, German `hieß es aus dem Ministerium`.
   */
  expletives?: readonly string[]
  /** Articles, possessives and demonstratives that open a description: `der`, `la`, `los`, `het`, `den`. */
  determiners: readonly string[]
  /**
   * Indefinite articles: a description opened by one names nobody, even before a capitalised name
   * ("ein Sprecher des Verbands Pro Bahn": Pro Bahn is the association).
   */
  indefinites?: readonly string[]
  /** Plural determiners: a description opened by one names a group ("gli attivisti"), not a person named before. */
  plurals?: readonly string[]
  /**
   * Job titles and roles that stand before a name or head a description, lower-case, singular and plural:
   * `ministre`, `Bundeskanzlerin`, `portavoz`, `syyttäjä`.
   */
  titles: readonly string[]
  /** Whether titles are written as the end of compound words: `Sportdirektorin`, `statsminister`. */
  compounds?: boolean
  /** Elided words written onto the next one with an apostrophe: `l’Anses`, `d’après`, `dell’emergenza`. */
  elisions?: readonly string[]
  /** Case endings a surname takes in running text, longest first: Finnish `Åbergin mukaan` (Åberg's). */
  nameEndings?: readonly string[]
  /** Honorifics kept with a name but not part of it: `Herr`, `M.`, `Sr.`. */
  honorifics?: readonly string[]
  /** Particles inside names: `de` (Charles de Gaulle), `del` (Rosario del Pilar), `van`, `von`. */
  particles: readonly string[]
  /**
   * Lower-case words that end a speaker phrase read after a cue verb: prepositions, conjunctions, relative
   * pronouns (`dijo Quiroga en una entrevista`, `sagt Vossberg vor dem Spiel`). Particles of names are not stops
   * between capitalised words.
   */
  stops: readonly string[]
  /** Relative pronouns: after a comma they stand for the phrase before it (`Laura Fuenzalida, quien afirmó`). */
  relatives: readonly string[]
  /** Conjunctions that open a clause: a subject may follow them (`und`, `et`, `que`, `og`). */
  conjunctions: readonly string[]
  /** Words between a cue verb and its subject that are stepped over: adverbs and time words (`también`, `auch`). */
  adverbs: readonly string[]
  /** Capitalised words that open a sentence without being part of a name: `Doch`, `Mais`, `Pero`, `Men`. */
  openers: readonly string[]
  /**
   * Words of organisations and places that are no person's name even when capitalised: `Universidad`,
   * `Ministerium`, `Gruppe`.
   */
  organisations?: readonly string[]
  /**
   * Nouns naming a work, a programme or a prize: capitalised words quoted after one are its title (`la película
   * «Roma»`).
   */
  works?: readonly string[]
  /**
   * Quotations opened by a dash at the start of a paragraph: `– Vi er klar, sier Hansen.` By convention in Nordic
   * copy ('always'); in some Spanish, French, Italian and Portuguese copy, read only when the paragraph names its
   * speaker with a cue ('attributed'); not a convention of the language ('never').
   */
  dashQuotes: 'always' | 'attributed' | 'never'
}

/** A list written as words separated by white space. */
export const words = (list: string): readonly string[] => list.split(/\s+/u).filter(Boolean)
