// Lines of a web page's byline/date cluster and other lines that sit near a
// headline but never are one. Data for src/detect/headline.ts; each pattern
// is tested against one whole block.

// "Robert Burns, AP National Security Writer", "Jane Roe, Staff Reporter" — a name, a comma, a newsroom job.
// Not "Storm hits coast, says weather writer": the line must open with the name alone.
export const NAME_WITH_JOB =
  /^\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){1,3},\s[\p{L} ]{0,40}\b(?:writer|correspondent|editor|reporter|columnist|contributor|staff)$/iu

// "Posted by Vortex", "Written by Ann Lee", "Tested by: John Milbank", "Analysis by Chris Cillizza, CNN".
// Not "Posted letters reach island after 40 years" (no "by").
export const POSTED_BY =
  /^(?:posted|written|published|words|story|tested|reviewed|analysis|opinion|commentary|photos?)\s+by\b/i

// A newsroom job alone, perhaps with a handle: "News reporter @TomGillespie1", "Senior political correspondent".
// Not "The new sports writer who quit after a week" (the job must close the line).
export const JOB_LINE =
  /^(?:[\p{L}-]+\s){0,2}(?:writer|correspondent|editor|reporter|columnist|contributor)(?:\s@\w+)?$/iu

// A label over a byline or date: "Author:", "Publish date:", "Updated:". Not "Author wins prize" (the label stands alone).
export const META_LABEL = /^(?:authors?|publish(?:ed)?(?: date)?|updated|posted|date|written by)\s?:$/i

// A line that opens with a numeric date: "21/06/2014 Tony Carter All, Books, News", "2016.12.01 by Lighthouse".
// Not "2020 election: what the polls say" (a year alone is no date).
export const DATE_LEAD = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s|$)/

// "4:02 pm", "11:42 EST", "11:42, UK".
// Case matters: the zone is in capitals, so "6:30 on Monday" is no time stamp.
export const CLOCK_TIME = /\b\d{1,2}:\d{2},?\s{0,2}(?:[aApP]\.?[mM]\b|\b[A-Z]{2,4}\b)/

// "5 min read", "3 minute read".
export const READING_TIME = /\b\d+\s+min(?:ute)?s?\s+read\b/i

// A player's or a photo's caption label run into its words: "Media captionWho is Julian Assange?", "Image caption The pier in 1920".
// Not "Media companies caption their videos" (the label opens the line and is followed by the caption).
export const CAPTION_LEAD = /^(?:media|image|video) caption/i

// A breadcrumb that ends in its separator: "Home » Column »", "News › World ›". Not "Stocks rise > 2%" (no closing separator).
export const BREADCRUMB_TAIL = /\s?[>›»]$/

// A label before an author's name, in the languages we read, with or without a colon: "Written by", "Posted by",
// "Words by", "Author:", "Autor:", "Auteur :", "Texte :", "Texto:", "Testo di", "Tekst:", "Av", "投稿者", "作者：",
// "记者", "筆者", "기자", "Автор:". Not "Written off by the market" (the label is followed by the name alone).
export const AUTHOR_LABELS = String.raw`(?:(?:posted|written|published|words|story|text|analysis|opinion|commentary|reviewed|tested|interview)\s+by|authors?|autor(?:in|es|a)?|auteur(?:e|s)?|autore|texte?|texto|testo(?:\s+di)?|tekst|av|af|redaktion|投稿者|作者|记者|記者|撰文|筆者|執筆者?|기자|автор)`
/** An author label opening a line, with its colon and the space after it. */
export const AUTHOR_LABEL = new RegExp(String.raw`^${AUTHOR_LABELS}(?:\s*[:：])?\s*`, 'iu')

// "5 min read", "3 minute read", "Lesedauer ca. 10 Minuten", "Temps de lecture : 4 min", "Tempo de leitura: 3 minutos",
// "Tiempo de lectura: 5 min", "Tempo di lettura: 2 minuti", "Leestijd 3 minuten", "Lesetid 4 min", "Время чтения 5 минут",
// "読了時間：約3分". Not "Read the 5 minutes the judge took to explain her ruling" (a sentence: see isReadingTime).
export const READING_WORDS =
  /(?<!\p{L})(?:read|reading|lesedauer|lesezeit|lecture|leitura|lectura|lettura|leestijd|lästid|lesetid|læsetid|чтения)(?!\p{L})|読了|阅读/iu

// The minutes of a reading time: "5 min", "3 minute", "10 Minuten", "3 minutos", "2 minuti", "5 минут", "約3分".
export const READING_MINUTES = /\d+\s*(?:min(?:ute)?s?|minuten|minutos?|minuti|minuter|minutter|минут[аы]?|分)/iu

// What a count beside a story counts: "19 Comments", "884 shares", "1.2k views", "12 Kommentare", "3 commentaires".
// Not "19 dead in floods".
export const COUNT_WORDS =
  /^(?:comments?|shares?|views?|likes?|reactions?|responses?|kommentare?|commentaires?|comentarios?|commenti|reacties|comentários?|reacciones)$/i
