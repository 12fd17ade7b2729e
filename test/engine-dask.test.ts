import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  BIN,
  ENGINE_ARGS,
  expectSameRecords,
  makeRecordCorpus,
  type RecordCorpus,
  ROOT,
  singleMachine,
} from './helpers/record-corpus.js'

// examples/dask/parse_on_dask.py on a real Dask distributed cluster (a LocalCluster of two worker
// processes): 2,000 generated stories, as JSON lines with bad records injected and as a folder of
// files, cut into partitions that the workers pipe through `article-parse --from ndjson`. Every
// record must come back exactly once, in order, as the single-machine run gives it. Mandatory under
// CI=true (where .ci/run installs Debian's python3-distributed); elsewhere it skips with a notice
// when no python3 can import distributed.
const CI = process.env.CI === 'true'
const SCRIPT = join(ROOT, 'examples', 'dask', 'parse_on_dask.py')

/** The first Python that can import distributed: $PYTHON, python3 on the PATH, Debian's /usr/bin/python3. */
function findPython(): string | null {
  const candidates = [process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((p): p is string => !!p)
  return candidates.find((p) => spawnSync(p, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0) ?? null
}
const python = findPython()
if (!python && !CI)
  console.warn('NOTICE: no python3 can import distributed, skipping the Dask test (it is mandatory when CI=true).')

function runDask(input: string, out: string, options: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)}`
    const args = [SCRIPT, input, out, '--workers', '2', '--command', command, ...options]
    const child = spawn(python!, [...args, '--', ...ENGINE_ARGS], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

/** The parts an out folder holds, concatenated in name order (the input order). */
function parts(out: string): { names: string[]; text: string } {
  const names = readdirSync(out).sort()
  return { names, text: names.map((n) => readFileSync(join(out, n), 'utf8')).join('') }
}

describe.skipIf(!python && !CI)('examples/dask on a Dask LocalCluster with 2 workers', () => {
  let corpus: RecordCorpus

  beforeAll(() => {
    if (!python) throw new Error('CI=true but no python3 can import distributed: apt-get install python3-distributed')
    corpus = makeRecordCorpus(2000)
  })
  afterAll(() => {
    if (corpus) rmSync(corpus.dir, { recursive: true, force: true })
  })

  test('JSON lines with bad records: each record once, in order, as on one machine; exit 1', async () => {
    const out = join(corpus.dir, 'dask-dirty')
    const r = await runDask(corpus.dirty, out, ['--blocksize', '1MiB'])
    expect(r.code, r.stderr).toBe(1)
    const { names, text } = parts(out)
    expect(names.length).toBeGreaterThan(2)
    expect(names.every((n) => /^part-\d{5}\.ndjson$/.test(n))).toBe(true)
    expectSameRecords(text, singleMachine(corpus.dirty), corpus.expectedDirty)
    expect(r.stderr).toMatch(/2005 records in, \d+ lines out \(5 error lines\)/)
  }, 300_000)

  test('a folder of story files: the output equals the single-machine run, byte for byte', async () => {
    const out = join(corpus.dir, 'dask-folder')
    const r = await runDask(corpus.folder, out, ['--files-per-partition', '300'])
    expect(r.code, r.stderr).toBe(0)
    const { names, text } = parts(out)
    expect(names).toHaveLength(7)
    const single = singleMachine(corpus.clean)
    expectSameRecords(text, single, corpus.expectedClean)
    expect(text).toBe(single)
  }, 300_000)
})
