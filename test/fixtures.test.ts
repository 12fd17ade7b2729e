import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { listFixtures } from './helpers/fixtures.js'
import { runCli } from './helpers/run-cli.js'

// Golden files: each fixture's whole output in every format, through the CLI
// as a user runs it. A missing or changed golden fails under CI=true;
// `npm run test:update` rewrites them for review.
const FORMATS = [
  ['json', 'expected.json', ['--pretty']],
  ['md', 'expected.md', []],
  ['html', 'expected.html', []],
  ['ninjs', 'expected.ninjs.json', ['--pretty']],
  ['nitf', 'expected.nitf.xml', []],
] as const

describe.each(listFixtures())('fixture $name', (fixture) => {
  test.each(FORMATS)('%s', async (format, golden, extra) => {
    const { code, stdout, stderr } = await runCli([fixture.input, '-f', format, ...extra, ...fixture.args])
    expect(stderr.split('\n').filter((l) => l.includes('error'))).toEqual([])
    expect(code).toBe(0)
    await expect(stdout).toMatchFileSnapshot(join(fixture.dir, golden))
  })
})
