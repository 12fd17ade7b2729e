import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

// The bundled CLI (npm run build) runs as CommonJS compiled by vm.Script
// with V8's code cache (bin/load-cli.cjs). These check what that needs.
const ROOT = join(import.meta.dirname, '..')
const BUNDLE = join(ROOT, 'dist', 'bundle', 'cli.cjs')
const loader = createRequire(import.meta.url)('../bin/load-cli.cjs') as {
  BUNDLE: string
  CACHE: string
  loadBundle: (options?: { useCache?: boolean }) => { exports: { main?: unknown }; cacheRejected: boolean }
}

describe.skipIf(!existsSync(BUNDLE))('the bundled CLI', () => {
  test('has no dynamic import(): a script compiled by vm.Script cannot run one', () => {
    expect(readFileSync(BUNDLE, 'utf8')).not.toMatch(/\bimport\(/)
  })

  test('loads with its code cache accepted and exports main', () => {
    // In a child process: the cache is checked against V8's flags, and vitest's own process may differ.
    const probe = `const l = require(${JSON.stringify(join(ROOT, 'bin', 'load-cli.cjs'))}); const b = l.loadBundle(); process.stdout.write(JSON.stringify({ main: typeof b.exports.main, rejected: b.cacheRejected, cache: require('fs').existsSync(l.CACHE) }))`
    const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' })
    expect(JSON.parse(run.stdout)).toEqual({ main: 'function', rejected: false, cache: true })
  })

  test('gives the same Article as the unbundled CLI, also for --files-from -', () => {
    const story = join(ROOT, 'fixtures', 'story-web-copy', 'input.txt')
    const bundled = spawnSync(process.execPath, [join(ROOT, 'bin', 'article-parse.cjs'), '--files-from', '-'], {
      input: `${story}\n`,
      encoding: 'utf8',
    })
    const plain = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { main } = await import(${JSON.stringify(join(ROOT, 'dist', 'cli', 'main.js'))}); process.exitCode = await main([${JSON.stringify(story)}], process)`,
      ],
      { encoding: 'utf8' },
    )
    expect(bundled.status).toBe(0)
    expect(bundled.stdout).toBe(plain.stdout)
    expect(JSON.parse(bundled.stdout).headline).toBeTruthy()
  })

  test('without a cache the loader compiles as usual', () => {
    expect(typeof loader.loadBundle({ useCache: false }).exports.main).toBe('function')
  })
})
