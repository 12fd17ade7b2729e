import { describe, expect, test } from 'vitest'
import { isDateLine } from '../src/detect/page-date.js'
import { parseArticle } from '../src/index.js'

// Date stamps as news sites write them in Polish, Czech, Ukrainian, Russian, Greek, Turkish, Indonesian, Romanian,
// Hungarian, Finnish, Italian and Arabic (src/lexicon/page-dates.ts): month and weekday names, the labels over a
// stamp, the units and "ago" words of a relative time. Invented stamps.

describe('isDateLine: stamps in more languages', () => {
  test.each([
    '4 marca 2025, 10:12',
    'wtorek, 4 marca 2025',
    'Aktualizacja: 04.03.2025 10:12',
    '3 godziny temu',
    'Čtvrtek 6. března 2025',
    '6. března 2025 10:12',
    '6 березня 2025, 10:12',
    'вторник, 4 марта 2025',
    'Τρίτη 4 Μαρτίου 2025',
    '04 Mart 2025 Salı 10:12',
    'Güncelleme: 04.03.2025 - 11:40',
    '3 saat önce',
    'Selasa, 04/03/2025 10:12 WIB',
    '3 jam yang lalu',
    '6 martie 2025, 10:12',
    'csütörtök, 2025. március 6.',
    'Julkaistu 4.3.2025 10:12',
    '4 marzo 2025 (modifica il 4 marzo 2025 | 11:40)',
    'الثلاثاء 4 مارس 2025 10:12',
  ])('stamp: %s', (t) => {
    expect(isDateLine(t)).toBe(true)
  })
  test.each([
    'Mart ayında enflasyon yüzde 3 yükseldi',
    'Wtorek w Sejmie: posłowie głosują nad budżetem',
    'Τρίτη νίκη για τον Ολυμπιακό',
    'Jam session di Taman Kota 2025',
    '3 saat boyunca trafik durdu',
    'Március 15: ünnep a fővárosban',
  ])('no stamp: %s', (t) => {
    expect(isDateLine(t)).toBe(false)
  })
})

describe('a Greek page: the headline over its weekday stamp, under a list of popular stories', () => {
  test('the stamp makes the cluster of the headline', () => {
    const head = 'Κλείνει για έξι εβδομάδες η παραλιακή του Μάρροου'
    const text = [
      'Αρχική',
      'Ειδήσεις',
      'Πολιτική',
      'Οικονομία',
      'Αθλητικά',
      'Δημοφιλή',
      'Μειώνονται οι τιμές στα λεωφορεία της πόλης από τον Απρίλιο',
      'Διάσωση δύο πεζοπόρων που παγιδεύτηκαν από την παλίρροια',
      head,
      'Τρίτη 4 Μαρτίου 2025',
      'Η παραλιακή οδός του Μάρροου θα κλείσει για την κυκλοφορία για έξι εβδομάδες από τη Δευτέρα, για να ανακατασκευαστούν οι πυλώνες της παλιάς προβλήτας, ανακοίνωσε ο δήμος.',
      'Οι εργασίες είχαν προγραμματιστεί για το φθινόπωρο, αλλά επισπεύστηκαν όταν ένας έλεγχος εντόπισε ρωγμές σε δύο σιδερένιους πυλώνες.',
      'Τα λεωφορεία θα εκτραπούν μέσω της οδού Σταθμού και οι οδηγοί καλούνται να χρησιμοποιούν την περιφερειακή.',
      'Επικοινωνία',
      'Όροι χρήσης',
    ].join('\n')
    expect(parseArticle(text).headline).toBe(head)
  })
})
