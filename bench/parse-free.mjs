// Makes a copy of a built CLI whose batch worker does not parse: its
// dist/parse/parse-article.js is replaced by bench/stub-parse.mjs when the
// worker is bundled again. bench/run.mjs times a batch with it, to show how
// much of the batch is the pipeline and how much the parser.

import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

const STUB = new URL('./stub-parse.mjs', import.meta.url).pathname

/** Copies the CLI in `app` (bin/, dist/, package.json, node_modules link) to `into` and rebuilds its worker there. */
export async function parseFreeCopy(app, into) {
  cpSync(app, into, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true })
  const bundle = join(into, 'dist', 'bundle')
  // The worker is bundled again beside the old one's chunks; cli.cjs, which starts workers from ./worker.js, is kept.
  rmSync(join(bundle, 'worker.js'))
  await build({
    absWorkingDir: into,
    entryPoints: { worker: join(into, 'dist', 'batch', 'worker.js') },
    outdir: bundle,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    minify: true,
    logLevel: 'warning',
    external: ['iconv-lite'],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    plugins: [
      {
        name: 'stub-parse',
        setup(b) {
          b.onResolve({ filter: /[\\/]parse[\\/]parse-article\.js$/ }, () => ({ path: STUB }))
        },
      },
    ],
  })
  return join(into, 'bin', 'article-parse.cjs')
}
