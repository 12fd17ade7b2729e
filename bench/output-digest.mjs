#!/usr/bin/env node
// The CLI's output over every eval text (../shared/eval/corpora) and every
// fixture input, as NDJSON with positions, and its SHA-256: a refactor that
// must not change what the parser says is checked by comparing two digests
// (or two --out files with diff). Not part of `npm test`.
//
//   node bench/output-digest.mjs [--out FILE] [--bin PATH]
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = new URL('..', import.meta.url).pathname
const arg = (name) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : undefined
}
const bin = arg('--bin') ?? join(ROOT, 'bin/article-parse.cjs')
// Paths relative to the checkout, so two checkouts side by side (../shared beside each) give the same output.
const corpora = '../shared/eval/corpora'

const inputs = []
if (existsSync(join(ROOT, corpora))) {
  for (const corpus of readdirSync(join(ROOT, corpora)).sort()) {
    for (const f of readdirSync(join(ROOT, corpora, corpus)).sort())
      if (f.endsWith('.txt')) inputs.push(join(corpora, corpus, f))
  }
}
for (const c of readdirSync(join(ROOT, 'fixtures')).sort()) {
  for (const f of readdirSync(join(ROOT, 'fixtures', c)).sort())
    if (f.startsWith('input.')) inputs.push(join('fixtures', c, f))
}

const run = spawnSync(
  process.execPath,
  [bin, '--format', 'ndjson', '--positions', '--jobs', '1', '--quiet', '--files-from', '-'],
  {
    input: inputs.join('\n'),
    maxBuffer: 1 << 30,
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  },
)
if (run.status !== 0 && run.status !== 1) {
  process.stderr.write(run.stderr)
  process.exit(run.status ?? 1)
}
const out = arg('--out')
if (out) writeFileSync(out, run.stdout)
const lines = run.stdout.split('\n').filter(Boolean).length
console.log(
  `${inputs.length} inputs, ${lines} lines, sha256 ${createHash('sha256').update(run.stdout).digest('hex').slice(0, 16)} (exit ${run.status})`,
)
