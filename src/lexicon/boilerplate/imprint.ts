import { anyOf } from '../pattern-parts.js'
import type { BoilerplatePattern } from './boilerplate-pattern.js'

// A publisher's imprint in a page's footer: its name, street, town, phone and the number it is registered under,
// run together on one line with spaced dashes, bars or dots between the parts. Sites in many countries must print
// who runs them (Impressum, mentions légales, P.IVA, CNPJ), and a footer sets it out as such a row. A sentence that
// names a number (closed by a stop) is the story's.

/** Labels of a company's registration or tax number, as countries write them, each followed by the number. */
const REGISTRATION = [
  'CNPJ',
  'CPF',
  String.raw`P\.?\s?IVA`,
  'Partita IVA',
  'C\\.F\\.',
  String.raw`USt-?Id(?:Nr)?\.?`,
  'HRB',
  'SIRE[NT]',
  'RCS',
  'KvK',
  'NIP',
  'REGON',
  'KRS',
  'CIF',
  'NIF',
  'ИНН',
  'ОГРН',
  'VAT(?: No\\.?| number)?',
  'ABN',
  'Company (?:No\\.?|number)',
]
/** Labels of a phone number: "Fone", "Tel.", "Tél.", "Тел.". */
const PHONE = ['Fone', 'Telefone?', 'Tel\\.?', 'Tél\\.?', 'Teléfono', 'Phone', 'Тел\\.?', 'Telp\\.?']
/** A spaced separator between the parts of the row. */
const SEP = String.raw`\s[-–|·•]\s`
/** A number after its label: "12.345.678/0001-90", "01234567890", "(047) 1234-5678". */
const NUMBER = String.raw`:?\s?\(?\+?\d[\d\s./()-]{5,}`

/** "Marrow do Sul - SC - CNPJ: 12.345.678/0001-90 - Fone: (047) 1234-5678", "Via Roma 1 - P.IVA 01234567890". */
export const PUBLISHER_IMPRINT: BoilerplatePattern = {
  rule: 'publisher-imprint',
  description: "a publisher's imprint in a page's footer: address, phone, registration number in one row",
  kind: 'other',
  maxLength: 300,
  pattern: new RegExp(
    String.raw`^(?=.*${SEP}.*${SEP})(?=.*(?:^|\s)(?:${anyOf(REGISTRATION)}${NUMBER}|${anyOf(PHONE)}${NUMBER})).*[^.!?]$`,
    'iu',
  ),
  examples: {
    match: [
      'Marrow do Sul - SC - CNPJ: 12.345.678/0001-90 - Rua do Porto, 12 - Fone: (047) 1234-5678',
      'Gruppo Editoriale Porto S.p.A. - P.IVA 01234567890 - Via del Porto 12, 16100 Genova',
      'Hafenverlag GmbH | Kaistraße 4 | 24937 Flensburg | Tel. 0461 123456',
      'Port Media Ltd · 12 Quay Street · Marrow · Company No. 01234567',
      'Wydawca: Gazeta Portowa, ul. Portowa 12, Gdańsk - KRS 0000123456 - tel. 58 123 45 67',
    ],
    noMatch: [
      'Call the ferry office on Tel. 0461 123456 for tickets.',
      'Infos: Tel. 0461 123456',
      'Rua do Porto, 12 - Centro - Marrow',
      'The firm, VAT number 123456, paid its fine - the court said - in full.',
    ],
  },
}
