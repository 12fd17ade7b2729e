#!/usr/bin/env node
// Runs the bundled CLI (dist/bundle/cli.cjs, made by `npm run build`, loaded
// with V8's code cache by load-cli.cjs) when it is at least as new as tsc's
// output, else the unbundled dist/ (after a bare `tsc`).
import { statSync } from 'node:fs'
import { createRequire } from 'node:module'

const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1
const main =
  mtime('../dist/bundle/cli.cjs') >= mtime('../dist/cli/main.js')
    ? createRequire(import.meta.url)('./load-cli.cjs').loadMain()
    : (await import('../dist/cli/main.js')).main
process.exitCode = await main(process.argv.slice(2), process)
