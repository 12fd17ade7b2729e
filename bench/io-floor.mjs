#!/usr/bin/env node
// The I/O floor for bench/run.mjs: the least a batch converter must do. Reads
// every file below IN (sorted walk, like article-parse) and writes
// JSON.stringify({ text }) to the mirrored path below OUT. One thread, plain
// synchronous fs calls, no parsing.
//
//   node bench/io-floor.mjs IN OUT
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const [inDir, outDir] = process.argv.slice(2)

function walk(dir, out) {
  mkdirSync(out, { recursive: true })
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const from = join(dir, entry.name)
    if (entry.isDirectory()) walk(from, join(out, entry.name))
    else writeFileSync(join(out, entry.name.replace(/\.[^.]+$/, '.json')), JSON.stringify({ text: readFileSync(from, 'utf8') }))
  }
}
walk(inDir, outDir)
