import fc from 'fast-check'

// Generators of hostile story text for the property tests. Texts stay small
// (a few dozen lines) so a thousand runs finish in seconds on two cores; the
// big shapes live in bench/hostile.mjs.

/** Every kind of quote mark a story may hold: straight, curly, low-9, guillemets, CJK corners, primes, grave and acute. */
export const QUOTE_MARKS = [
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '„',
  '‚',
  '‟',
  '‛',
  '«',
  '»',
  '‹',
  '›',
  '「',
  '」',
  '『',
  '』',
  '″',
  '′',
  '`',
  '´',
  '〝',
  '〞',
  '＂',
]

/** Wire control characters and other C0/C1 controls, including NUL and DEL. */
const CONTROLS = [
  '\u0000',
  '\u0001',
  '\u0002',
  '\u0003',
  '\u0004',
  '\u0016',
  '\u001e',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u008d',
  '\u000b',
  '\u000c',
  '\t',
]

/** Characters that are odd at the level of UTF-16 or Unicode: lone surrogates, emoji (with ZWJ and skin tone), combining marks, RTL text and marks, invisible spaces. */
const ODD = [
  '\ud800',
  '\udfff',
  '\udbff',
  '\udc00',
  '😀',
  '👩‍👩‍👧',
  '👍🏽',
  '🇬🇧',
  'e\u0301',
  'a\u0308\u0308\u0308',
  '\u0301',
  'مرحبا',
  'שלום',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u2066',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\u2029',
  '\u3000',
  '\ufffd',
  '\uffff',
]

/** Words in the shapes news text has: capitalised, ALL CAPS, numbers, names, bylines and datelines. */
const WORDS = [
  'the',
  'said',
  'Minister',
  'LONDON',
  'Reuters',
  'By',
  'Jane',
  'Doe',
  'AP',
  'Photo:',
  'Getty',
  'Images',
  '2024',
  'Jan.',
  '1,200',
  '—',
  '-',
  '–',
  '(',
  ')',
  ':',
  ',',
  '.',
  '?',
  '!',
  '#',
  '*',
  '_',
  '<b>',
  '&amp;',
  '[x](y)',
  'Follow',
  'us',
  'on',
  'Twitter',
  'Copyright',
  '©',
  'Reuter',
  '-30-',
  '(END)',
  'Updated',
  '12:30',
  'GMT',
]

/** Markup a story may carry by accident or malice: Markdown and HTML syntax, entities, links, fences. */
const MARKUP = [
  '1.',
  '2)',
  '- ',
  '+',
  '>',
  '```',
  '~~~',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '![a](b.png)',
  '<http://x.y>',
  'javascript:alert(1)',
  '***',
  '===',
  '---',
  '|',
  '\\',
  '&#x41;',
  '&lt;',
  '[a]: http://x.y',
  '[a]',
  '<!--',
  '-->',
  '</title>',
  '<style>',
  '~~x~~',
  '$$',
  ':::',
  '{#id}',
  '^[note]',
]

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 3, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...CONTROLS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
)

/** One source line: indentation, then words, quote marks, controls and odd characters joined by spaces or not. */
export const line = fc
  .tuple(
    fc.constantFrom('', '', '', '    ', '\t', '  '),
    fc.array(piece, { maxLength: 16 }),
    fc.constantFrom(' ', '', ' '),
  )
  .map(([indent, parts, sep]) => indent + parts.join(sep))

const ending = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r', '\n\n', '\n\n', '\n\n\n', '\n \n')

/** A story: up to 30 lines with any mix of line endings and blank lines. */
export const storyText = fc
  .array(fc.tuple(line, ending), { maxLength: 30 })
  .map((pairs) => pairs.map(([l, e]) => l + e).join(''))

/** Arbitrary text with no structure at all: any code units, any length up to a few hundred. */
export const anyText = fc.oneof(
  storyText,
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
)

/** Arbitrary bytes, for the decoder: random, or text encoded one way and read another. */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  storyText.map((t) => new Uint8Array(Buffer.from(t, 'utf16le'))),
  storyText.map((t) => new Uint8Array(Buffer.from(t, 'latin1'))),
)

/** How many runs each property gets: 1,000 (`FC_RUNS=…` to change it while hunting a bug). */
export const RUNS = Number(process.env.FC_RUNS ?? 1000)
