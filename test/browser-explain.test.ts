import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { explainStories, renderExplainHtml } from '../src/index.js'
import { toVFile } from '../src/source/to-vfile.js'
import { CHROMIUM, CI, chromiumAvailable, type OpenChromium, openChromium } from './helpers/chromium.js'
import { FIXTURES_DIR } from './helpers/fixtures.js'
import { HOSTILE_STORY } from './helpers/hostile-story.js'

// The explain page in a real browser (Debian's Chromium, as in
// browser-html.test.ts; never downloaded): every source line is there once
// with a role, nothing runs and nothing is fetched, quotes show their speaker
// on hover (title) and in print (::after). A screenshot of each page is saved
// in the test's temp folder, $TMPDIR/article-parse-explain-screenshots (kept,
// and overwritten by the next run, to look at). Mandatory under CI=true; elsewhere it skips with a
// notice when /usr/bin/chromium is missing. The seed story lives outside the
// repository (../shared/seed); without it that case is skipped.
const PAGE_URL = 'http://article-parse.test/explain.html'
const SEED = join(import.meta.dirname, '..', '..', 'shared', 'seed', '000_4a167c02a0997c50.txt')
const SHOTS = join(tmpdir(), 'article-parse-explain-screenshots')

if (!chromiumAvailable && !CI)
  console.warn(`NOTICE: ${CHROMIUM} not found, skipping the browser test of the explain page (mandatory when CI=true).`)
if (!existsSync(SEED)) console.warn(`NOTICE: ${SEED} not found, skipping the seed story's explain page in Chromium.`)

interface Dom {
  pwned: unknown
  scripts: number
  csp: string | null
  handlers: string[]
  urls: string[]
  lines: Array<{ line: string; role: string; text: string }>
  titles: string[]
  printed: string[]
}
const INSPECT = `({
  pwned: window.__pwned,
  scripts: document.querySelectorAll('script').length,
  csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null,
  handlers: [...document.querySelectorAll('*')].flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on'))),
  urls: [...document.querySelectorAll('[href],[src],[action],[data],[srcset],[poster]')].map((e) => e.outerHTML.slice(0, 80)),
  lines: [...document.querySelectorAll('.line')].map((e) => ({
    line: e.dataset.line, role: e.querySelector('.role').textContent || e.dataset.role, text: e.querySelector('.text').textContent,
  })),
  titles: [...document.querySelectorAll('u.quote')].map((e) => e.title),
  printed: [],
})`
const PRINTED = `[...document.querySelectorAll('u.quote')].map((e) => getComputedStyle(e, '::after').content)`

describe.skipIf(!chromiumAvailable && !CI)('the explain page in Chromium', () => {
  let browser: OpenChromium
  let context: BrowserContext

  beforeAll(async () => {
    browser = await openChromium('article-parse-explain-')
    context = browser.context
  }, 120_000)

  afterAll(async () => {
    await browser?.close()
  })

  /** Loads `html` with every other request refused; a screenshot goes to `shot` in the temp folder. */
  async function load(html: string, shot: string) {
    const page = await context.newPage()
    const requests: string[] = []
    const errors: string[] = []
    await page.route('**/*', async (route) => {
      if (route.request().url() === PAGE_URL)
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      requests.push(route.request().url())
      await route.abort()
    })
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('dialog', async (d) => {
      errors.push(`dialog ${d.message()}`)
      await d.dismiss()
    })
    // A marker only our own init script sets; any script on the page would find and change it.
    await page.addInitScript('window.__pwned = null')
    await page.setViewportSize({ width: 1280, height: 900 })
    await page.goto(PAGE_URL, { waitUntil: 'load' })
    await page.waitForTimeout(200)
    const dom = await page.evaluate<Dom>(INSPECT)
    await page.emulateMedia({ media: 'print' })
    dom.printed = await page.evaluate<string[]>(PRINTED)
    await page.emulateMedia({ media: 'screen' })
    mkdirSync(SHOTS, { recursive: true })
    const path = join(SHOTS, shot)
    await page.screenshot({ path, fullPage: true })
    await page.close()
    return { dom, requests, errors, path }
  }

  const CASES = [
    ['the seed story', SEED],
    ['a dpa story', join(FIXTURES_DIR, 'wire-dpa-1', 'input.txt')],
    ['a dpa notebook', join(FIXTURES_DIR, 'wire-dpa-notebook', 'input.txt')],
  ] as const

  test.each(CASES)('%s: every source line once with a role; nothing runs or loads', async (name, path) => {
    if (!existsSync(path)) return
    const file = toVFile(readFileSync(path), { path })
    const stories = explainStories(file)
    const source = String(file.value).split(/\r\n|\r|\n/)
    const {
      dom,
      requests,
      errors,
      path: png,
    } = await load(renderExplainHtml(stories), `${name.replace(/\W+/g, '-')}.png`)
    expect(dom.pwned).toBeNull()
    expect(dom.scripts).toBe(0)
    expect(dom.csp).toMatch(/default-src 'none'/)
    expect(dom.handlers).toEqual([])
    expect(dom.urls).toEqual([])
    expect(requests).toEqual([])
    expect(errors).toEqual([])
    expect(dom.lines.map((l) => Number(l.line))).toEqual(source.map((_, i) => i + 1))
    const visible = (t: string) =>
      t.replace(/[\u0000-\u0008\u000b-\u001f]/g, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    expect(dom.lines.map((l) => l.text)).toEqual(source.map((t) => visible(t).replace(/\u007f/g, '\u2421')))
    for (const line of dom.lines) expect(line.role, `line ${line.line}`).toMatch(/^[a-z:-]+$/)
    // Quotes: the speaker on hover and in print.
    const speakers = stories.flatMap((s) => s.article.quotes.map((q) => q.speaker)).filter((s): s is string => !!s)
    for (const speaker of speakers) expect(dom.titles.some((t) => t.startsWith(speaker))).toBe(true)
    for (const speaker of speakers) expect(dom.printed.some((p) => p.includes(speaker))).toBe(true)
    expect(statSync(png).size).toBeGreaterThan(10_000)
  })

  test('a hostile story: its markup stays text, nothing runs', async () => {
    const { dom, requests, errors } = await load(renderExplainHtml(explainStories(HOSTILE_STORY)), 'hostile.png')
    expect(dom.pwned).toBeNull()
    expect(dom.scripts).toBe(0)
    expect(dom.handlers).toEqual([])
    expect(requests).toEqual([])
    expect(errors).toEqual([])
    expect(dom.lines.map((l) => l.text)).toEqual(HOSTILE_STORY.split('\n'))
  })

  test('the check can fail: a page with a script is caught', async () => {
    const { dom } = await load(
      '<!doctype html><script>window.__pwned = 1</script><div class="line"><span class="role"></span><span class="text"></span></div>',
      'x.png',
    )
    expect(dom.pwned).toBe(1)
    expect(dom.scripts).toBe(1)
  })
})
