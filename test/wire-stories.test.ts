import { describe, expect, test } from 'vitest'
import { isTable, rowCells } from '../src/detect/table.js'
import { parseArticle, parseStories } from '../src/index.js'
import { segmentText } from '../src/source/segment-text.js'

// The wire steps on short stories written for each rule: what the header, heading, notebook and
// trailer become, and the wire object read off them. Control characters: SOH \u0001, STX \u0002,
// ETX \u0003, EOT \u0004, SYN \u0016, US \u001f.

const kinds = (a: ReturnType<typeof parseArticle>) => a.boilerplate.map((b) => [b.kind, b.text])

describe('ANPA-1312', () => {
  const story = [
    '\u0016\u0016\u0001A0412\u001fnatl',
    'b a\u0013\u0011 BC-US--Dam-Breach 1stLd-Writethru 03-02 0218',
    '\u0002^BC-US--Dam Breach, 1st Ld-Writethru,218<',
    '^Levee breaks on Red River<',
    '^Hundreds leave homes as water rises<',
    '^Eds: Adds evacuation figures.<',
    '^By JO LEE=',
    '^Associated Press=',
    '\t   FARGO, N.D. (AP) _ A levee on the Red River broke on Saturday.',
    '\t   \u0003AP-WF-03-02-24 1810GMT<',
    '\u0004',
  ].join('\r\n')
  const a = parseArticle(story)

  test('the ^ lines: headline, standfirst, byline with its title line; marks never reach a text field', () => {
    expect(a.headline).toBe('Levee breaks on Red River')
    expect(a.standfirst).toBe('Hundreds leave homes as water rises')
    expect(a.byline).toMatchObject({ authors: ['JO LEE'], agency: 'Associated Press' })
    expect(a.dateline).toMatchObject({ location: 'FARGO, N.D.', agency: 'AP' })
    expect(a.body.map((b) => b.text)).toEqual(['A levee on the Red River broke on Saturday.'])
  })

  test('the wire object', () => {
    expect(a.wire).toEqual({
      slug: 'Dam Breach',
      keywords: [],
      priority: { code: 'b', rank: 2 },
      category: 'a',
      version: '1stLd-Writethru',
      wordCount: 218,
      sequence: '0412',
      filed: 'AP-WF-03-02-24 1810GMT',
      embargo: null,
      editorNotes: ['Eds: Adds evacuation figures.'],
    })
  })

  test('a ^ line without its closing mark is body, its caret dropped', () => {
    const b = parseArticle(
      [
        '\u0001A0001\u001fx',
        'r e\u0013\u0011 AP-Top-Headlines 02-09 0121',
        '\u0002^AP Top News at noon<',
        '^First story of the list',
        '^Second story of the list',
        '\u0003',
      ].join('\r\n'),
    )
    expect(b.headline).toBe('AP Top News at noon')
    expect(b.body.map((x) => x.text)).toEqual(['First story of the list', 'Second story of the list'])
  })
})

describe('IPTC 7901', () => {
  test('flags, an overline, a headline and a byline in the heading closed by " ="', () => {
    const a = parseArticle(
      [
        '\u0001bdt0123 2 pl 198 dpa 0231',
        '',
        'Deutschland/Bahn/',
        '\u0002EILT',
        '2. Zusammenfassung',
        'Verkehr:',
        'Bahn streicht Nachtzüge',
        'Von Anna Schmidt, Berlin, dpa =',
        '',
        'Berlin (dpa) - Die Bahn streicht ihre Nachtzüge nach Paris.',
        '\u0003101512 GMT Mar 10',
        '\u0004',
      ].join('\r\n'),
    )
    expect(a.headline).toBe('Bahn streicht Nachtzüge')
    expect(a.byline).toMatchObject({ authors: ['Anna Schmidt'], agency: 'dpa' })
    expect(a.dateline?.text).toBe('Berlin (dpa)')
    expect(a.wire).toMatchObject({
      slug: 'Deutschland/Bahn',
      keywords: ['Deutschland', 'Bahn'],
      priority: { code: '2', rank: 2 },
      category: 'pl',
      wordCount: 198,
      sequence: '0123',
      version: 'EILT',
      filed: '101512 GMT Mar 10',
    })
    expect(kinds(a)).toContainEqual(['other', 'Verkehr:'])
  })

  test('a long line above the headline is its first line, not an overline', () => {
    const a = parseArticle(
      [
        '\u0001eca047 4 i 186 dpa 073',
        '\u0002Bavaria Free Voters: Budget talks with',
        'the governor could stall =',
        '',
        'Munich (dpa) - The budget talks could stall, a party official said.',
        '\u0003',
      ].join('\r\n'),
    )
    expect(a.headline).toBe('Bavaria Free Voters: Budget talks with the governor could stall')
  })

  test('a message opened by ZCZC instead of SOH: the header, and the keyword line right under it', () => {
    const a = parseArticle(
      'ZCZC AFP0123 4 POL 0312 AFP /AFP-PM13\nFrance-politique\n\nLe gouvernement survit\n\nPARIS, 10 déc 2024 (AFP) - Le gouvernement a survécu.\n\nNNNN\n',
    )
    expect(a.headline).toBe('Le gouvernement survit')
    expect(a.dateline?.date).toBe('10 déc 2024')
    expect(a.wire).toMatchObject({ slug: 'France-politique', priority: { code: '4', rank: 4 }, category: 'POL' })
    expect(a.body.map((b) => b.text)).toEqual(['Le gouvernement a survécu.'])
  })

  test('a headline on the STX line after the header', () => {
    const a = parseArticle(
      '\u0001eca047 4 i 186 dpa 073\u0002Talks could fail =\n\nBerlin (dpa) - Talks could fail.\n\u0003',
    )
    expect(a.headline).toBe('Talks could fail')
    expect(a.wire?.category).toBe('i')
  })
})

describe('AAP', () => {
  test('ZCZC tags: headline from $, slug from #, category from the one-letter tag; tags never published', () => {
    const a = parseArticle(
      [
        'ZCZC AAP',
        '%A',
        '#Floods_BC1',
        '$Floods close Hume Highway',
        ':(SYDNEY)',
        'Floods closed the Hume Highway on Monday.',
        '',
        'AAP KW',
        'NNNN',
      ].join('\r\n'),
    )
    expect(a.headline).toBe('Floods close Hume Highway')
    expect(a.body.map((b) => b.text)).toEqual(['Floods closed the Hume Highway on Monday.'])
    expect(a.wire).toMatchObject({ slug: 'Floods_BC1', category: 'A' })
    expect(kinds(a)).toContainEqual(['not-for-publication', ':(SYDNEY)'])
    expect(kinds(a)).toContainEqual(['signoff', 'AAP KW'])
  })

  test('a one-letter $ tag is the category, not the headline', () => {
    const a = parseArticle(
      ['ZCZC AAP', '%MGD', '$K', 'Building work rose by 1.2% in the June quarter.', 'NNNN'].join('\n'),
    )
    expect(a.wire?.category).toBe('K')
    expect(a.headline).not.toBe('K')
  })

  test('tagged feed: TI# headline, AB# standfirst, KY# keywords, text after TX#', () => {
    const a = parseArticle(
      [
        'zczc',
        'AN#123',
        'KY#ACNB Comnews XYZ.AX',
        'TI#XYZ lifts profit',
        'AB#XYZ lifted its profit by 9%.',
        'TX#',
        'XYZ lifted its full-year profit by 9%.',
      ].join('\n'),
    )
    expect(a.headline).toBe('XYZ lifts profit')
    expect(a.standfirst).toBe('XYZ lifted its profit by 9%.')
    expect(a.body.map((b) => b.text)).toEqual(['XYZ lifted its full-year profit by 9%.'])
    expect(a.wire).toMatchObject({ keywords: ['ACNB', 'Comnews', 'XYZ.AX'], sequence: '123' })
  })
})

describe('dpa notebook', () => {
  const a = parseArticle(
    [
      'Rail strike ends',
      '',
      'Berlin (dpa) - The rail strike ended on Monday.',
      '',
      '# Notebook',
      '',
      '## Note to editors',
      '- corrects date in graf 1',
      '',
      '* * * *',
      'The following information is not for publication',
      '',
      '## Editorial contacts',
      '- Reporting by: Jan Meier',
      '- Tel: +49 30 5550 12345',
      '',
      'dpa jm kr',
    ].join('\n'),
  )

  test('nothing of it is body; contacts are contact, initials signoff, the rest not-for-publication', () => {
    expect(a.body.map((b) => b.text)).toEqual(['The rail strike ended on Monday.'])
    expect(kinds(a)).toEqual([
      ['not-for-publication', '# Notebook'],
      ['not-for-publication', '## Note to editors'],
      ['not-for-publication', '- corrects date in graf 1'],
      ['not-for-publication', '* * * *'],
      ['not-for-publication', 'The following information is not for publication'],
      ['contact', '## Editorial contacts'],
      ['contact', '- Reporting by: Jan Meier'],
      ['contact', '- Tel: +49 30 5550 12345'],
      ['signoff', 'dpa jm kr'],
    ])
    expect(a.wire?.editorNotes).toEqual(['corrects date in graf 1'])
  })

  test('"* * *" alone between paragraphs is a scene break, no notebook', () => {
    const b = parseArticle('Night falls\n\nThe first part of the story.\n\n* * *\n\nThe second part of the story.\n')
    expect(b.body.map((x) => x.text)).toContain('The second part of the story.')
  })
})

describe('trailers', () => {
  test('a sign-off glued to the last words is cut off them', () => {
    const a = parseArticle(
      'Court halts reactor\n\nTOKYO, Dec. 9 Kyodo - A court halted a reactor.\n\nThe utility will appeal.==Kyodo\n',
    )
    expect(a.body.map((b) => b.text)).toEqual(['A court halted a reactor.', 'The utility will appeal.'])
    expect(kinds(a)).toContainEqual(['signoff', '==Kyodo'])
  })

  test("what stands under AP's ___ near the end is the trailer", () => {
    const a = parseArticle(
      'Storm hits coast\n\nMIAMI (AP) _ A storm hit the coast.\n\n___\n\nAP writer Ana Ruiz helped with this story.\n',
    )
    expect(a.body.map((b) => b.text)).toEqual(['A storm hit the coast.'])
    expect(kinds(a)).toEqual([
      ['trailer', '___'],
      ['trailer', 'AP writer Ana Ruiz helped with this story.'],
    ])
  })

  test('an embargo is the wire object embargo', () => {
    const a = parseArticle('EMBARGOED UNTIL 0001 GMT FRIDAY\n\nPrices rise\n\nLONDON (Reuters) - Prices rose.\n')
    expect(a.wire?.embargo).toBe('0001 GMT FRIDAY')
    expect(a.headline).toBe('Prices rise')
  })
})

describe('flags and end marks', () => {
  test.each(['EILT', 'EXTRA', 'URGENT'])('a dateline after the flag line %s', (flag) => {
    const a = parseArticle(`${flag}\n\nBerlin (dpa) - Der Bundestag hat den Haushalt beschlossen.\n`)
    expect(a.headline).toBeNull()
    expect(a.dateline?.text).toBe('Berlin (dpa)')
    expect(a.wire?.version).toBe(flag)
    expect(a.body.map((b) => b.text)).toEqual(['Der Bundestag hat den Haushalt beschlossen.'])
  })

  test("a release's -0- above its contacts closes the text, and the contacts stay with the story", () => {
    const text =
      'Acme Opens Plant\n\nOSLO, May 3, 2024 /PRNewswire/ -- Acme opened a plant.\n\n-0-\n\nCONTACT: Jane Doe\nAcme Corp.\n+47 22 00 00 00\njane@acme.example\n'
    const stories = parseStories(text)
    expect(stories).toHaveLength(1)
    expect(stories[0]!.body.map((b) => b.text)).toEqual(['Acme opened a plant.'])
    expect(kinds(stories[0]!)[0]).toEqual(['endmark', '-0-'])
    const contacts = stories[0]!.boilerplate.filter((b) => b.kind === 'contact').map((b) => b.text)
    expect(contacts.join(' ')).toBe('CONTACT: Jane Doe Acme Corp. +47 22 00 00 00 jane@acme.example')
  })
})

describe('headlines and bulletins', () => {
  test('a bulletin opening with its message id: the sender header is boilerplate, the headline runs over two lines', () => {
    const a = parseArticle(
      'IDQ20885\nAustralian Government Bureau of Meteorology\nQueensland\n\nFlood Warning for\nthe Condamine River\n\nIssued at 4:00 pm EST on Monday 3 June 2024.\n\nMinor flooding is likely at Warwick.\n',
    )
    expect(a.headline).toBe('Flood Warning for the Condamine River')
    expect(a.dateline?.text).toBe('Issued at 4:00 pm EST on Monday 3 June 2024.')
    expect(a.body.map((b) => b.text)).toEqual(['Minor flooding is likely at Warwick.'])
  })

  test('a lead opening with a dateline is never the headline', () => {
    const a = parseArticle('HONOLULU (AP) _ Fishermen sue the state over new reef limits.\n')
    expect(a.headline).toBeNull()
    expect(a.dateline?.text).toBe('HONOLULU (AP)')
  })

  test('a first line that ends a sentence is no run-on headline', () => {
    const a = parseArticle('Storm closes schools\nin three counties\n\nSchools closed on Monday.\n')
    expect(a.headline).toBe('Storm closes schools')
  })
})

describe('tables and lists', () => {
  test.each([
    ['Hawks        10    2   .833', ['Hawks', '10', '2', '.833']],
    ['New York\t8\t4', ['New York', '8', '4']],
  ])('rowCells(%j)', (line, cells) => {
    expect(rowCells(line)).toEqual(cells)
  })

  test.each(['The council met on Monday.', 'He said.  The vote was close and the mayor lost his seat in the end.'])(
    'no row: %j',
    (line) => {
      expect(rowCells(line)).toBeNull()
    },
  )

  test.each([
    [
      [
        ['Team', 'W'],
        ['Hawks', '10'],
        ['Comets', '5'],
      ],
      true,
    ],
    [[['Hawks', '10']], false],
    [
      [
        ['Team', 'W', 'L'],
        ['Hawks', '10'],
      ],
      false,
    ],
    [
      [
        ['Monday', 'Dinner at eight'],
        ['Tuesday', 'Film night'],
      ],
      false,
    ],
  ])('isTable(%j) → %s', (rows, expected) => {
    expect(isTable(rows)).toBe(expected)
  })

  test('agate becomes one table block, a run of bullets one list, numbered items an ordered list', () => {
    const a = parseArticle(
      'Hawks stay top\n\nThe Hawks won again.\n\nTeam      W   L\nHawks    10   2\nComets    5   7\n\n* Tickets on sale Monday\n* Parking opens early\n\n1. Hawks at Comets\n2. Rangers at Hawks\n',
    )
    expect(a.body.map((b) => b.type)).toEqual(['paragraph', 'table', 'list', 'list'])
    expect(a.body[1]).toMatchObject({
      rows: [
        ['Team', 'W', 'L'],
        ['Hawks', '10', '2'],
        ['Comets', '5', '7'],
      ],
    })
    expect(a.body[2]).toMatchObject({ ordered: false, items: ['Tickets on sale Monday', 'Parking opens early'] })
    expect(a.body[3]).toMatchObject({ ordered: true, items: ['Hawks at Comets', 'Rangers at Hawks'] })
  })

  test('a numbered line over a paragraph of its own is no list; nor are dash-led quotations', () => {
    const a = parseArticle(
      'Ten things\n\n1. STORM HITS COAST\n\nA storm hit the coast on Monday.\n\n2. TALKS RESUME\n\nTalks resumed in Geneva.\n',
    )
    expect(a.body.some((b) => b.type === 'list')).toBe(false)
    const b = parseArticle(
      'Satellit\n\n- Den er ikke større end en skotøjsæske, og det er derfor, at den kan bæres under armen, siger han.\n\n- Det er første gang, at vores hold har sendt noget så langt op i luften, siger hun.\n',
    )
    expect(b.body.some((x) => x.type === 'list')).toBe(false)
  })
})

describe('segmentation of wire copy', () => {
  test('each ANPA header line is a block of its own', () => {
    const blocks = segmentText(
      '^Headline one here and some more words<\n^Standfirst runs on for a while here<\n^By JO LEE=\n',
    )
    expect(blocks.map((b) => b.text)).toEqual([
      '^Headline one here and some more words<',
      '^Standfirst runs on for a while here<',
      '^By JO LEE=',
    ])
  })

  test('a list item wrapped to its words keeps its lines; a web address after a sentence stands alone', () => {
    const text =
      'A wrapped paragraph of copy that runs on to the wrap width of the story here\nand ends on this line with a full stop after it has gone on a while.\n    -- A bullet point that is wrapped at the wrap width of this story, in two\n       lines under its words.\nThe paragraph after the bullet runs on to the wrap width of the story here.\nhttps://www.example.com/watch?v=1\n'
    const blocks = segmentText(text).map((b) => b.text)
    expect(blocks).toContain(
      '-- A bullet point that is wrapped at the wrap width of this story, in two lines under its words.',
    )
    expect(blocks).toContain('https://www.example.com/watch?v=1')
  })
})
