import { describe, expect, test } from 'vitest'
import { isLanguageName } from '../src/detect/language-menu.js'
import { parseArticle } from '../src/index.js'
import { WINTER_STORY } from './helpers/winter-pier.js'

// A site's language picker (language-menu.ts): languages by their own names, a line each.

describe('isLanguageName: a language by its own name, perhaps with a region or script in brackets', () => {
  test.each(['Deutsch', 'Español (de México)', 'English (British)', '中文 (简体)', 'Português (do Brasil)', 'Русский'])(
    '%j',
    (text) => {
      expect(isLanguageName(text)).toBe(true)
    },
  )
  test.each(['German', 'Deutsch lernen', 'English and Welsh news', 'Spanish (Mexico)', 'Polish (PL)'])(
    'not: %j',
    (text) => {
      expect(isLanguageName(text)).toBe(false)
    },
  )
})

describe('a page with a language picker under its story', () => {
  const PICKER = ['Other languages:', 'Dansk', 'Deutsch', 'English', 'Español (de España)', 'Français', 'Italiano']
  const parse = (picker: string[]) =>
    parseArticle(['Council closes the pier for winter', ...WINTER_STORY, ...picker].join('\n\n'))
  test('the picker is navigation, not the body', () => {
    const article = parse(PICKER)
    expect(article.boilerplate.filter((b) => b.kind === 'navigation').map((b) => b.text)).toEqual(PICKER.slice(1))
    for (const name of PICKER.slice(1)) expect(article.body.map((b) => b.text)).not.toContain(name)
  })
  test('four names in a row are no picker: a story may list a few languages', () => {
    const article = parse(['Dansk', 'Deutsch', 'English', 'Français'])
    expect(article.boilerplate.filter((b) => b.kind === 'navigation')).toEqual([])
  })
})
