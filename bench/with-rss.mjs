#!/usr/bin/env node
// Runs a script in this process and, at exit, writes the process's peak
// resident set size (worker threads included: they share the process) to the
// file named by BENCH_RSS_FILE, in bytes.
//
//   BENCH_RSS_FILE=rss.txt node bench/with-rss.mjs bin/article-parse.cjs ARGS…
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [script, ...args] = process.argv.slice(2)
process.argv = [process.argv[0], resolve(script), ...args]
process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)))
await import(pathToFileURL(resolve(script)).href)
