import { anyOf } from '../pattern-parts.js'
import type { BoilerplatePattern } from './boilerplate-pattern.js'

// Menus, gallery and page controls, notices about the page itself, copyright lines.

const MENU_ITEMS = [
  'enlarge image',
  'caption',
  'close(?: share panel)?',
  '(?:chevron_left )?browse all posts',
  'menu',
  'search',
  'sign in',
  'log ?in',
  'sign out',
  'open menu',
  'toggle navigation',
  // "Back", and a page's next and previous story, where a page in another language writes them.
  'voltar',
  'zurück',
  'retour',
  'volver',
  'indietro',
  'terug',
  'tillbaka',
  'назад',
  '(?:vorheriger|nächster) (?:artikel|beitrag)',
  'article (?:précédent|suivant)',
  '(?:artículo|entrada|post|artigo|articolo) (?:anterior|siguiente|seguinte|próximo|precedente|successivo)',
  '(?:próximo|siguiente) (?:artículo|artigo|post)',
]
const CONTROLS = [
  String.raw`^(?:previous|next|older|newer)(?: post| article| story)?\s*(?::.*)?$`,
  '^post navigation$',
  '^back to (?:gallery|top|home)$',
  '^skip to (?:main )?content$',
  String.raw`^(?:image|photo|slide) \d+ (?:of|\/) \/? ?\d+$`,
  String.raw`^\d+\s*\/\s*\d+$`,
  `^${anyOf(MENU_ITEMS)}$`,
]

/** Page and gallery controls: "Previous post", "Next Post: REDANT Motorcycle Cleaner", "Image 1 of 23", "1 / 23". */
export const NAVIGATION_CONTROL: BoilerplatePattern = {
  rule: 'navigation-control',
  description: 'page and gallery controls ("Previous post", "Image 1 of 23")',
  kind: 'navigation',
  maxLength: 140,
  pattern: new RegExp(CONTROLS.join('|'), 'i'),
  examples: {
    match: [
      'Previous post',
      'Next Post: REDANT Motorcycle Cleaner',
      'Older',
      'Post navigation',
      'Back to Gallery',
      'Skip to main content',
      'Image 1 of 23',
      'Photo 2 / 5',
      '1 / 23',
      'Enlarge image',
      'Close share panel',
      'chevron_left Browse all posts',
      'Menu',
      'Log in',
      'Toggle navigation',
      'Voltar',
      'Zurück',
      'Nächster Artikel',
      'Article précédent',
      'Artículo siguiente',
      'Próximo artigo',
    ],
    noMatch: [
      'Next year the pier will reopen.',
      'Search teams found the boat on Monday.',
      'Zurück zum Hafen ging es erst am Abend.',
    ],
  },
}

const COOKIE_NOTICES = [
  'we use cookies',
  'this (?:web)?site uses cookies',
  'by (?:continuing|using) (?:to use )?(?:this|our) (?:site|website)',
  'cookies? (?:policy|settings|preferences)',
]

/** A cookie notice: "We use cookies to improve your experience …", "This website uses cookies". */
export const COOKIE_NOTICE: BoilerplatePattern = {
  rule: 'cookie-notice',
  description: 'a cookie notice ("This website uses cookies")',
  kind: 'other',
  maxLength: 400,
  pattern: new RegExp(`^${anyOf(COOKIE_NOTICES)}`, 'i'),
  examples: {
    match: [
      'We use cookies to improve your experience on our site.',
      'This website uses cookies',
      'By continuing to use this site you agree to our use of cookies.',
      'Cookie settings',
    ],
    noMatch: ['Cookies were sold at the fair.', 'We used cookie cutters to shape the dough.'],
  },
}

const PAGE_NOTICES = [
  'this site is protected by recaptcha',
  'please review our terms of service',
  'media playback is (?:unsupported|not supported)',
  'why you can trust',
  'these are external links',
  'this (?:slideshow|video|content) requires javascript',
  'javascript is disabled',
  'your browser does not support',
]

/** A notice about the page: "These are external links …", "This slideshow requires JavaScript." */
export const PAGE_NOTICE: BoilerplatePattern = {
  rule: 'page-notice',
  description: 'a notice about the page ("This slideshow requires JavaScript.")',
  kind: 'other',
  maxLength: 120,
  pattern: new RegExp(`^${anyOf(PAGE_NOTICES)}`, 'i'),
  examples: {
    match: [
      'This site is protected by reCAPTCHA and the Google Privacy Policy applies.',
      'Media playback is unsupported on your device',
      'Why you can trust us',
      'These are external links and will open in a new window',
      'This slideshow requires JavaScript.',
      'Your browser does not support the video tag.',
    ],
    noMatch: ['This video shows the storm reaching the coast.', 'Why you should care about the pier'],
  },
}

/** A copyright line: "© 2023 The Associated Press.", "Copyright 2024 Reuters" — not "copyright law was changed". */
export const COPYRIGHT_LINE: BoilerplatePattern = {
  rule: 'copyright-line',
  description: 'a copyright line ("© 2023 The Associated Press.", "Reuters. All rights reserved.")',
  kind: 'copyright',
  maxLength: 240,
  pattern: /^(?:©|\(c\)\s|copyright\b)/i,
  examples: {
    match: ['© 2023 The Associated Press. All rights reserved.', '(c) 2024 Reuters', 'Copyright 2024 Reuters'],
    noMatch: ['The copyright law was changed in 2019.', 'Copyrighted images were removed.'],
  },
}

/** "All rights reserved" as sites in other languages write it ("Riproduzione riservata" closes an Italian story). */
const RIGHTS_RESERVED = [
  'all rights reserved',
  'alle rechte vorbehalten',
  'tous droits réservés',
  'todos los derechos reservados',
  'todos os direitos reservados',
  'tutti i diritti riservati',
  'riproduzione riservata',
  'alle rechten voorbehouden',
  'alla rättigheter förbehållna',
  'wszelkie prawa zastrzeżone',
  'všechna práva vyhrazena',
  'tüm hakları saklıdır',
  'hak cipta dilindungi(?: undang-undang)?',
  'все права защищены',
  '版权所有',
  '版權所有',
  '無断転載(?:を)?禁(?:ず|じます)',
]

/** The same rule where the notice closes a line: "Reuters. All rights reserved.", "© Riproduzione riservata". */
export const ALL_RIGHTS_RESERVED: BoilerplatePattern = {
  rule: 'copyright-line',
  description: 'a copyright line ("© 2023 The Associated Press.", "Reuters. All rights reserved.")',
  kind: 'copyright',
  maxLength: 240,
  pattern: new RegExp(String.raw`(?<![\p{L}])${anyOf(RIGHTS_RESERVED)}(?![\p{L}])`, 'iu'),
  examples: {
    match: [
      'Reuters. All rights reserved.',
      '2024 — all rights reserved',
      'Riproduzione riservata ©',
      '© RIPRODUZIONE RISERVATA',
      'Hafenverlag GmbH. Alle Rechte vorbehalten.',
      '© 2026 Liman Gazetesi. Tüm hakları saklıdır.',
      'Все права защищены.',
      '版权所有 © 2026 港口日报',
    ],
    noMatch: ['All rights were restored to the tenants.', 'Die Rechte am Hafen blieben beim Land vorbehalten.'],
  },
}

const ADVERT_LABELS = [
  'advertisement',
  'advert',
  'ad',
  'anzeige',
  'werbung',
  'publicité',
  'publicidad',
  'pubblicità',
  'publicidade',
  'advertentie',
  'sponsored(?: content)?',
  'story continues below(?: advertisement)?',
  'continue reading below',
]

/** An advert's label, in the languages we read: "Advertisement", "ADVERTISEMENT", "Anzeige", "Publicité". */
export const ADVERT_LABEL: BoilerplatePattern = {
  rule: 'advert-label',
  description: 'an advert\'s label ("Advertisement", "Anzeige", "Publicité")',
  kind: 'advert',
  maxLength: 60,
  pattern: new RegExp(`^${anyOf(ADVERT_LABELS)}$`, 'i'),
  examples: {
    match: [
      'Advertisement',
      'ADVERTISEMENT',
      'Ad',
      'Anzeige',
      'Publicité',
      'Sponsored content',
      'Story continues below advertisement',
      'Continue reading below',
    ],
    noMatch: ['Advertisement spending rose 4% last year.', 'Sponsored by the council, the fair returns'],
  },
}

/** A sponsored link's label after a bar: "Apps We Digg | Sponsored", "| Sponsored" (the label closes the line). */
export const ADVERT_SPONSORED: BoilerplatePattern = {
  rule: 'advert-sponsored',
  description: 'a sponsored link\'s label after a bar ("Apps We Digg | Sponsored")',
  kind: 'advert',
  maxLength: 60,
  pattern: /^[^|]{0,40}\| ?sponsored$/i,
  examples: {
    match: ['Apps We Digg | Sponsored', 'Apps We Like | Sponsored', '| SPONSORED', '(Partner) |sponsored'],
    noMatch: ['Sponsored by the harbour trust, the regatta returns on Sunday.', 'A | B | Sponsored'],
  },
}

/**
 * A German author box's header: "Über Moritz Bachmann", "Über den Autor"; a name is two capitalised
 * words and nothing else. ("About the author" is left alone: labelling it pulls the bio under it
 * into the text, see paragraph-score smoothing.)
 */
export const AUTHOR_BOX: BoilerplatePattern = {
  rule: 'author-box',
  description: 'an author box\'s header ("Über den Autor")',
  kind: 'other',
  maxLength: 50,
  pattern: /^(?:[Üü]ber (?:den Autor|die Autorin)|Über \p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)? \p{Lu}\p{Ll}+)$/u,
  examples: {
    match: ['Über Moritz Bachmann', 'Über Anna-Lena Schmidt', 'über den Autor', 'Über die Autorin'],
    noMatch: ['Über die Brücke fahren wieder Busse', 'Über die Brücke geht es weiter', 'About bugs'],
  },
}
