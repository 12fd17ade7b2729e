import { describe, expect, test } from 'vitest'
import { isFlagLine, wireHeaderRule } from '../src/detect/wire-header.js'
import { wireTrailerKind } from '../src/detect/wire-trailer.js'
import { parseArticle } from '../src/index.js'
import { END_MARK, SIGNOFF, TRAILER_PATTERNS } from '../src/lexicon/wire.js'
import { tidy } from '../src/source/block.js'
import { stripControls } from '../src/source/lines.js'
import { segmentText, standsAlone } from '../src/source/segment-text.js'
import { fixtureLinesAndParagraphs } from './helpers/fixtures.js'

describe('wireTrailerKind: what agencies put at the foot of a story', () => {
  // Each pattern's own examples: no pattern before it takes them.
  test.each(TRAILER_PATTERNS.map((p) => [p.rule, p] as const))('%s: its examples get its rule', (rule, p) => {
    for (const line of p.examples.match) expect(wireTrailerKind(line)?.rule, line).toBe(rule)
  })

  test.each([
    ['Reuter', 'signoff'],
    ['REUTER', 'signoff'],
    ['AFP', 'signoff'],
    ['-30-', 'endmark'],
    ['- 30 -', 'endmark'],
    ['###', 'endmark'],
    ['# # #', 'endmark'],
    ['ENDS', 'endmark'],
    ['(END)', 'endmark'],
    ['XXX', 'endmark'],
    ['NNNN', 'endmark'],
    ['AP-NY-04-29-87 1542EDT<', 'endmark'],
    ['(Reporting by Lena Marsh; Editing by Tomas Brell)', 'trailer'],
    ['(Additional reporting by Ana Voss in Singapore)', 'trailer'],
    ['Compiled by Jane Doe for the Berlin desk', 'trailer'],
    ['(Writing by Jane Doe; editing by John Roe)', 'trailer'],
    ['___', 'trailer'],
    ['Associated Press writer Rob Tarrel contributed to this report.', 'trailer'],
    ['AP writers Ann Lee in Boston and Bo Chan in Miami contributed.', 'trailer'],
    ['Contributing: Jane Doe', 'trailer'],
    [
      'Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'copyright',
    ],
    ['(c) 2025 AFP', 'copyright'],
    ['© dpa-infocom GmbH', 'copyright'],
    ['dpa as yyzz n1 kd', 'signoff'],
    ['cd/jm/sbk', 'signoff'],
    ['Eds: UPDATES with quotes', 'editor-note'],
    ["EDITOR'S NOTE — This story contains language some readers may find offensive.", 'editor-note'],
    ['Hinweis an die Redaktion: Zu diesem Thema erscheint eine Zusammenfassung.', 'editor-note'],
    ['Not for publication: this advisory is for editors only.', 'editor-note'],
    ['SOURCE Northwind Robotics', 'trailer'],
    ['Media contact: Dana Lee, +1 212 555 0100', 'trailer'],
  ])('%s → %s', (line, kind) => {
    expect(wireTrailerKind(line)?.kind).toBe(kind)
  })

  test.each([
    'Reuters said on Monday that it would cut jobs.',
    'The end of an era, he said.',
    'Reporting from Kyiv, she found the city quiet.',
    'Sources said the deal was close.',
    'The dpa news agency reported the figure.',
    'He has contributed to the fund for years and said so.',
    'Ends and means were debated.',
    'AP-NORC poll finds trust in news low',
  ])('not a trailer: %s', (line) => {
    expect(wireTrailerKind(line)).toBeNull()
  })
})

describe('wireHeaderRule: what agencies put above a story', () => {
  test.each([
    ['^BC-US--Rescued Pony Home,0420<', 'wire-slug'],
    ['BC-US--Rescued Pony Home, 1st Ld-Writethru', 'wire-slug'],
    ['a0234 4 a AM-Pony Home 04-29 0420', 'wire-slug'],
    ['ZCZC AFP0123 4 POL /AFP-PM13', 'wire-slug'],
    ['AFP0456 4 POL 0312 AFP /AFP-BT34', 'wire-slug'],
    ['URGENT', 'wire-flag'],
    ['BULLETIN', 'wire-flag'],
    ['REFILE', 'wire-flag'],
    ['CORRECTED', 'wire-flag'],
    ['1ST LEAD', 'wire-flag'],
    ['REFILE-UPDATE 2', 'wire-flag'],
    ['Deutschland/Verkehr/Bahn/', 'wire-keywords'],
    ['Eds: UPDATES with growers comment', 'wire-editor-note'],
  ])('%s → %s', (line, rule) => {
    expect(wireHeaderRule(line)).toBe(rule)
  })

  test.each([
    'Urgent talks on Gaza ceasefire',
    'BC Hydro raises rates on Monday',
    'UPDATE 1-Shipping insurers raise war-risk premiums',
    'RESCUED PONY GOES HOME TO FARM',
    'A380 jets grounded after engine fault',
    "Editor's Note",
    "The editor's note was read aloud",
    'and/or',
  ])('not a header line: %s', (line) => {
    expect(wireHeaderRule(line)).toBeNull()
  })

  test.each([
    ['NEW LEAD', true],
    ['UPDATE 3', true],
    ['NEW', false],
    ['1ST', false],
    ['LEAD STORY ON PAGE ONE', false],
  ])('isFlagLine(%s) → %s', (line, expected) => {
    expect(isFlagLine(line)).toBe(expected)
  })
})

describe('standsAlone: lines never joined to wrapped copy', () => {
  test.each([
    [' Reuter', true],
    [' Reuter\u0003', true],
    ['-30-', true],
    ['___', true],
    ['the Parana coffee belt, easing the dry spell that began in', false],
  ])('%s → %s', (line, expected) => {
    expect(standsAlone(line)).toBe(expected)
  })
})

test("standsAlone answers as the plain test of the line's visible words does, over every fixture line", () => {
  const plain = (text: string): boolean => {
    const t = stripControls(text).trim()
    return t.length > 0 && t.length <= 40 && (SIGNOFF.test(t) || END_MARK.test(t) || /^_{3,}$/.test(t))
  }
  const marks = ['Reuter', '-30-', '___', 'AFP', 'ENDS', 'X'.repeat(40), 'X'.repeat(41)]
  for (const t of [...fixtureLinesAndParagraphs(), ...marks]) {
    for (const v of [t, ` ${t}\u0003`, `\u0001\t${t}  `, `${t}\u00a0`]) expect(standsAlone(v)).toBe(plain(v))
  }
})

describe('tidy: ANPA typewriter conventions in text fields', () => {
  test.each([
    ["``We had a good night,'' he said.", '“We had a good night,” he said.'],
    ['ATLANTA (AP) _ Peaches froze _ again.', 'ATLANTA (AP) — Peaches froze — again.'],
    ["rock 'n' roll", "rock 'n' roll"],
    ['snake_case and __init__', 'snake_case and __init__'],
    ['a\u0001b\u007fc', 'a b c'],
  ])('%s', (input, output) => {
    expect(tidy(input)).toBe(output)
  })
})

describe('segmentText on hard-wrapped wire copy', () => {
  test('Reuters: an indented line opens a paragraph, even after a short one; the sign-off stands alone', () => {
    const text = [
      'PARANA COFFEE REVIEW',
      '',
      '    CURITIBA, March 9 - Light rain fell on most days last week',
      'across the Parana coffee belt, easing the dry spell that began in',
      'December, a trade report said.',
      '    Growers expect picking to start two weeks late.',
      '    Deliveries in the week to March 5 reached 48,310 bags',
      'of 60 kilos.',
      ' Reuter',
      '\u0003',
    ].join('\n')
    expect(segmentText(text).map((b) => b.text)).toEqual([
      'PARANA COFFEE REVIEW',
      'CURITIBA, March 9 - Light rain fell on most days last week across the Parana coffee belt, easing the dry spell that began in December, a trade report said.',
      'Growers expect picking to start two weeks late.',
      'Deliveries in the week to March 5 reached 48,310 bags of 60 kilos.',
      'Reuter',
    ])
  })

  test('AP: tab-indented paragraphs, wrapped lines joined', () => {
    const text = 'HEADLINE HERE\n\n\tATLANTA (AP) _ First paragraph runs on\nto a second line.\n\tSecond paragraph.\n'
    expect(segmentText(text).map((b) => b.text)).toEqual([
      'HEADLINE HERE',
      'ATLANTA (AP) — First paragraph runs on to a second line.',
      'Second paragraph.',
    ])
  })

  test('a block quote indented as a whole inside flush wrapped copy is not cut after its first full line', () => {
    const text = [
      'The statement, issued late on Tuesday after a long meeting of the board,',
      'said the company would not comment further on the talks at this stage.',
      '    We remain committed to reaching an agreement that works for all of',
      '    our shareholders and employees, and we will say more in due course.',
      'Shares in the company closed 2% higher in London on Tuesday afternoon.',
    ].join('\n')
    const quote = segmentText(text).find((b) => b.text.startsWith('We remain'))
    expect(quote?.text).toMatch(
      /^We remain committed .* all of our shareholders and employees, and we will say more in due course\./,
    )
  })

  test('copy indented as a whole is not split at every line', () => {
    const text =
      '    A paragraph indented as a whole block runs on for a while\n    and is wrapped at about sixty columns like this one is.\n    It goes on here as well, still the same paragraph in fact.\n'
    expect(segmentText(text)).toHaveLength(1)
  })
})

describe('a wire story end to end', () => {
  test('flags, slugs and notes are editor notes; trailers keep their kind; the body is clean', () => {
    const a = parseArticle(
      'URGENT\n\nBC-Peach Harvest, 1st Ld-Writethru\n\nPeach growers count losses\n\nATLANTA (AP) _ Growers lost half the crop, officials said on Tuesday.\n\n___\n\nAP writer Jeff Amy contributed to this report.\n\n-30-\n',
    )
    expect(a.headline).toBe('Peach growers count losses')
    expect(a.dateline).toMatchObject({ location: 'ATLANTA', agency: 'AP' })
    expect(a.body.map((b) => b.text)).toEqual(['Growers lost half the crop, officials said on Tuesday.'])
    expect(a.boilerplate.map((b) => b.kind)).toEqual(['editor-note', 'editor-note', 'trailer', 'trailer', 'endmark'])
  })

  test('an end mark between paragraphs is boilerplate; a trailer-like line there is not', () => {
    const a = parseArticle(
      'Talks resume\n\nThe talks resumed on Monday in Geneva after a week-long pause.\n\n(MORE)\n\nContributing: a second round is planned, officials said on Monday.\n\nDelegates met for three hours.\n',
    )
    expect(a.boilerplate).toEqual([expect.objectContaining({ kind: 'endmark', text: '(MORE)' })])
    expect(a.body).toHaveLength(3)
  })

  test('a dpa headline loses its closing " =" mark', () => {
    const a = parseArticle(
      'Politik/Wahlen/\n\nMerz trifft Macron in Paris =\n\nParis (dpa) - Bundeskanzler Merz ist am Montag nach Paris gereist.\n',
    )
    expect(a.headline).toBe('Merz trifft Macron in Paris')
    expect(a.dateline).toMatchObject({ location: 'Paris', agency: 'dpa' })
  })
})
