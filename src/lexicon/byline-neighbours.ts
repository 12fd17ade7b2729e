import type { Examples } from './examples.js'

// Words and labels around a byline's name on a web page that are no part of a name: a button's word before it, a
// section's word closing a line that would read as one, the label of the author box that names the writer again.
// Data for src/detect/web-byline.ts and src/detect/byline-author-box.ts.

/**
 * A label over an author box, in the languages we read, alone on its line: "About the author", "Über den Autor", "À
 * propos de l'auteur", "Sobre el autor", "Sull'autore", "Over de auteur", "Om skribenten", "O autorze", "Об авторе",
 * "Yazar hakkında". Not "About the authority's plans" (the label is the whole line).
 */
export const ABOUT_AUTHOR = new RegExp(
  "^(?:about the (?:author|writer)|über (?:den autor|die autorin)|à propos de l['’]auteure?" +
    "|sobre (?:el autor|la autora|o autor|a autora)|sull['’]autore|over de (?:auteur|schrijver)" +
    '|om (?:forfatteren|skribenten|författaren)|o autorze|об авторе|yazar hakkında)\\s*:?$',
  'iu',
)

/** @examples read by test/lexicon-examples.test.ts */
export const ABOUT_AUTHOR_EXAMPLES: Examples = {
  match: ['About The Author', 'Über den Autor', "À propos de l'auteur", 'Sobre o autor', 'Об авторе'],
  noMatch: ["About the authority's plans", 'About us', 'The author'],
}

/**
 * A button's word before a name, in the languages we read: "Follow Jane Roe", "Folgen Jana Rohr", "Suivre Léa
 * Martin", "Seguir a Ana Ruiz". Never a name's first word.
 */
export const BUTTON_WORDS: readonly string[] = [
  ...'Follow Subscribe Share Listen Contact Message Email Unfollow'.split(' '),
  ...'Folgen Abonnieren Teilen Suivre Partager Seguir Compartir Segui Condividi Volg Volgen Följ Følg Obserwuj'.split(
    ' ',
  ),
]

/**
 * The last word of a section's or a feature's name, in the languages we read, never a person's surname: "Local News",
 * "Morning Update", "Editor’s Picks", "Lokale Nachrichten", "Últimas Noticias".
 */
export const SECTION_WORDS: readonly string[] = [
  ...'News Today Live Update Updates Pick Picks Opinion Sport Sports Politics Business Video Videos Podcast'.split(' '),
  ...'Podcasts Gallery Magazine Newsletter Nachrichten Noticias Notizie Nieuws Nyheter Actualités'.split(' '),
]
