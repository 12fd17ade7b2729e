#!/usr/bin/env node
// Quote F1 and speaker accuracy per language on the quotes-multi corpus: the scorer (../shared/eval/score.mjs)
// gives totals only, so each language's stories are linked into a folder of their own and scored there.
// Build first (`npm run build`). Not part of `npm test`.
//
//   node bench/quotes-by-language.mjs [--fold tune|check] [--corpus quotes-multi] [--project DIR]
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = new URL('..', import.meta.url).pathname
const arg = (name) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
const corpus = arg('--corpus') ?? 'quotes-multi'
const fold = arg('--fold')
// Another checkout's CLI, to compare (its own build); the corpus is always ../shared beside this one.
const project = resolve(arg('--project') ?? ROOT)
const source = resolve(ROOT, '../shared/eval/corpora', corpus)
const scorer = resolve(ROOT, '../shared/eval/score.mjs')

const byLang = new Map()
for (const f of readdirSync(source).filter((f) => f.endsWith('.gold.json'))) {
  const lang = JSON.parse(readFileSync(join(source, f), 'utf8')).lang ?? '?'
  if (!byLang.has(lang)) byLang.set(lang, [])
  byLang.get(lang).push(f.replace(/\.gold\.json$/, ''))
}

const tmp = mkdtempSync(join(tmpdir(), 'quotes-by-language-'))
const fmt = (v) => (v == null ? '-' : v.toFixed(3))
console.log(['lang', 'n', 'quoteP', 'quoteR', 'quoteF', 'speaker'].join('\t'))
for (const lang of [...byLang.keys()].sort()) {
  const dir = join(tmp, lang, corpus)
  mkdirSync(dir, { recursive: true })
  for (const id of byLang.get(lang)) {
    for (const ext of ['.txt', '.gold.json']) symlinkSync(join(source, id + ext), join(dir, id + ext))
  }
  const out = join(tmp, `${lang}.json`)
  const args = [scorer, '--project', project, '--root', join(tmp, lang), '--corpora', corpus, '--json', out]
  if (fold) args.push('--fold', fold)
  spawnSync(process.execPath, args, { encoding: 'utf8' })
  let r
  try {
    r = JSON.parse(readFileSync(out, 'utf8'))[corpus]
  } catch {
    r = undefined
  }
  if (r) console.log([lang, r.n, fmt(r.quoteP), fmt(r.quoteR), fmt(r.quoteF), fmt(r.speaker)].join('\t'))
}
rmSync(tmp, { recursive: true, force: true })
