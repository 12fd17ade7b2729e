import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parseArticle, toVFile } from '../src/index.js'

// Every row is a story body (a headline line is added in front) and the quotes we expect from it:
// [quoted words (start of), speaker, role?]. Rows pin one attribution pattern each.
type Want = [text: string, speaker: string | null, role?: string | null]

function quotes(body: string) {
  return parseArticle(`Council row over ferry fares\n\n${body}\n`).quotes
}
function check(body: string, want: Want[]) {
  const got = quotes(body)
  // Each quote as [its start, speaker, role]; the role is compared only where the row names one.
  const seen = got.map((q, i) => {
    const text = want[i]?.[0] ?? ''
    const row: (string | null)[] = [q.text.startsWith(text) ? text : q.text, q.speaker]
    return want[i]?.[2] === undefined ? row : [...row, q.role]
  })
  expect(seen).toEqual(
    want.map(([text, speaker, role]) => (role === undefined ? [text, speaker] : [text, speaker, role])),
  )
}

describe('cue orders', () => {
  test.each<[string, string, Want[]]>([
    ['"…," X said', '"We will not back down," Marta Ellison said.', [['We will not back down', 'Marta Ellison']]],
    ['"…," said X', '"We will not back down," said Marta Ellison.', [['We will not back down', 'Marta Ellison']]],
    [
      '"…," said a description',
      '"It was the only decision," said a club spokesman.',
      [['It was the only decision', 'a club spokesman']],
    ],
    ['X said: "…"', 'Marta Ellison said: "We will not back down."', [['We will not back down', 'Marta Ellison']]],
    ['X said, "…"', 'Marta Ellison, also said, "We will not back down."', [['We will not back down', 'Marta Ellison']]],
    [
      'X said that … "…"',
      'Marta Ellison said on Sunday that the fees were "long overdue."',
      [['long overdue', 'Marta Ellison']],
    ],
    ['Said X, "…"', 'Said Ellison, "The stone is moving."', [['The stone is moving', 'Ellison']]],
    [
      'according to X',
      'The repairs would cost "at least four million," according to Marta Ellison.',
      [['at least four million', 'Marta Ellison']],
    ],
    [
      'According to X, … "…"',
      'According to Marta Ellison, the repairs are "long overdue."',
      [['long overdue', 'Marta Ellison']],
    ],
    ['"…!" X declared', '"And I am not being paid!" Kowalski declared.', [['And I am not being paid', 'Kowalski']]],
    [
      'verb governing a partial',
      'Dan Kowalski called the plan "a tax on pensioners."',
      [['a tax on pensioners', 'Dan Kowalski']],
    ],
    [
      'country as speaker',
      'Dismissing its role, Portugal has instead accused its neighbours of "moving the goalposts."',
      [['moving the goalposts', 'Portugal']],
    ],
    [
      'participle takes the subject',
      'Dan Kowalski, who runs three boats, wrote to passengers, telling them, "Fares will double."',
      [['Fares will double', 'Dan Kowalski']],
    ],
    [
      'dash appositive',
      'Jason Pell — a welder from Cedar Falls — says the ruling was "a big relief."',
      [['a big relief', 'Jason Pell']],
    ],
    [
      'second verb of the same subject',
      'Lund spoke in Akron on Tuesday and says he stayed "undecided."',
      [['undecided', 'Lund']],
    ],
    [
      'progressive',
      'Ronald Carver is telling fans that "when you lose, it is painful."',
      [['when you lose', 'Ronald Carver']],
    ],
    [
      'subordinate clause skipped',
      'When asked whom she backed, Ms. Farrow laughed and said, "I am holding out for Thornbury."',
      [['I am holding out', 'Ms. Farrow']],
    ],
    [
      'participle subject before an earlier quote',
      'Sen. Bernard Pollard (I-Vt.) went on WXKT\'s "Morning Hour" to talk about his rival, saying "even on a bad day" she is stronger.',
      [['even on a bad day', 'Bernard Pollard']],
    ],
    [
      'a partial quote takes the verb after it when that verb is tight',
      'When Whitcomb sent towns grants, "towns were bleeding cash," DeMarco said.',
      [['towns were bleeding', 'DeMarco']],
    ],
    [
      'a lower-case particle opens the name',
      'If Pollard agreed to a debate, de Vallon tweeted, "I will host it."',
      [['I will host it', 'de Vallon']],
    ],
    [
      'a titled name after a preposition still speaks',
      'The Council on Harbour Affairs Executive Director Samir Haddad says in a statement that it is "stoking fear."',
      [['stoking fear', 'Samir Haddad']],
    ],
    [
      'a later clause with its own speaker',
      'Hollister is reassuring donors after a donor told him he is "too cautious" to win.',
      [['too cautious', 'a donor']],
    ],
    [
      'a later clause whose subject has a place phrase',
      'Hollister is reassuring donors after a man in Salem told him he is "too cautious" to win.',
      [['too cautious', 'a man in Salem']],
    ],
    [
      '…and a place with its state between commas',
      'Hollister is reassuring donors after a man in Salem, Oregon, told him he is "too cautious" to win.',
      [['too cautious', 'a man in Salem, Oregon']],
    ],
    [
      '…but a name with such a description in apposition speaks',
      'Dan Kowalski, a ferry captain from Dover, New Hampshire, says the fares are "too high."',
      [['too high', 'Dan Kowalski']],
    ],
    [
      'a later clause whose speaker we cannot read',
      'Hollister is reassuring donors after the man we met in Salem told him he is "too cautious" to win.',
      [['too cautious', null]],
    ],
    [
      'first cue verb governs',
      'The minister said the government would keep working towards "lasting calm."',
      [['lasting calm', 'The minister']],
    ],
  ])('%s', (_name, body, want) => check(body, want))
})

describe('what is not a speaker', () => {
  test.each<[string, string, Want[]]>([
    [
      'a quote after a full stop is not attributed to the next sentence',
      '"The fares will double." Kowalski said the board had voted in March.',
      [['The fares will double', null]],
    ],
    [
      'a clause after the quote is not a role',
      'Pell said he was "keeping his options open" until Corley said she was backing Ferrante.',
      [['keeping his options open', 'Pell']],
    ],
    [
      'a name after a preposition is an object (the describer speaks)',
      'A source speaking to Harbour Radio said, "The vote was rigged."',
      [['The vote was rigged', 'A source']],
    ],
    [
      'a name after a preposition with no description before it',
      'Speaking to Harbour Radio said, "The vote was rigged."',
      [['The vote was rigged', null]],
    ],
    [
      'a noun that looks like a verb',
      'His rubble comment was "an expression of frustration," aides noted.',
      [['an expression of frustration', 'aides']],
    ],
    [
      '"when he said" after the quote is not the cue',
      'Ellison said the plan was "fair" when the mayor said it was not.',
      [['fair', 'Ellison']],
    ],
    ['passive', 'The plan was called "a scandal" by some.', []],
    ['time words after said', '"It is over," said Thursday morning a spokesman.', [['It is over', null]]],
    [
      'a team before a name is its role, not part of it',
      '"We were never going to give this one away," All-Stars Dorian Vance said after the game.',
      [['We were never going to give', 'Dorian Vance', 'All-Stars']],
    ],
    [
      'a pronoun glued to an organisation where copy lost a full stop',
      'Marta Ellison read the figures from the Environmental Working Group He said "the water is not safe to drink."',
      [['the water is not safe to drink', 'Marta Ellison']],
    ],
    [
      'an organisation is no person for a pronoun to resolve to',
      'The Harbour Trust published its report on Monday. "We saw this coming for years," he said.',
      [['We saw this coming for years', null]],
    ],
  ])('%s', (_name, body, want) => check(body, want))
})

describe('titles of works are not quotations unless a cue says so', () => {
  test.each<[string, string, Want[]]>([
    [
      'a film named after its noun',
      'Kwon Tae-sik said the film "Lantern" changed his life, and he thanked the cast.',
      [],
    ],
    [
      'a series named after its noun',
      'She said she loved the Amazon series "The Curious Mrs. Pemberton" and watched it twice.',
      [],
    ],
    [
      'a cue right before the title says so (kept, as PolNeAR counts it)',
      'His campaign paid to air a short film called "Somos Vecinos" on Canal Nueve.',
      [['Somos Vecinos', null]],
    ],
    [
      'a cue right after the quote says so',
      '"The Last Harbour," the director said of his film "The Long Crossing," was the hardest to make.',
      [['The Last Harbour', 'the director']],
    ],
    [
      'a sentence quoted after a work noun is a quotation',
      'In the film, the captain says: "We will not leave anyone behind on this island."',
      [['We will not leave anyone behind', 'the captain']],
    ],
  ])('%s', (_name, body, want) => check(body, want))
})

describe('roles and appositives', () => {
  test.each<[string, string, string, string | null]>([
    [
      'title before name',
      '"We will respond," Armenian Foreign Minister Levon Arakelian said.',
      'Levon Arakelian',
      'Armenian Foreign Minister',
    ],
    [
      'title with no name',
      'Azerbaijan Foreign Minister said the country would keep "building trust."',
      'Azerbaijan Foreign Minister',
      null,
    ],
    [
      'appositive',
      'Brannigan, a top Carver surrogate, said Carver was "absolutely right."',
      'Brannigan',
      'a top Carver surrogate',
    ],
    [
      'description, then name',
      'In an email, his chief policy adviser, Jack Sorensen, said: "Dialogue comes first."',
      'Jack Sorensen',
      'his chief policy adviser',
    ],
    [
      'role words before the name',
      '"I think there is a high risk," portfolio manager Bonnie Hale said.',
      'Bonnie Hale',
      'portfolio manager',
    ],
    ['honorific stays with the name', '"It was not planned," Mr. Mitchell said.', 'Mr. Mitchell', null],
  ])('%s', (_name, body, speaker, role) => {
    const [q] = quotes(body)
    expect(q?.speaker).toBe(speaker)
    expect(q?.role).toBe(role)
  })
})

describe('resolution and inheritance', () => {
  test('a surname resolves to the full name introduced earlier', () => {
    const got = quotes(
      'Armenian Prime Minister Armen Sarkisov spoke on Sunday.\n\n"Our systems are ineffective," Sarkisov said.',
    )
    expect(got[0]!.speaker).toBe('Armen Sarkisov')
  })

  test('a pronoun resolves to the last speaker, across paragraphs', () => {
    const got = quotes(
      '"We will not back down," Marta Ellison said.\n\nThe board meets on Friday.\n\n"Nobody promised a freeze," she said.',
    )
    expect(got.map((q) => q.speaker)).toEqual(['Marta Ellison', 'Marta Ellison'])
  })

  test('a pronoun prefers a name mentioned earlier in its own paragraph', () => {
    const got = quotes(
      '"We will not back down," Marta Ellison said.\n\nDan Kowalski disagreed. "Who will pay?" he said.',
    )
    expect(got.map((q) => q.speaker)).toEqual(['Marta Ellison', 'Dan Kowalski'])
  })

  test('a pronoun with nobody before it stays null', () => {
    expect(quotes('"Nobody promised a freeze," she said.')[0]!.speaker).toBeNull()
  })

  test('interleaved speakers keep their own quotes', () => {
    const got = quotes(
      '"They told us in March," Kowalski said. "Now they want twice as much."\n\n"Nobody promised that," Ellison said.',
    )
    expect(got.map((q) => q.speaker)).toEqual(['Kowalski', 'Kowalski', 'Ellison'])
  })

  test("an uncued quote opening a paragraph takes the previous paragraph's speaker", () => {
    const got = quotes('"We waited eleven years," Marta Ellison said.\n\n"The stone is moving every winter."')
    expect(got.map((q) => q.speaker)).toEqual(['Marta Ellison', 'Marta Ellison'])
  })

  test('an introducing paragraph gives its speaker to the quote below', () => {
    const got = quotes('The town\'s mayor, Priya Raman, said:\n\n"Both sides need to sit down."')
    expect(got.map((q) => q.speaker)).toEqual(['Priya Raman'])
  })

  test('a quote over two paragraphs takes the speaker named at its end', () => {
    const got = quotes(
      '"We have put this off for eleven years.\n\n"If we wait again, we will close the harbour," Ellison said.',
    )
    expect(got.map((q) => [q.speaker, q.kind])).toEqual([
      ['Ellison', 'direct'],
      ['Ellison', 'direct'],
    ])
  })
})

describe('kinds and scare quotes', () => {
  // The first quote's kind and speaker, or null when no quote is reported.
  test.each<[string, string, [string, string | null] | null]>([
    ['direct sentence', '"We will win," she said.', ['direct', null]],
    ['partial in narration', 'Ellison called the fees "long overdue."', ['partial', 'Ellison']],
    ['a scare quote with no cue is dropped', 'The so-called "experts" were not invited.', null],
    ['a work title with no cue is dropped', 'The report, "Office in a Pocket Review", came out.', null],
    [
      'a longer unattributed quote is kept, with no speaker',
      'The plan was meant to "open up markets and cut the red tape" for good.',
      ['partial', null],
    ],
  ])('%s', (_name, body, want) => {
    const first = quotes(body)[0]
    expect(first ? [first.kind, first.speaker] : null).toEqual(want)
  })

  test('a block-quote paragraph is kind "block"', () => {
    const a = parseArticle('# Ferry row\n\nThe board wrote:\n\n> "We will not back down on the fares."\n', {
      from: 'markdown',
    })
    expect(a.quotes.map((q) => q.kind)).toEqual(['block'])
  })
})

describe('fixtures', () => {
  const read = (name: string) =>
    toVFile(readFileSync(join(import.meta.dirname, '..', 'fixtures', name, 'input.txt')), { path: `${name}/input.txt` })
  test('offsets point at the quote in its body block, marks included', () => {
    const a = parseArticle(read('quotes-wire'))
    for (const q of a.quotes) {
      const span = a.body[q.block]!.text.slice(q.start, q.end)
      expect(span).toContain(q.text)
      expect(span.length).toBeGreaterThan(q.text.length)
    }
  })

  test('headline quotes are not reported (block indexes the body only)', () => {
    const a = parseArticle(read('quotes-headline'))
    expect(a.headline).toContain('We are not for sale')
    expect(a.quotes.some((q) => q.text.includes('not for sale'))).toBe(false)
  })
})

describe('names gathered only as far as needed', () => {
  test('a surname with no full name before it takes the first full name later in the story', () => {
    const body =
      '"The fares will double," Ellison said.\n\nThe board meets on Friday.\n\nMarta Ellison chairs the harbour board.'
    expect(quotes(body).map((q) => q.speaker)).toEqual(['Marta Ellison'])
  })

  test('a pronoun finds a name in a paragraph no quote made us read', () => {
    const body = 'The board met on Friday.\n\nDan Kowalski disagreed with the vote. "Who will pay?" he said.'
    expect(quotes(body).map((q) => q.speaker)).toEqual(['Dan Kowalski'])
  })
})

describe('sources without a person: documents, clauses, owners', () => {
  test.each<[string, string, Want[]]>([
    // closing-description
    [
      'a description after a comma closes the sentence',
      '"We have built a fine network" there and in the north, the memo stated.',
      [['We have built', 'the memo']],
    ],
    [
      '…and passes it to the next quote',
      'The fares are "long overdue," the harbour board writes. "Nobody disputes that."',
      [
        ['long overdue', 'the harbour board'],
        ['Nobody disputes', 'the harbour board'],
      ],
    ],
    [
      'no comma: a clause of its own, no source',
      '"We have built a fine network" when the memo stated it.',
      [['We have built', null]],
    ],
    // document-reads
    [
      'a text that reads',
      '"Welcome, visitors!" a sign on the pier reads. "Fares double in May."',
      [
        ['Welcome, visitors', 'a sign on the pier'],
        ['Fares double', 'a sign on the pier'],
      ],
    ],
    [
      'read with an object is no cue after the quote',
      '"Welcome, visitors!" Kowalski read the sign aloud to them.',
      [['Welcome, visitors', null]],
    ],
    // described-by-place
    [
      'a description with a place phrase',
      '"Fares will double," a narrator in the clip states.',
      [['Fares will double', 'a narrator in the clip']],
    ],
    [
      '…or with a named organisation',
      'A spokesman for the Harbour Trust said, "We will not pay."',
      [['We will not pay', 'A spokesman for the Harbour Trust']],
    ],
    [
      'a place phrase with no description opening the clause',
      'He sent word to the board said to be "final and binding."',
      [['final and binding', null]],
    ],
    // as-put-it
    [
      'as X put it',
      'Or, as Dan Kowalski, a former captain, put it: "The boats are inside the gate."',
      [['The boats are inside', 'Dan Kowalski', 'a former captain']],
    ],
    [
      'as X put it, leading a clause',
      'As Ms. Ellison put it in a letter in July, the board is "providing a service nobody else will."',
      [['providing a service', 'Ms. Ellison']],
    ],
    [
      '"as" with no "put it" is no source',
      'As Ms. Ellison arrived, the board was "providing a service nobody else will."',
      [['providing a service', null]],
    ],
    // possessive-owner
    [
      'an owner in the possessive is the role',
      '"We focus on fares," Harbour Action Forum’s Douglas Hart-Ellery said at the event.',
      [['We focus on fares', 'Douglas Hart-Ellery', 'Harbour Action Forum’s']],
    ],
    [
      'a possessive inside a clause is not an owner',
      '"We focus on fares," she wrote after visiting Kowalski’s Marta Ellison said.',
      [['We focus on fares', null]],
    ],
  ])('%s', (_name, body, want) => check(body, want))
})

describe('a dateline lead-in', () => {
  test('quotes in the paragraph the dateline opens point into its text after the dateline', () => {
    const a = parseArticle(
      'Council row over ferry fares\n\nDOVER, March 3 (Reuters) - "We will not back down," Marta Ellison said.\n',
    )
    const [q] = a.quotes
    expect(q?.speaker).toBe('Marta Ellison')
    expect(a.body[q!.block]!.text.slice(q!.start, q!.end)).toBe('"We will not back down,"')
  })
})
