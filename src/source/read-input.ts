import { readFile, stat } from 'node:fs/promises'

/** A problem with one input that stops it being parsed; its message names the file. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`)
    this.name = 'InputError'
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
}

/** Reads one input file's bytes, turning system errors into one-line reasons. */
export async function readInput(path: string, maxBytes = Infinity): Promise<Uint8Array> {
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new InputError(path, REASONS.EISDIR!)
    if (info.size > maxBytes) throw new InputError(path, `is ${info.size} bytes, over the --max-size limit of ${maxBytes}`)
    return await readFile(path)
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code ?? ''
    throw new InputError(path, REASONS[code] ?? (error as Error).message)
  }
}
