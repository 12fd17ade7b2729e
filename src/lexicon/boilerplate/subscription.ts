import { anyOf } from '../pattern-parts.js'
import type { BoilerplatePattern } from './boilerplate-pattern.js'

// Sign-up boxes and paywall notes where sites in other languages write them: a newsletter's invitation ("Iscriviti
// alla newsletter") and the note that the rest of the story is for subscribers ("Dieser Artikel ist exklusiv für
// Abonnenten", "Déjà abonné ? Se connecter"). English sign-ups are in newsletter.ts.

const SIGN_UPS = [
  'iscriviti alla (?:nostra )?newsletter',
  '(?:abonnez|inscrivez)-vous à (?:la|notre|nos) newsletters?',
  'recevez (?:la|notre) newsletter',
  '(?:suscríbete|suscribite|apúntate) a (?:la|nuestra|nuestras) newsletters?',
  '(?:assine|receba|cadastre-se (?:n|e receba )?a) (?:a |nossa )?newsletter',
  '(?:jetzt )?(?:den )?newsletter abonnieren',
  '(?:melde dich|melden sie sich) (?:jetzt )?für (?:den|unseren) newsletter an',
  '(?:meld je aan|schrijf je in) voor (?:de|onze) nieuwsbrief',
  'prenumerera på (?:vårt )?nyhetsbrev',
  'zapisz się (?:do|na) newsletter',
  'подпишитесь на (?:нашу )?рассылку',
  'bültenimize abone olun',
]

/** "Iscriviti alla newsletter", "Abonnez-vous à notre newsletter", "Jetzt Newsletter abonnieren". */
export const NEWSLETTER_ABROAD: BoilerplatePattern = {
  rule: 'newsletter-signup',
  description: 'an invitation to a newsletter ("Sign up for our daily newsletter")',
  kind: 'newsletter',
  maxLength: 160,
  pattern: new RegExp(`^${anyOf(SIGN_UPS)}`, 'iu'),
  examples: {
    match: [
      'Iscriviti alla newsletter',
      'Abonnez-vous à notre newsletter',
      'Suscríbete a nuestra newsletter diaria',
      'Assine a newsletter',
      'Jetzt Newsletter abonnieren',
      'Meld je aan voor de nieuwsbrief',
      'Zapisz się do newslettera',
      'Подпишитесь на нашу рассылку',
    ],
    noMatch: ['Iscriviti alla gara entro venerdì, dice il club.', 'Den Newsletter lesen jede Woche 4000 Menschen.'],
  },
}

const PAYWALL_NOTES = [
  String.raw`(?:dieser|der) (?:artikel|beitrag|inhalt) ist (?:exklusiv |nur )?für (?:abonnenten|abonnentinnen|abonnent\*innen)`,
  String.raw`bereits abonnent(?:in)?\s?\?`,
  'cet article est réservé aux abonnés',
  String.raw`il vous reste \d+ ?% (?:de cet article )?à (?:lire|découvrir).*`,
  'la suite est réservée aux abonnés',
  String.raw`déjà abonné\s?\?`,
  '(?:este|el) (?:artículo|contenido) es (?:exclusivo )?(?:para|solo para) (?:suscriptores|abonados)',
  '(?:suscríbete|regístrate) para (?:seguir|continuar) leyendo',
  String.raw`¿ya eres (?:suscriptor|abonado)\s?\?`,
  '(?:conteúdo|matéria) exclusiv[oa] para assinantes',
  String.raw`já é assinante\s?\?`,
  'questo (?:articolo|contenuto) è riservato agli abbonati',
  String.raw`sei già abbonato\s?\?`,
  'dit artikel is (?:alleen )?voor abonnees',
  String.raw`al abonnee\s?\?`,
  'this (?:article|story|content) is (?:only )?(?:available )?(?:for|to) (?:subscribers|members)(?: only)?',
  String.raw`already a (?:subscriber|member)\s?\?`,
  'subscribe to (?:continue|keep) reading',
]

/** The note that the rest is for subscribers: "Dieser Artikel ist exklusiv für Abonnenten", "Déjà abonné ?". */
export const PAYWALL_NOTE: BoilerplatePattern = {
  rule: 'paywall-note',
  description: 'a note that the rest of the story is for subscribers ("Dieser Artikel ist exklusiv für Abonnenten")',
  kind: 'promo',
  maxLength: 160,
  // The note is a sentence of its own: it ends the line, or a stop (its own question mark) and a space follow it.
  pattern: new RegExp(String.raw`^${anyOf(PAYWALL_NOTES)}(?:[.!]?\s*$|(?<=[.!?])\s|[.!]\s)`, 'iu'),
  examples: {
    match: [
      'Dieser Artikel ist exklusiv für Abonnenten',
      'Bereits Abonnent? Hier anmelden',
      'Cet article est réservé aux abonnés. Il vous reste 80% à découvrir.',
      'Déjà abonné ? Se connecter',
      'Suscríbete para seguir leyendo',
      'Conteúdo exclusivo para assinantes',
      'Questo articolo è riservato agli abbonati',
      'Already a subscriber? Log in',
      'This article is for subscribers only.',
      'Il vous reste 80 % de cet article à lire.',
    ],
    noMatch: [
      'Der Artikel ist für Abonnenten kostenlos, sagte der Verlag, und für alle anderen ab Mai.',
      'Already a member of the club, she joined the board in May.',
    ],
  },
}
