#!/usr/bin/env node
// Runs the bundled CLI (dist/bundle, made by `npm run build`) when it is at
// least as new as tsc's output, else the unbundled dist/ (after a bare `tsc`).
import { statSync } from 'node:fs'
const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1
const entry = mtime('../dist/bundle/cli.js') >= mtime('../dist/cli/main.js') ? '../dist/bundle/cli.js' : '../dist/cli/main.js'
const { main } = await import(entry)
process.exitCode = await main(process.argv.slice(2), process)
