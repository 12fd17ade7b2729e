#!/usr/bin/env node
'use strict'
// Runs the bundled CLI (dist/bundle/cli.cjs, made by `npm run build`, loaded
// with V8's code cache by load-cli.cjs) when it is at least as new as tsc's
// output, else the unbundled dist/ (after a bare `tsc`).
//
// CommonJS, not an ES module, so that a run whose bundle is fresh never starts
// Node's ES module loader: that cost a single-file run some 7 ms of its ~130
// (bench/README.md, start-up).
const { statSync } = require('node:fs')
const { join } = require('node:path')

const mtime = (path) => statSync(join(__dirname, path), { throwIfNoEntry: false })?.mtimeMs ?? -1

async function run() {
  const main =
    mtime('../dist/bundle/cli.cjs') >= mtime('../dist/cli/main.js')
      ? require('./load-cli.cjs').loadMain()
      : (await import('../dist/cli/main.js')).main
  process.exitCode = await main(process.argv.slice(2), process)
}

run()
