import { spawn, spawnSync } from 'node:child_process'
import { openSync, rmSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  BIN,
  ENGINE_ARGS,
  expectSameRecords,
  makeRecordCorpus,
  type RecordCorpus,
  singleMachine,
} from './helpers/record-corpus.js'

// The README's GNU parallel recipe, run: `parallel --pipe` cuts the JSON lines into blocks at
// newlines, runs `article-parse --from ndjson` on each in two jobs, and -k keeps the outputs in
// input order. Mandatory under CI=true (where .ci/run installs Debian's parallel); elsewhere it
// skips with a notice when GNU parallel is missing.
const CI = process.env.CI === 'true'
const gnuParallel = /GNU parallel/.test(String(spawnSync('parallel', ['--version']).stdout ?? ''))
if (!gnuParallel && !CI)
  console.warn('NOTICE: GNU parallel not found, skipping its test (it is mandatory when CI=true).')

/** `parallel --pipe --block 1M -k -j 2 article-parse --from ndjson … < input`: its exit code and output. */
function runParallel(input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const args = ['--pipe', '--block', '1M', '-k', '-j', '2', process.execPath, BIN, '--from', 'ndjson', '-q']
    const child = spawn('parallel', [...args, ...ENGINE_ARGS], { stdio: [openSync(input, 'r'), 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    // Decoded as a stream: a character cut between two chunks must not become two U+FFFD.
    child.stdout!.setEncoding('utf8').on('data', (d: string) => (stdout += d))
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

describe.skipIf(!gnuParallel && !CI)('GNU parallel --pipe with 2 jobs', () => {
  let corpus: RecordCorpus

  beforeAll(() => {
    if (!gnuParallel) throw new Error('CI=true but GNU parallel is missing: apt-get install parallel')
    corpus = makeRecordCorpus(2000)
  })
  afterAll(() => {
    if (corpus) rmSync(corpus.dir, { recursive: true, force: true })
  })

  test('2,000 stories: the output equals the single-machine run, byte for byte', async () => {
    const r = await runParallel(corpus.clean)
    expect(r.code, r.stderr).toBe(0)
    const single = singleMachine(corpus.clean)
    expectSameRecords(r.stdout, single, corpus.expectedClean)
    expect(r.stdout).toBe(single)
  }, 300_000)

  test('with bad records injected: each record once, in order, as on one machine; failed jobs counted', async () => {
    const r = await runParallel(corpus.dirty)
    // parallel's exit code is the number of jobs that failed: those whose block held a bad record.
    expect(r.code).toBeGreaterThanOrEqual(1)
    expect(r.code).toBeLessThanOrEqual(5)
    expectSameRecords(r.stdout, singleMachine(corpus.dirty), corpus.expectedDirty)
  }, 300_000)
})
