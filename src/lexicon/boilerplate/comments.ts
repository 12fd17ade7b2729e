import { anyOf } from '../pattern-parts.js'
import type { BoilerplatePattern } from './boilerplate-pattern.js'

// A comment box's buttons, counts and notices.

const CONTROLS = [
  String.raw`^\[?\s*(?:\d+\s+)?comments?(?:\s*\(\+?\d*\))?\s*\]?$`,
  '^(?:leave|post|add|write) a (?:comment|reply)$',
  String.raw`^(?:view|show|load|read|see|hide) (?:all |the )?(?:\d+ )?comments$`,
  '^reply$',
  String.raw`^(?:blog )?comments powered by \w+$`,
  '^(?:nessun|no) comment[io]?s?$',
  // A comment box's header, count and buttons where a page in another language writes them: "12 Kommentare",
  // "Commentaires (3)", "Deja un comentario", "Responder".
  String.raw`^\[?\s*(?:\d+\s+)?(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|commento` +
    String.raw`|reacties?|reactie|kommentarer|kommentit|комментари[йи]` +
    String.raw`|комментарий)(?:\s*\(\d*\))?\s*\]?$`,
  '^(?:schreibe?n? (?:sie )?einen kommentar|kommentar schreiben|laisser un commentaire' +
    '|laissez un commentaire|deja (?:un|tu) comentario|deixe (?:um|seu) comentário|lascia un commento' +
    '|laat een reactie achter|lämna en kommentar|legg igjen en kommentar' +
    '|оставить комментарий)$',
  '^(?:antworten|répondre|responder|rispondi|beantwoorden|reageer|svara|svar|ответить)$',
  '^(?:join|start) the (?:conversation|discussion)$',
]

/** A comment count or button: "2 comments", "Leave a Comment", "Reply" — not "He declined to comment." */
export const COMMENTS_CONTROL: BoilerplatePattern = {
  rule: 'comments-control',
  description: 'a comment count or button ("2 comments", "Leave a Comment", "Reply")',
  kind: 'other',
  maxLength: 80,
  pattern: new RegExp(CONTROLS.join('|'), 'i'),
  examples: {
    match: [
      '2 comments',
      'Comments',
      '[ 167 comments ]',
      'Comments (+)',
      'Leave a Comment',
      'Post a reply',
      'View Comments',
      'Read the comments',
      'See 3 comments',
      'Reply',
      'blog comments powered by Disqus',
      'Nessun commento',
      'No comments',
      '12 Kommentare',
      'Kommentare',
      'Commentaires (3)',
      '4 comentarios',
      'Comentários',
      'Commenti',
      '7 reacties',
      'Комментарии',
      'Schreibe einen Kommentar',
      'Laisser un commentaire',
      'Deja un comentario',
      'Deixe um comentário',
      'Lascia un commento',
      'Antworten',
      'Répondre',
      'Responder',
      'Join the Conversation',
    ],
    noMatch: [
      'He declined to comment.',
      'Comments from readers poured in.',
      'Kommentare aus dem Rathaus blieben aus.',
      'Responder a la crisis es urgente, dijo.',
      'Join the conversation about the pier at the town hall on Monday.',
    ],
  },
}

const FORM_NOTICES = [
  'save my name, email',
  'notify me (?:of|via)',
  'this site uses akismet',
  'your email address will not be published',
  'you must be logged in to post',
  'please log in using one of these methods',
  'you are commenting using your',
  // The same notices where a blog in another language prints them, and the form's note on its starred fields.
  'required fields are marked',
  '(?:o )?seu endereço de e-?mail n[ãa]o ser[áa] publicado',
  'deine e-?mail-adresse wird nicht veröffentlicht',
  'votre adresse (?:e-?mail|de messagerie) ne sera pas publiée',
  'tu dirección de correo electrónico no será publicada',
  'il tuo indirizzo (?:e-?mail|email) non sarà pubblicato',
  'je e-?mailadres wordt niet gepubliceerd',
  'din e-postadress kommer inte (?:att )?publiceras',
  'campos obrigatórios são marcados',
  'erforderliche felder sind (?:mit \\* )?markiert',
  'les champs obligatoires sont indiqués',
  'los campos obligatorios están marcados',
  'i campi obbligatori sono contrassegnati',
  // A blog's thread header, the post's title in quotes: "12 thoughts on “Crab apple jelly”", "3 Gedanken zu
  // „…“".
  String.raw`(?:\d+|one|two|three) (?:thoughts? on|responses? to|repl(?:y|ies) to|gedanken zu` +
    String.raw`|réflexions? (?:sur|au sujet de)|comentarios? (?:en|a|sobre)|pensamentos? sobre` +
    String.raw`|comentários? (?:em|sobre)|pensieri su|gedachten over) [“"„«‘'‚]`,
  // "Leave a Reply Cancel reply", as a reply form prints its title and the button beside it.
  String.raw`(?:leave a reply|deixe uma resposta|deja una respuesta|laisser un commentaire` +
    String.raw`|schreibe einen kommentar|lascia un commento|geef een reactie)(?:\s+(?:cancel reply` +
    String.raw`|cancelar (?:la )?(?:respuesta|resposta)|annuler la réponse|antworten abbrechen|annulla risposta` +
    String.raw`|reactie annuleren))?$`,
  'have your say$',
  "readers?(?:'|’)? comments$",
]

/**
 * A comment form's notices and spam-filter lines. "Comments are closed." stands alone:
 * not "Comments are closed to the public, the council said".
 */
export const COMMENTS_FORM: BoilerplatePattern = {
  rule: 'comments-form',
  description: 'a comment form\'s notices and spam-filter lines ("Comments are closed.")',
  kind: 'other',
  maxLength: 200,
  pattern: new RegExp(String.raw`^${anyOf(FORM_NOTICES)}|^(?:comments are closed|top rated comments)\.?$`, 'i'),
  examples: {
    match: [
      'Save my name, email, and website in this browser for the next time I comment.',
      'This site uses Akismet to reduce spam.',
      'Notify me of new posts by email.',
      'Your email address will not be published.',
      'You must be logged in to post a comment.',
      'Please log in using one of these methods to post your comment:',
      'You are commenting using your WordPress.com account. ( Log Out / Change )',
      'Comments are closed.',
      'Required fields are marked *',
      'Seu endereço de email nao sera publicado.',
      'Campos obrigatórios são marcados com *',
      'Deine E-Mail-Adresse wird nicht veröffentlicht.',
      'Votre adresse e-mail ne sera pas publiée.',
      '12 thoughts on “Crab apple jelly for beginners”',
      'One Response to “Pier repairs”',
      '3 Gedanken zu „Der Hafen im Winter“',
      'Leave a Reply Cancel reply',
      'Deixe uma resposta',
      'Deja una respuesta Cancelar la respuesta',
      'Have your say',
      "Readers' comments",
      'Top Rated Comments',
    ],
    noMatch: [
      'Comments are closed to the public until the inquiry reports, the council said.',
      'Two thoughts on the pier stayed with her all winter.',
      'Have your say on the new ferry timetable at the town hall on Monday.',
    ],
  },
}

/**
 * A blog post's footer: its fields on one line, split by bars or dots, one of them the comment count or the
 * permalink: "Posted in Grants | Permalink | 1 Comment", "Filed under News · 3 Comments". Not a sentence that names
 * a permalink.
 */
export const COMMENTS_FOOTER: BoilerplatePattern = {
  rule: 'comments-control',
  description: 'a blog post\'s footer with its comment count ("Posted in Grants | Permalink | 1 Comment")',
  kind: 'other',
  maxLength: 200,
  pattern: new RegExp(
    String.raw`(?:^|[|·•]\s*)(?:permalink|(?:\d+|no|one) (?:comments?|responses?|kommentare?|commentaires?` +
      String.raw`|comentarios?|comentários?|commenti)|leave a (?:comment|reply))\s*(?:[|·•]|$)`,
    'i',
  ),
  examples: {
    match: [
      'Posted in Grants | Permalink | 1 Comment',
      'Filed under News · 3 Comments',
      'March 3, 2024 | No Comments',
      'Posted by Jane Roe | Leave a comment',
      'Veröffentlicht in Hafen | 2 Kommentare',
    ],
    noMatch: [
      'The permalink to the council minutes was broken for a week.',
      'He left 3 comments on the planning application, the council said.',
    ],
  },
}
