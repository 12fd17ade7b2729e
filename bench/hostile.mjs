#!/usr/bin/env node
// Hostile input shapes at growing sizes: time to decode, parse and render
// each, per MB (or per 1,000 units), to show the work grows linearly with
// the input. Prints a table; asserts nothing (tests never assert on time).
//
//   npm run build && node bench/hostile.mjs            # the sizes: 50 MB line, 1M blank lines, 100k quotes, 10k headlines
//   node bench/hostile.mjs --quick                    # an eighth of that, for a fast look
//
// Each shape runs at four sizes, each double the last; "growth" is the
// exponent k in time ∝ size^k fitted between the smallest and largest
// (1 is linear, 2 quadratic). Anything above 1.3 is marked SUPERLINEAR.
import { parseStories, render, toVFile } from '../dist/index.js'

const quick = process.argv.includes('--quick')
const scale = quick ? 1 / 8 : 1

const repeatTo = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes)

// name, what one unit is, the largest size in units, and a maker of text of n units.
const SHAPES = [
  [
    'single line of prose',
    'MB',
    50,
    (mb) => repeatTo('The minister said the plan would work, officials said. ', mb * 1e6),
  ],
  ['single line, no spaces', 'MB', 50, (mb) => 'x'.repeat(mb * 1e6)],
  ['single line of spaces', 'MB', 50, (mb) => `a${' '.repeat(mb * 1e6 - 2)}b`],
  ['blank lines', '1k lines', 1000, (k) => `Headline\n${'\n'.repeat(k * 1000)}Body.\n`],
  ['whitespace-only lines', '1k lines', 1000, (k) => ' \t \n'.repeat(k * 1000)],
  ['quote marks', '1k marks', 100, (k) => '"'.repeat(k * 1000)],
  ['curly quotes, spaced', '1k marks', 100, (k) => repeatTo('“ ” ‘ ’ « » ', k * 1000 * 2)],
  [
    'unbalanced quotes, wrapped',
    '1k lines',
    100,
    (k) => repeatTo('He said "it will go on and on and on and on for years to\n', k * 1000 * 58),
  ],
  [
    'headline-like list',
    '1k lines',
    10,
    (k) => Array.from({ length: k * 1000 }, (_, i) => `Minister Quits Over Row Number ${i}`).join('\n'),
  ],
  [
    'wrapped paragraph, no blanks',
    '1k lines',
    200,
    (k) => 'the minister said the plan would work out well\n'.repeat(k * 1000),
  ],
  [
    'indented wire paragraphs',
    '1k lines',
    200,
    (k) =>
      '    LONDON, May 3 - The minister said the plan would\nwork out well, officials said on Tuesday.\n'.repeat(
        (k * 1000) / 2,
      ),
  ],
  ['byline-like lines', '1k lines', 50, (k) => repeatTo('By Jane Doe, John Roe and Ann Poe, Reuters\n', k * 1000 * 42)],
  ['control characters', 'MB', 8, (mb) => repeatTo('\u0001\u0002\u0003\u0000\u007f word ', mb * 1e6)],
  ['Markdown-like syntax', '1k lines', 100, (k) => repeatTo('# [a](b) *c* _d_ `e` <f> ![g](h)\n', k * 1000 * 34)],
]

function time(fn) {
  const t = performance.now()
  fn()
  return performance.now() - t
}

async function run(text) {
  const bytes = Buffer.from(text, 'utf8')
  let articles
  const parse = time(() => {
    articles = parseStories(toVFile(bytes, { path: 'hostile.txt' }))
  })
  const t = performance.now()
  for (const a of articles) await render(a, { format: 'json' })
  const json = performance.now() - t
  return { parse, json, mb: bytes.length / 1e6 }
}

// A floor from the same run: one pass of the engine's own UTF-8 decode and line split over the largest text, per MB.
function floor(text) {
  const bytes = Buffer.from(text, 'utf8')
  return time(() => new TextDecoder().decode(bytes).split('\n').length) / (bytes.length / 1e6)
}

console.log(`node ${process.version}, ${quick ? 'quick (1/8 sizes)' : 'full sizes'}`)
console.log(
  'shape'.padEnd(30),
  'size'.padStart(14),
  'MB'.padStart(7),
  'parse ms'.padStart(9),
  'json ms'.padStart(8),
  'ms/unit'.padStart(8),
  'floor ms/MB'.padStart(12),
)
const summary = []
for (const [name, unit, largest, make] of SHAPES) {
  const sizes = [largest / 8, largest / 4, largest / 2, largest].map((s) => s * scale)
  await run(make(sizes[0])) // warm up the JIT on this shape
  const rows = []
  for (const size of sizes) {
    const text = make(size)
    const r = await run(text)
    const total = r.parse + r.json
    rows.push({ size, total })
    const f = size === sizes.at(-1) ? floor(text).toFixed(1) : ''
    console.log(
      name.padEnd(30),
      `${+size.toFixed(3)} ${unit}`.padStart(14),
      r.mb.toFixed(1).padStart(7),
      r.parse.toFixed(0).padStart(9),
      r.json.toFixed(0).padStart(8),
      (total / size).toFixed(1).padStart(8),
      f.padStart(12),
    )
  }
  const first = rows[0]
  const last = rows.at(-1)
  const growth = Math.log(last.total / first.total) / Math.log(last.size / first.size)
  summary.push([name, growth])
}
console.log('\ngrowth exponent (time ∝ size^k between the smallest and largest size; 1 = linear):')
for (const [name, k] of summary)
  console.log(`  ${name.padEnd(30)} k = ${k.toFixed(2)}${k > 1.3 ? '  SUPERLINEAR' : ''}`)
