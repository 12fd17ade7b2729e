#!/usr/bin/env node
// Where the parser's time goes: the microseconds per story each stage costs
// (decode, story split, segmenting, every named step of STEPS, building and
// validating the Article, rendering JSON), measured in process over a folder
// of story files. Files are taken in groups and each stage runs over a whole
// group before the next, as a batch worker parses them (parseFilesTogether).
// Not part of `npm test`; build first (`npm run build`).
//
//   node bench/steps.mjs                 # 2,000 stories generated from our fixtures
//   node bench/steps.mjs --dir DIR       # every file below DIR instead
//   node bench/steps.mjs --rounds 5      # passes over the files (the first warms up)
//   node bench/steps.mjs --group 1       # story by story (default: the worker's group of files)
//   node bench/steps.mjs --cpu           # this process's CPU time instead of wall time: steadier
//                                        # on a shared machine, but it counts V8's GC threads too
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeCorpus, sources } from './make-corpus.mjs'

const ROOT = new URL('..', import.meta.url).pathname
const dist = (path) => import(join(ROOT, 'dist', path))
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : fallback
}

const { toVFile } = await dist('source/to-vfile.js')
const { storySpans, storyContext } = await dist('parse/parse-article.js')
const { STEPS } = await dist('parse/steps.js')
const { buildArticle } = await dist('parse/build-article.js')
const { validateArticle } = await dist('parse/validate-article.js')
const { renderJson } = await dist('render/json.js')
const { GROUP_FILES } = await dist('batch/convert-file.js')
// As the CLI parses without --positions.
const OPTIONS = { positions: false }

function filesBelow(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) filesBelow(path, out)
    else out.push(path)
  }
  return out.sort()
}

let dir = arg('--dir')
let made
if (!dir) {
  made = mkdtempSync(join(tmpdir(), 'article-parse-steps-'))
  makeCorpus(made, 2000, sources(ROOT))
  dir = made
}
const inputs = filesBelow(dir).map((path) => ({ path, bytes: readFileSync(path) }))
const rounds = Number(arg('--rounds', 3))
const cost = new Map()
const add = (name, ms) => cost.set(name, (cost.get(name) ?? 0) + ms)
let stories = 0
// Milliseconds now: wall time, or with --cpu the process's CPU time (user + system).
const now = process.argv.includes('--cpu')
  ? () => {
      const { user, system } = process.cpuUsage()
      return (user + system) / 1000
    }
  : () => performance.now()

const group = Number(arg('--group', GROUP_FILES))
for (let round = 0; round < rounds; round++) {
  const measured = round > 0 || rounds === 1
  if (round === 1) {
    cost.clear()
    stories = 0
  }
  for (let g = 0; g < inputs.length; g += group) {
    let t = now()
    const tick = (name) => {
      const at = now()
      if (measured) add(name, at - t)
      t = at
    }
    const files = inputs.slice(g, g + group).map(({ path, bytes }) => toVFile(bytes, { path }))
    tick('decode')
    const spans = files.map((file) => storySpans(file, OPTIONS))
    tick('split-stories')
    const parsing = files.flatMap((file, f) =>
      spans[f].map((span, i) => ({
        ctx: storyContext(file, span, OPTIONS),
        place: { story: i + 1, stories: spans[f].length, start: span.start, end: span.end },
      })),
    )
    tick('segment')
    for (const step of STEPS) {
      for (const { ctx } of parsing) step.run(ctx)
      tick(`step ${step.name}`)
    }
    const drafts = parsing.map(({ ctx, place }) => buildArticle(ctx, place))
    tick('build')
    const articles = drafts.map((draft) => validateArticle(draft))
    tick('validate')
    for (const article of articles) renderJson(article)
    tick('render json')
    stories += parsing.length
  }
}

const total = [...cost.values()].reduce((a, b) => a + b, 0)
const measuredRounds = rounds === 1 ? 1 : rounds - 1
console.log(
  `${inputs.length} files in groups of ${group}, ${stories / measuredRounds} stories, ${rounds} rounds (${rounds === 1 ? 'no warm-up' : 'the first one a warm-up'}), ${process.argv.includes('--cpu') ? 'CPU' : 'wall'} time`,
)
console.log(`${'stage'.padEnd(24)} ${'µs/story'.padStart(9)} ${'share'.padStart(7)}`)
for (const [name, ms] of [...cost].sort((a, b) => b[1] - a[1])) {
  console.log(
    `${name.padEnd(24)} ${((1000 * ms) / stories).toFixed(1).padStart(9)} ${((100 * ms) / total).toFixed(1).padStart(6)}%`,
  )
}
console.log(`${'total'.padEnd(24)} ${((1000 * total) / stories).toFixed(1).padStart(9)}`)
if (made) rmSync(made, { recursive: true, force: true })
