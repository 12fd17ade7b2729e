import { PassThrough } from 'node:stream'
import { main } from '../../src/cli/main.js'

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the CLI in-process with fake streams; `stdin` is piped in when given. */
export async function runCli(
  argv: string[],
  stdin?: string | Buffer,
  env: Record<string, string | undefined> = { NO_COLOR: '1' },
): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const input = new PassThrough() as PassThrough & { isTTY?: boolean }
  if (stdin === undefined) input.isTTY = true
  else input.end(stdin)
  const code = await main(argv, {
    stdin: input,
    stdout: {
      write: (s: string) => {
        stdout += s
        return true
      },
      isTTY: false,
    },
    stderr: {
      write: (s: string) => {
        stderr += s
        return true
      },
      isTTY: false,
    },
    env,
  })
  return { code, stdout, stderr }
}
