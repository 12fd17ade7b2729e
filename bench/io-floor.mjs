#!/usr/bin/env node
// The I/O floor for bench/run.mjs: the least a batch converter must do. Reads
// every file below IN (sorted walk, like article-parse) and writes
// JSON.stringify({ text }) to the mirrored path below OUT. One thread, plain
// synchronous fs calls, no parsing.
//
// With --words it also counts each file's words with one Unicode regex and
// writes { text, words }: the cost of a single plain pass over the text, a
// reference for what a parser may spend (issue 5 puts it at about 3x the floor).
//
//   node bench/io-floor.mjs IN OUT [--words]
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const [inDir, outDir, mode] = process.argv.slice(2)
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu
const value = mode === '--words' ? (text) => ({ text, words: text.match(WORD)?.length ?? 0 }) : (text) => ({ text })

function walk(dir, out) {
  mkdirSync(out, { recursive: true })
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const from = join(dir, entry.name)
    if (entry.isDirectory()) walk(from, join(out, entry.name))
    else
      writeFileSync(
        join(out, entry.name.replace(/\.[^.]+$/, '.json')),
        JSON.stringify(value(readFileSync(from, 'utf8'))),
      )
  }
}
walk(inDir, outDir)
