import fc from 'fast-check'
import iconv from 'iconv-lite'
import { describe, expect, test } from 'vitest'
import { toVFile } from '../src/index.js'
import { decodeBytes, sniffUtf16 } from '../src/source/decode.js'
import { repairMojibake } from '../src/source/repair-mojibake.js'
import { RUNS } from './helpers/arbitrary-text.js'

const STORY = 'Café prices rise — “a hard year,” says Renée; £5 a cup'

describe('decodeBytes', () => {
  test.each([
    ['UTF-8', Buffer.from(STORY, 'utf8'), 'utf-8'],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(STORY, 'utf8')]), 'utf-8'],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]), 'utf-16le'],
    [
      'UTF-16BE with a BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(STORY, 'utf16le').swap16()]),
      'utf-16be',
    ],
    ['UTF-16LE without a BOM', Buffer.from(STORY, 'utf16le'), 'utf-16le'],
    ['UTF-16BE without a BOM', Buffer.from(STORY, 'utf16le').swap16(), 'utf-16be'],
  ])('%s', (_, bytes, encoding) => {
    const decoded = decodeBytes(bytes)
    expect(decoded.text).toBe(STORY)
    expect(decoded.encoding).toBe(encoding)
  })

  test('bytes that are not UTF-8 read as Windows-1252, curly quotes and dashes (0x80–0x9F) included', () => {
    // "Café “q” – €5" in Windows-1252
    const bytes = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35])
    const decoded = decodeBytes(bytes)
    expect(decoded).toEqual({
      text: 'Café “q” – €5',
      encoding: 'windows-1252',
      notes: [{ ruleId: 'source-encoding', reason: 'Cannot decode as UTF-8, read as windows-1252' }],
    })
  })

  test('a forced encoding wins, by any WHATWG label', () => {
    expect(decodeBytes(Buffer.from([0x93, 0x71, 0x94]), 'latin1')).toEqual({
      text: '“q”',
      encoding: 'windows-1252',
      notes: [],
    })
    expect(decodeBytes(Buffer.from('Zoë', 'utf8'), 'utf8').text).toBe('Zoë')
    expect(decodeBytes(Buffer.from([0xa1, 0x41]), 'iso-8859-2').text).toBe('ĄA')
  })

  test('an unknown forced encoding falls back to detection, with a note', () => {
    const decoded = decodeBytes(Buffer.from('plain', 'utf8'), 'klingon')
    expect(decoded.text).toBe('plain')
    expect(decoded.notes.map((n) => n.ruleId)).toEqual(['source-encoding'])
  })

  test('mojibake is repaired, with a source-mojibake note', () => {
    const garbled = Buffer.from('CafÃ© â€œquotedâ€\u009d Â£5', 'utf8')
    const decoded = decodeBytes(garbled)
    expect(decoded.text).toBe('Café “quoted” £5')
    expect(decoded.notes).toEqual([
      { ruleId: 'source-mojibake', reason: expect.stringContaining('Repaired 4 mojibake sequences') },
    ])
  })

  test('the byte test before the mojibake scan: every opening character U+00C2–U+00F4, alone and garbled, in UTF-8, in Windows-1252 and forced', () => {
    for (let cp = 0xc2; cp <= 0xf4; cp++) {
      const ch = String.fromCharCode(cp)
      const garbled = `x ${ch}\u00a9 y` // "Ã©"-like pair: repaired where it is valid UTF-8 read as Windows-1252
      const plain = repairMojibake(garbled)
      expect(decodeBytes(Buffer.from(garbled, 'utf8')).text).toBe(plain.text)
      expect(decodeBytes(Buffer.from(garbled, 'utf8'), 'utf-8').text).toBe(plain.text)
      expect(decodeBytes(iconv.encode(garbled, 'windows-1252')).text).toBe(plain.text)
    }
    // Something to repair must be repaired through each path.
    expect(decodeBytes(Buffer.from('CafÃ©', 'utf8'), 'utf-8').text).toBe('Café')
    expect(decodeBytes(iconv.encode('CafÃ©', 'windows-1252')).text).toBe('Café')
  })

  test('the byte test before the mojibake scan lets through every text that has something to repair', () => {
    const chars = [
      'a',
      ' ',
      'é',
      'Ã',
      'Â',
      'â',
      'ð',
      'ô',
      'õ',
      '©',
      '¯',
      '\u00a0',
      '€',
      '™',
      'ƒ',
      'ˆ',
      '˜',
      'Š',
      'Œ',
      'Ž',
      'Ÿ',
      '\u0081',
      '\u009d',
      '’',
      '“',
    ]
    const garble = (text: string): string => iconv.decode(Buffer.from(text, 'utf8'), 'windows-1252')
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...chars), fc.constantFrom(...chars).map(garble)), { maxLength: 12 }),
        (parts) => {
          const text = parts.join('')
          expect(decodeBytes(Buffer.from(text, 'utf8')).text).toBe(repairMojibake(text).text)
          expect(decodeBytes(Buffer.from(`\ufeff${text}`, 'utf8')).text).toBe(repairMojibake(text).text)
        },
      ),
      { numRuns: RUNS * 5 },
    )
  })

  test('one strict decoder serves every file: a file that is not UTF-8 leaves it ready for the next', () => {
    expect(decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9])).encoding).toBe('windows-1252')
    expect(decodeBytes(Buffer.from(STORY, 'utf8'))).toEqual({ text: STORY, encoding: 'utf-8', notes: [] })
  })

  test('replacement characters are never silent', () => {
    const decoded = decodeBytes(Buffer.from('bad \ufffd byte', 'utf8'))
    expect(decoded.text).toBe('bad \ufffd byte')
    expect(decoded.notes.map((n) => n.ruleId)).toEqual(['source-replacement'])
  })

  test('the notes become messages on the file', () => {
    const file = toVFile(Buffer.from('CafÃ©', 'utf8'), { path: 'a.txt' })
    expect(file.messages.map((m) => m.ruleId)).toEqual(['source-mojibake'])
    expect(file.data.encoding).toBe('utf-8')
  })
})

describe('sniffUtf16', () => {
  test('a NUL anywhere in the sample keeps the count going: UTF-16 after a NUL-free start is still found', () => {
    expect(sniffUtf16(Buffer.concat([Buffer.from('ab'), Buffer.from(STORY.repeat(4), 'utf16le')]))).toBe('utf-16le')
    expect(sniffUtf16(Buffer.from('no nul here at all'))).toBeNull()
  })

  test.each([
    ['plain ASCII', Buffer.from('Hello world, plain text'), null],
    ['UTF-16LE', Buffer.from('Hello world', 'utf16le'), 'utf-16le'],
    ['UTF-16BE', Buffer.from('Hello world', 'utf16le').swap16(), 'utf-16be'],
    ['too short', Buffer.from([0x41, 0x00]), null],
    ['a stray NUL in 8-bit text', Buffer.from('Hello\u0000 world, plain text'), null],
  ])('%s', (_, bytes, expected) => {
    expect(sniffUtf16(bytes)).toBe(expected)
  })
})

describe('repairMojibake', () => {
  test.each([
    ['CafÃ©', 'Café', 1],
    ['itâ€™s', 'it’s', 1],
    ['Â£16bn', '£16bn', 1],
    ['naÃ¯ve rÃ©sumÃ©', 'naïve résumé', 3],
    // twice-encoded: two sequences in the first pass, one in the second
    ['CafÃƒÂ©', 'Café', 3],
  ])('%s → %s', (input, output, count) => {
    expect(repairMojibake(input)).toEqual({ text: output, count })
  })

  test('every character garbled the way a Windows-1252 reader garbles it comes back', () => {
    const sample = 'é è à ç ñ ü ö ß £ € ’ ‘ “ ” – — … • ™ © ° ½ Ł ő 中 😀'
    // UTF-8 bytes read as Windows-1252 (undefined bytes as the C1 control of the same number, as WHATWG does)
    const garbled = [...Buffer.from(sample, 'utf8')]
      .map((b) =>
        b >= 0x80 && b < 0xa0 && iconv.decode(Buffer.from([b]), 'windows-1252') === '\ufffd'
          ? String.fromCharCode(b)
          : iconv.decode(Buffer.from([b]), 'windows-1252'),
      )
      .join('')
    expect(garbled).not.toBe(sample)
    expect(repairMojibake(garbled).text).toBe(sample)
  })

  test.each(['Ã la carte', 'Â alone', 'Zoë and Chloé', 'plain'])('left alone: %s', (text) => {
    expect(repairMojibake(text)).toEqual({ text, count: 0 })
  })

  // What a Windows-1252 reader makes of UTF-8: the garbling repairMojibake undoes.
  const garble = (text: string): string =>
    [...Buffer.from(text, 'utf8')]
      .map((b) =>
        b >= 0x80 && b < 0xa0 && iconv.decode(Buffer.from([b]), 'windows-1252') === '\ufffd'
          ? String.fromCharCode(b)
          : iconv.decode(Buffer.from([b]), 'windows-1252'),
      )
      .join('')

  test.each([
    ['an overlong sequence', 'à€€'],
    ['a sequence cut short', 'â€x'],
    ['a lead at the very end', 'plain Ã'],
    ['a continuation alone', '© 2024 and ™'],
    ['a surrogate encoded as UTF-8 (no valid UTF-8)', 'í\u00a0€'],
  ])('left alone: %s', (_, text) => {
    expect(repairMojibake(text)).toEqual({ text, count: 0 })
  })

  test('a run that is not UTF-8 is passed over, and the next one repaired', () => {
    expect(repairMojibake('à€€ and CafÃ©')).toEqual({ text: 'à€€ and Café', count: 1 })
  })

  test('any text, garbled once, comes back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
        // Only text that holds no mojibake-like pair of its own can be expected back unchanged.
        fc.pre(repairMojibake(text).count === 0)
        expect(repairMojibake(garble(text)).text).toBe(text)
      }),
      { numRuns: RUNS },
    )
  })
})
