import type { Examples } from './examples.js'

// A blog post's meta line, which names its writer, its date and its category together, under the headline or after
// the post: "Jane Roe — 2022-11-03 — in Gardening — Comments", "Posted by Jane Roe on March 4, 2025 in Travel", "Publié
// par Léa Martin le 4 mars 2025 dans Voyages". Data for src/detect/byline-post-meta.ts.

/** Between a meta line's parts: a dash, a bar, a dot. */
export const POST_META_SEPARATOR = /[—–|·•]/u

/** @examples read by test/lexicon-examples.test.ts */
export const POST_META_SEPARATOR_EXAMPLES: Examples = { match: [' — ', '—', ' | ', ' · '], noMatch: [' - ', ', '] }

/**
 * A category's part: "in Gardening", "dans Voyages", "en Viajes", "em Viagens", "w Podróże", "i Resor", "Filed under
 * News".
 */
export const POST_CATEGORY = /^(?:in|dans|en|em|w|i|в|filed under|posted in|category:?)\s+[\p{Lu}\p{N}]/u

/** @examples read by test/lexicon-examples.test.ts */
export const POST_CATEGORY_EXAMPLES: Examples = {
  match: ['in Gardening', 'dans Voyages', 'filed under News', 'i Resor'],
  noMatch: ['in the garden', 'Code', 'Comments'],
}

/**
 * "Posted by" in the languages of blog platforms, before the name: "Posted by Jane Roe on March 4, 2025", "Publié par
 * Léa Martin le 4 mars 2025", "Veröffentlicht von Jana Rohr am 4. März 2025", "Publicado por Ana Ruiz el 4 de marzo
 * de 2025", "Pubblicato da Marco Rossi il 4 marzo 2025".
 */
export const POSTED_BY_LEAD = new RegExp(
  '^(?:posted|written|published|publié|publiée|veröffentlicht|geschrieben|publicado|escrito|pubblicato|scritto)' +
    ' (?:by|par|von|por|da) ',
  'iu',
)

/** @examples read by test/lexicon-examples.test.ts */
export const POSTED_BY_LEAD_EXAMPLES: Examples = {
  match: ['Posted by Jane Roe on March 4, 2025 in Travel', 'Publié par Léa Martin le 4 mars 2025'],
  noMatch: ['Posted letters reach island on Monday', 'Posted on March 4, 2025'],
}

/** The word that opens the date after the name: "on", "le", "am", "el", "il", "em", "op". */
export const DATE_PREPOSITIONS: readonly string[] = ['on', 'le', 'am', 'el', 'il', 'em', 'op']
