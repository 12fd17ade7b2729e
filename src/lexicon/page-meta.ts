import type { Examples } from './examples.js'
import { anyOf } from './pattern-parts.js'

// Lines of a web page's byline/date cluster and other lines that sit near a
// headline but never are one. Data for src/detect/headline.ts; each pattern
// is tested against one whole block.

const JOBS = ['writer', 'correspondent', 'editor', 'reporter', 'columnist', 'contributor']
const NAME = String.raw`\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){1,3}`

/**
 * A name, a comma and a newsroom job. (Under the `i` flag `\p{Lu}` takes any
 * letter: the name's capitals go unchecked, and "Storm hits coast, says
 * weather writer" matches too.)
 */
export const NAME_WITH_JOB = new RegExp(String.raw`^${NAME},\s[\p{L} ]{0,40}\b${anyOf([...JOBS, 'staff'])}$`, 'iu')

/** @examples read by test/lexicon-examples.test.ts */
export const NAME_WITH_JOB_EXAMPLES: Examples = {
  match: ['Ruth Barnes, AP National Security Writer', 'Jane Roe, Staff Reporter', 'Jane Roe, staff'],
  noMatch: ['Jane Roe, who quit as editor in May', 'Jane Roe, AP'],
}

const BYLINED = ['posted', 'written', 'published', 'words', 'story', 'tested', 'reviewed', 'analysis', 'opinion']

/** Who wrote or took what: "Posted by …". Not "Posted letters reach island after 40 years" (no "by"). */
export const POSTED_BY = new RegExp(String.raw`^${anyOf([...BYLINED, 'commentary', 'photos?'])}\s+by\b`, 'i')

/** @examples read by test/lexicon-examples.test.ts */
export const POSTED_BY_EXAMPLES: Examples = {
  match: ['Posted by Vortex', 'Written by Ann Lee', 'Tested by: John Milbank', 'Analysis by Chris Calloway, CNN'],
  noMatch: ['Posted letters reach island after 40 years', 'Stories by the fire'],
}

/** A newsroom job alone, perhaps with a handle. The job closes the line: not "The new sports writer who quit". */
export const JOB_LINE = new RegExp(String.raw`^(?:[\p{L}-]+\s){0,2}${anyOf(JOBS)}(?:\s@\w+)?$`, 'iu')

/** @examples read by test/lexicon-examples.test.ts */
export const JOB_LINE_EXAMPLES: Examples = {
  match: ['News reporter @TomGillespie1', 'Senior political correspondent', 'EDITOR', 'Contributor'],
  noMatch: ['The new sports writer who quit after a week', 'Our chief political correspondent'],
}

/** A label over a byline or date, standing alone: not "Author wins prize". */
export const META_LABEL = /^(?:authors?|publish(?:ed)?(?: date)?|updated|posted|date|written by)\s?:$/i

/** @examples read by test/lexicon-examples.test.ts */
export const META_LABEL_EXAMPLES: Examples = {
  match: ['Author:', 'Authors:', 'Publish date:', 'Published date:', 'Updated:', 'Posted :', 'Written by:'],
  noMatch: ['Author wins prize', 'Updated: 5 May'],
}

/** A line that opens with a numeric date. A year alone is no date: not "2020 election: what the polls say". */
export const DATE_LEAD = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s|$)/

/** @examples read by test/lexicon-examples.test.ts */
export const DATE_LEAD_EXAMPLES: Examples = {
  match: ['21/06/2014 Tina Carver All, Books, News', '2016.12.01 by Lighthouse', '2019-11-18'],
  noMatch: ['2020 election: what the polls say', '3.5 million visitors'],
}

/** A clock time with its zone or "am/pm". The zone is in capitals: "6:30 on Monday" is no time stamp. */
export const CLOCK_TIME = /\b\d{1,2}:\d{2},?\s{0,2}(?:[aApP]\.?[mM]\b|\b[A-Z]{2,4}\b)/

/** @examples read by test/lexicon-examples.test.ts */
export const CLOCK_TIME_EXAMPLES: Examples = {
  match: ['4:02 pm', '11:42 EST', '11:42, UK', 'Posted at 9:15 a.m'],
  noMatch: ['6:30 on Monday', 'The score was 2:1 at half time'],
}

/** "5 min read", "3 minute read". */
export const READING_TIME = /\b\d+\s+min(?:ute)?s?\s+read\b/i

/** @examples read by test/lexicon-examples.test.ts */
export const READING_TIME_EXAMPLES: Examples = {
  match: ['5 min read', 'A 3 minute read', '10 mins read'],
  noMatch: ['Read for 5 minutes a day', 'minute read'],
}

/**
 * A player's or a photo's caption label run into its words. The label opens
 * the line and the caption follows: not "Media companies caption their videos".
 */
export const CAPTION_LEAD = /^(?:media|image|video) caption/i

/** @examples read by test/lexicon-examples.test.ts */
export const CAPTION_LEAD_EXAMPLES: Examples = {
  match: ['Media captionWho is the new harbour master?', 'Image caption The pier in 1920'],
  noMatch: ['Media companies caption their videos'],
}

/** A breadcrumb that ends in its separator. Not "Stocks rise > 2%" (no closing separator). */
export const BREADCRUMB_TAIL = /\s?[>›»]$/

/** @examples read by test/lexicon-examples.test.ts */
export const BREADCRUMB_TAIL_EXAMPLES: Examples = {
  match: ['Home » Column »', 'News › World ›', 'Sport>'],
  noMatch: ['Stocks rise > 2%', 'Home » Column'],
}

/**
 * A label before an author's name, in the languages we read, with or without a colon: "Written by", "Posted by",
 * "Words by", "Author:", "Autor:", "Auteur :", "Texte :", "Un texte de" (as Quebec's newsrooms credit), "Texto:",
 * "Testo di", "Tekst:", "Av", "投稿者", "作者：",
 * "记者", "筆者", "기자", "Автор:", Italian "di", Turkish "Yazar:", Indonesian "Oleh", Hungarian "Szerző:", Finnish
 * "Teksti:", Vietnamese "Tác giả:", Greek "Του"/"Της", Arabic "كتب:"/"بقلم", Hindi "लेखक:". Not "Written off by
 * the market" (the label is followed by the name alone).
 */
export const AUTHOR_LABELS =
  String.raw`(?:(?:posted|written|published|words|story|text|analysis|opinion|commentary|reviewed|tested` +
  String.raw`|interview)\s+by|authors?|autor(?:in|es|a)?|auteur(?:e|s)?|autore|(?:un )?texte?(?: de)?|texto` +
  String.raw`|testo(?:\s+di)?|di|tekst|av|af|redaktion|yazar|yazan|oleh|penulis|szerző|teksti|kirjoittaja` +
  String.raw`|tác giả|投稿者|作者|记者|記者|撰文|筆者|執筆者?|기자|автор|του|της|كتب|كتبت|بقلم|लेखक|מאת` +
  // A piece's kind before its writer: "Ein Kommentar von", "Eine Analyse von", "Une analyse de", "Un análisis de".
  String.raw`|eine?\s+(?:kommentar|analyse|gastbeitrag|glosse|reportage)\s+von` +
  String.raw`|une?\s+(?:analyse|chronique|tribune)\s+de` +
  String.raw`|un\s+(?:análisis|comentario|commento|editoriale)\s+(?:de|di)` +
  // The paper's own reporter: "Von unserem Korrespondenten", "Door onze redacteur", "Par notre envoyé spécial".
  String.raw`|(?:von|door|par|por|dal|from|by)\s+(?:unserem|unserer|onze|notre|nuestro|nuestra|nostro|nostra|our)` +
  String.raw`\s+[\p{L}-]+(?:\s+(?:spécial|spéciale|especial|speciale))?)`

/** @examples read by test/lexicon-examples.test.ts (a whole lower-case word, as the pattern is written) */
export const AUTHOR_LABELS_EXAMPLES: Examples = {
  match: [
    'written by',
    'posted  by',
    'author',
    'autorin',
    'auteure',
    'un texte de',
    'testo di',
    'av',
    '投稿者',
    '기자',
    'автор',
    'yazar',
    'oleh',
    'ein kommentar von',
    'von unserem korrespondenten',
    'par notre envoyé spécial',
    'بقلم',
  ],
  noMatch: ['written off by', 'authority', 'avenue', 'diario'],
}

/**
 * An author label opening a line, with its colon and the space after it. The label is a whole word: not
 * "Authority rules on fares", "Avery Lane", "After the storm".
 */
export const AUTHOR_LABEL = new RegExp(String.raw`^${AUTHOR_LABELS}(?![\p{Ll}\p{Lu}])(?:\s*[:：])?\s*`, 'iu')

/** @examples read by test/lexicon-examples.test.ts */
export const AUTHOR_LABEL_EXAMPLES: Examples = {
  match: [
    'Written by Jane Roe',
    'Autor: Hans Meier',
    'Auteur : Léa Martin',
    'Un texte de Léa Martin',
    'Av Kari Nord',
    '作者：王小明',
    '记者 李明',
    'di Marco Rossi',
    'Yazar: Ayşe Yılmaz',
    'كتب: محمد علي',
    'Door onze redacteur Jan de Vries',
    'Eine Analyse von Jana Rohr',
  ],
  noMatch: ['Authority rules on fares', 'Avery Lane', 'After the storm', 'Written off by the market'],
}

/**
 * A reading time's word: "5 min read", "3 minute read", "Lesedauer ca. 10 Minuten", "Temps de lecture : 4 min",
 * "Tempo de leitura: 3 minutos", "Tiempo de lectura: 5 min", "Tempo di lettura: 2 minuti", "Leestijd 3 minuten",
 * "Lesetid 4 min", "Время чтения 5 минут", "読了時間：約3分". Not a sentence: "Read the 5
 * minutes the judge took to
 * explain her ruling" has the word too (src/detect/meta-line.ts isReadingTime asks for six words at most).
 */
export const READING_WORDS = new RegExp(
  String.raw`(?<!\p{L})(?:read|reading|lesedauer|lesezeit|lecture|leitura|lectura|lettura|leestijd|lästid` +
    String.raw`|lesetid|læsetid|чтения)(?!\p{L})|読了|阅读`,
  'iu',
)

/** @examples read by test/lexicon-examples.test.ts */
export const READING_WORDS_EXAMPLES: Examples = {
  match: [
    '5 min read',
    'Lesedauer ca. 10 Minuten',
    'Temps de lecture : 4 min',
    'Время чтения 5 минут',
    '読了時間：約3分',
  ],
  noMatch: ['5 min', 'A ready meal', 'Spreading the word'],
}

/**
 * The minutes of a reading time, three digits at most: "5 min", "3 minute", "10 Minuten", "3 minutos", "5 минут",
 * "約3分".
 */
export const READING_MINUTES =
  /(?<!\d)\d{1,3}\s?(?:min(?:ute)?s?|minuten|minutos?|minuti|minuter|minutter|минут[аы]?|分)/iu

/** @examples read by test/lexicon-examples.test.ts */
export const READING_MINUTES_EXAMPLES: Examples = {
  match: ['5 min read', 'Lesedauer ca. 10 Minuten', 'Tempo de leitura: 3 minutos', '読了時間：約3分'],
  noMatch: ['A quick read', 'Read it in minutes'],
}

/** What a count beside a story counts: "19 Comments", "884 shares", "1.2k views", "12 Kommentare". Not "19 dead". */
export const COUNT_WORDS = new RegExp(
  String.raw`^(?:comments?|shares?|views?|likes?|reactions?|responses?|kommentare?|commentaires?|comentarios?` +
    String.raw`|commenti|reacties|comentários?|reacciones)$`,
  'i',
)

/** @examples read by test/lexicon-examples.test.ts */
export const COUNT_WORDS_EXAMPLES: Examples = {
  match: ['Comments', 'shares', 'views', 'Kommentare', 'commentaires', 'reacties'],
  noMatch: ['dead', 'commentators', 'viewers'],
}

/**
 * A line about the page it stands on, or what a click on it does: a control or a notice, never a headline or a dek
 * ("Give this article", "Listen to this article · 4 min", "Order Reprint of this Story", "Send this to a colleague
 * (opens in a new tab)", "Partagez via Courriel (Fenêtre modale)", "Note that this article, published in 2017, may be
 * out of date", "Diesen Artikel
 * teilen", "Partager cet article"), or a link on to the rest of the story ("Continue reading the main story", "Read
 * more", "Lire la suite"). A headline or a dek names its subject, not the page.
 */
export const PAGE_CONTROL = new RegExp(
  String.raw`\b(?:this (?:article|story|post|page|video|gift)|diese[nrs]? (?:Artikel|Beitrag|Seite)|cet article` +
    String.raw`|cette page|este (?:artículo|artigo)|esta (?:nota|página)|questo articolo)\b|\((?:opens|öffnet` +
    String.raw`|s['’]ouvre|se abre|(?:nouvelle )?fenêtre|new (?:window|tab))\b[^()]{0,40}\)$` +
    String.raw`|^(?:continue reading|keep reading|weiterlesen|lire la suite|seguir leyendo|continuar lendo` +
    String.raw`|continua a leggere)\b|^read (?:more|the (?:full|whole|rest of the) (?:story|article))\W*$`,
  'iu',
)

/** @examples read by test/lexicon-examples.test.ts */
export const PAGE_CONTROL_EXAMPLES: Examples = {
  match: [
    'Give this article',
    'Listen to this article · 4 min',
    'Order Reprint of this Story',
    'Send this to a colleague (opens in a new tab)',
    'Partagez via Courriel (Fenêtre modale)',
    'Alimentation(Nouvelle fenêtre)',
    'Notez que cet article date de 2019 et peut avoir vieilli.',
    'Diesen Artikel teilen',
    'Compartir esta nota',
    'Continue reading the main story',
    'Read more »',
    'Lire la suite',
  ],
  noMatch: [
    'This is what islanders think of the ferry',
    'Story time returns to the library',
    'Pier repairs to close seafront road',
    'The article that changed the law',
    'Read more books this year, doctors say',
    'Readers continue reading print papers, survey finds',
  ],
}
