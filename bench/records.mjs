#!/usr/bin/env node
// The record stream (issue 21): `article-parse --from ndjson` over the bench corpus as JSON lines,
// against the folder batch over the same stories, in the same run. Not part of `npm test`.
//
//   npm run bench:records                  # builds, then: node bench/records.mjs
//   node bench/records.mjs --runs 5        # medians of 5 runs instead of 3
//   node bench/records.mjs --tmp /dev/shm  # corpus and streams in memory (200,000 records: ~700 MB)
//   node bench/records.mjs --small         # 20,000 only (no 200,000-record stream)
//
// Runs, alternating so that each sees the same machine:
// 1. the folder batch: 20,000 story files (bench/make-corpus.mjs) to NDJSON on stdout;
// 2. the record mode: the same 20,000 stories as JSON lines ({"id","text"}) on stdin, to stdout;
// 3. the record mode over 200,000 stories (the same generator, continued), for memory.
// Stdout goes to /dev/null in all three (both modes write the same lines). Peak RSS by
// bench/with-rss.mjs (worker threads included). A reference row: the folder batch with --out-dir,
// the batch bench/run.mjs measures. Targets (issue 21): records within 10% of the folder batch's
// time; peak RSS over 200,000 records within 1.25x of 20,000.
import { spawnSync } from 'node:child_process'
import {
  closeSync,
  cpSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeSync,
} from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { makeCorpus, makeStories, sources } from './make-corpus.mjs'

const ROOT = new URL('..', import.meta.url).pathname
const arg = (name) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
const RUNS = Number(arg('--runs') ?? 3)
const TMP = arg('--tmp') ?? tmpdir()
const SMALL = 20_000
const LARGE = process.argv.includes('--small') ? 0 : 200_000

const tmp = mkdtempSync(join(TMP, 'article-parse-records-'))
// The CLI runs from a snapshot, so a build made meanwhile cannot change what is measured.
const snapshot = join(tmp, 'app')
for (const part of ['bin', 'dist', 'package.json'])
  cpSync(join(ROOT, part), join(snapshot, part), { recursive: true, preserveTimestamps: true })
symlinkSync(join(ROOT, 'node_modules'), join(snapshot, 'node_modules'))
const BIN = join(snapshot, 'bin', 'article-parse.cjs')
const WITH_RSS = join(ROOT, 'bench', 'with-rss.mjs')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(', ')

/** Runs the CLI under with-rss.mjs, stdin from `input` (a file) if given; wall ms and peak RSS in bytes. */
function run(args, input) {
  const rssFile = join(tmp, 'rss.txt')
  const stdin = input === undefined ? 'ignore' : openSync(input, 'r')
  const started = performance.now()
  const r = spawnSync(process.execPath, [WITH_RSS, BIN, ...args], {
    stdio: [stdin, 'ignore', 'pipe'],
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  })
  const ms = performance.now() - started
  if (typeof stdin === 'number') closeSync(stdin)
  if (r.status !== 0)
    throw new Error(`article-parse ${args.join(' ')} exited ${r.status}: ${String(r.stderr).slice(0, 500)}`)
  return { ms, rss: Number(readFileSync(rssFile, 'utf8')) }
}

/** Writes `count` stories as JSON lines (made one at a time), each with its file's path as id. */
function writeRecords(path, count, texts) {
  const fd = openSync(path, 'w')
  let buffered = []
  for (const { folder, name, story } of makeStories(count, texts)) {
    buffered.push(JSON.stringify({ id: `${folder}/${name}`, text: story }))
    if (buffered.length === 1000) {
      writeSync(fd, `${buffered.join('\n')}\n`)
      buffered = []
    }
  }
  if (buffered.length > 0) writeSync(fd, `${buffered.join('\n')}\n`)
  closeSync(fd)
  return statSync(path).size
}

function row(what, value, target = '', ok) {
  console.log(
    `${what.padEnd(46)} ${value.padEnd(34)} ${target.padEnd(10)} ${ok === undefined ? '' : ok ? 'ok' : 'MISSED'}`,
  )
}

try {
  const texts = sources(ROOT)
  const corpus = join(tmp, 'corpus')
  const small = join(tmp, 'records-20k.ndjson')
  const large = join(tmp, 'records-200k.ndjson')
  const bytes = makeCorpus(corpus, SMALL, texts)
  const smallBytes = writeRecords(small, SMALL, texts)
  const largeBytes = LARGE ? writeRecords(large, LARGE, texts) : 0
  console.log(
    `corpus: ${SMALL} story files (${(bytes / 1e6).toFixed(1)} MB); JSON lines: ${SMALL} records (${(smallBytes / 1e6).toFixed(1)} MB)${LARGE ? `, ${LARGE} records (${(largeBytes / 1e6).toFixed(1)} MB)` : ''}`,
  )
  console.log(`node ${process.version}, ${availableParallelism()} CPUs, medians of ${RUNS} runs, files in ${TMP}`)
  console.log(`load average at the start: ${load()}\n`)

  const out = join(tmp, 'out')
  const m = { folder: [], outDir: [], records: [], large: [] }
  for (let i = 0; i < RUNS; i++) {
    m.folder.push(run([corpus, '-f', 'ndjson', '-q']))
    m.records.push(run(['--from', 'ndjson', '-q'], small))
    rmSync(out, { recursive: true, force: true })
    m.outDir.push(run([corpus, '--out-dir', out, '-q']))
    if (LARGE) m.large.push(run(['--from', 'ndjson', '-q'], large))
    console.log(
      `run ${i + 1}: folder ${(m.folder[i].ms / 1000).toFixed(2)} s, records ${(m.records[i].ms / 1000).toFixed(2)} s, --out-dir ${(m.outDir[i].ms / 1000).toFixed(2)} s${LARGE ? `, 200,000 records ${(m.large[i].ms / 1000).toFixed(1)} s` : ''} (load ${load()})`,
    )
  }
  rmSync(out, { recursive: true, force: true })
  const ms = (xs) => median(xs.map((x) => x.ms))
  const rss = (xs) => median(xs.map((x) => x.rss))
  const rate = (n, t) => `${Math.round(n / (t / 1000))} stories/s`
  const mb = (b) => `${(b / 1e6).toFixed(1)} MB`
  console.log(`\n${'measure'.padEnd(46)} ${'value'.padEnd(34)} ${'target'.padEnd(10)}`)
  const folder = ms(m.folder)
  const records = ms(m.records)
  row('folder batch, 20,000 files -> NDJSON stdout', `${(folder / 1000).toFixed(2)} s, ${rate(SMALL, folder)}`)
  row('  peak RSS', mb(rss(m.folder)))
  row('folder batch, --out-dir (reference)', `${(ms(m.outDir) / 1000).toFixed(2)} s, ${rate(SMALL, ms(m.outDir))}`)
  row('records, 20,000 on stdin -> stdout', `${(records / 1000).toFixed(2)} s, ${rate(SMALL, records)}`)
  row('  peak RSS', mb(rss(m.records)))
  row('  records / folder batch (time)', `${(records / folder).toFixed(2)}x`, '<= 1.10x', records / folder <= 1.1)
  if (LARGE) {
    const largeMs = ms(m.large)
    row('records, 200,000 on stdin -> stdout', `${(largeMs / 1000).toFixed(1)} s, ${rate(LARGE, largeMs)}`)
    row('  peak RSS', mb(rss(m.large)))
    const ratio = rss(m.large) / rss(m.records)
    row('  peak RSS 200,000 / 20,000 records', `${ratio.toFixed(2)}x`, '<= 1.25x', ratio <= 1.25)
  }
  console.log(`\nload average at the end: ${load()}`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
