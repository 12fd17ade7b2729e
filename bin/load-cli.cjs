'use strict'
// Loads the bundled command line, dist/bundle/cli.cjs, with V8's code cache.
//
// A single-file run spends most of its start-up turning JavaScript into
// bytecode: the bundle's top level and every function the first story calls.
// Node 20 has no compile cache for ES modules (module.enableCompileCache came
// in Node 22), so the CLI is also bundled as one CommonJS file and compiled
// here through vm.Script, which takes the bytecode V8 saved from a training
// run (`npm run build` runs `node bin/load-cli.cjs --train FILE…`) and
// writes to dist/bundle/cli.cjs.cache. V8 checks the cache against the
// source, its own version and its flags; a cache that does not match is
// ignored and the code compiled as usual, only slower. Nothing is written at
// run time.
const { readFileSync, renameSync, writeFileSync } = require('node:fs')
const { createRequire, wrap } = require('node:module')
const { dirname, join } = require('node:path')
const { setFlagsFromString } = require('node:v8')
const { Script } = require('node:vm')

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs')
const CACHE = `${BUNDLE}.cache`

/**
 * Regular expressions compiled once, to machine code, when first used. By default V8 first compiles
 * each one to bytecode for its interpreter and compiles it again to machine code on its second use:
 * a single-file run uses some 300 patterns a few times each, most with Unicode classes that are
 * costly to compile, so it paid for most of them twice. A batch runs every pattern thousands of
 * times and ends with machine code either way. Set before the bundle is compiled, here and in the
 * training run alike: V8 keeps a code cache only for the flags it was made under. Measured in
 * bench/README.md (start-up).
 */
function compileRegExpsOnce() {
  const major = Number(process.versions.v8.split('.')[0])
  // V8 prints a flag it does not know to stdout, where the CLI's output goes: set only on the V8
  // versions known to have it (11 to 13: Node 20 to 24), as src/batch/tune-v8.ts does.
  if (major >= 11 && major <= 13) setFlagsFromString('--no-regexp-tier-up')
}

/** Compiles and runs the bundle as a CommonJS module; returns its exports and the script (for its cache). */
function loadBundle({ useCache = true } = {}) {
  compileRegExpsOnce()
  const source = readFileSync(BUNDLE, 'utf8')
  let cachedData
  if (useCache) {
    try {
      cachedData = readFileSync(CACHE)
    } catch {
      // no cache (a plain `tsc` build, or removed): compile as usual
    }
  }
  const script = new Script(wrap(source), { filename: BUNDLE, ...(cachedData ? { cachedData } : {}) })
  const module = { exports: {} }
  script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE))
  return {
    exports: module.exports,
    script,
    cacheRejected: cachedData !== undefined && script.cachedDataRejected === true,
  }
}

/** The CLI's `main(argv, io)`. */
function loadMain() {
  return loadBundle().exports.main
}

/**
 * The training run: converts the given files with output thrown away, then
 * saves the bytecode of everything compiled so far (the top level and the
 * functions a conversion calls) as the cache. One file per run: several
 * files make a batch, which sets V8 flags (src/batch/tune-v8.ts), and a
 * cache made under other flags is rejected by every later start.
 */
async function train(files) {
  const { exports, script } = loadBundle({ useCache: false })
  const discard = { write: () => true, isTTY: false }
  for (const file of files) {
    const code = await exports.main(['--format', 'json', '--quiet', file], {
      stdin: process.stdin,
      stdout: discard,
      stderr: discard,
      env: {},
    })
    if (code !== 0) throw new Error(`training run over ${file} exited ${code}`)
  }
  const temp = `${CACHE}.${process.pid}.tmp`
  writeFileSync(temp, script.createCachedData())
  renameSync(temp, CACHE)
}

module.exports = { BUNDLE, CACHE, loadBundle, loadMain }

if (require.main === module && process.argv[2] === '--train') {
  train(process.argv.slice(3)).catch((error) => {
    process.stderr.write(`load-cli: no code cache written: ${error.message}\n`)
    process.exitCode = 1
  })
}
