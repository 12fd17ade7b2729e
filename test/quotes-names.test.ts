import { describe, expect, test } from 'vitest'
import { nameKey } from '../src/quotes/split-role.js'

// nameKey: the words of a name that identify the person, for matching a surname to a full name.
describe('nameKey', () => {
  test.each<[string, string, string[]]>([
    ['a plain name', 'Armen Sarkisov', ['Armen', 'Sarkisov']],
    ['an honorific is dropped', 'Mr. Sarkisov', ['Sarkisov']],
    ['honorifics of other languages', 'Mme Dupont', ['Dupont']],
    ['a suffix is dropped', 'Martin Luther King Jr.', ['Martin', 'Luther', 'King']],
    ['a possessive is dropped', 'Garland’s', ['Garland']],
    ['a straight possessive', "Garland's", ['Garland']],
    ['a trailing comma', 'Smith,', ['Smith']],
    ['any whitespace splits', '  Marta\u00a0 Ellison\t', ['Marta', 'Ellison']],
    ['pieces that strip to nothing', "Smith , 's . Jones", ['Smith', 'Jones']],
    ['inner dots and hyphens stay', 'J.D. Holtz-Eakin', ['J.D', 'Holtz-Eakin']],
    ['an empty name', '', []],
  ])('%s', (_label, text, want) => {
    expect(nameKey(text)).toEqual(want)
  })
})
