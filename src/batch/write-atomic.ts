import { closeSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

// The worker thread this module runs in (0: the main thread), set by the
// worker at start; read from here so the main thread need not load worker_threads.
let currentThread = 0

export function setThreadId(id: number): void {
  currentThread = id
}

/**
 * The temp file beside `path` that this process and thread write before the
 * rename. The name is predictable (`.a.json.<pid>.<thread>.tmp`) so that an
 * aborted run can find and remove what a stopped worker left; the leading dot
 * keeps it out of any later batch over the same folder.
 */
export function tempPathFor(path: string, thread = currentThread): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${thread}.tmp`)
}

// Folders this thread has made: a batch writes thousands of files into a few folders,
// and asking the file system to make an existing folder again costs a system call per file.
const madeDirs = new Set<string>()

function ensureDir(dir: string): void {
  if (madeDirs.has(dir)) return
  mkdirSync(dir, { recursive: true })
  madeDirs.add(dir)
}

/**
 * Opens a new temp file, never through a symlink someone planted under its
 * name ('wx' fails on anything there). A leftover from an earlier run
 * killed mid-write is removed and the open tried once more; a folder removed
 * since it was made is made again.
 */
function openTemp(temp: string): number {
  try {
    return openSync(temp, 'wx')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') rmSync(temp, { force: true })
    else if (code === 'ENOENT') mkdirSync(dirname(temp), { recursive: true })
    else throw error
    return openSync(temp, 'wx')
  }
}

/**
 * Writes a file so that readers see either the old content or the whole new
 * content, never half of it: write a temp file beside the target, then rename.
 */
export function writeAtomicSync(path: string, content: string): void {
  ensureDir(dirname(path))
  const temp = tempPathFor(path)
  try {
    const fd = openTemp(temp)
    try {
      writeSync(fd, content)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}

/**
 * Removes the temp files a stopped thread may have left beside `path` (and its
 * per-story siblings `a.1.json` …). Used after a worker is terminated mid-write.
 */
export function removeTempFiles(path: string, thread: number): void {
  const dir = dirname(path)
  const stem = basename(path).replace(/\.[^.]+$/, '')
  const suffix = `.${process.pid}.${thread}.tmp`
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return
  }
  for (const name of names)
    if (name.startsWith(`.${stem}.`) && name.endsWith(suffix)) rmSync(join(dir, name), { force: true })
}

/**
 * An output written piece by piece to a temp file and renamed into place
 * only when complete (`-o` with many inputs), so memory stays flat and an
 * interrupted run leaves the old file, not half a new one.
 */
export class AtomicWriter {
  private readonly temp: string
  private fd: number

  constructor(readonly path: string) {
    mkdirSync(dirname(path), { recursive: true })
    this.temp = tempPathFor(path)
    rmSync(this.temp, { force: true })
    this.fd = openSync(this.temp, 'wx')
  }

  write(chunk: string): void {
    writeSync(this.fd, chunk)
  }

  /** Renames the finished file into place. */
  commit(): void {
    closeSync(this.fd)
    this.fd = -1
    renameSync(this.temp, this.path)
  }

  /** Drops the temp file; the target is left as it was. */
  abort(): void {
    if (this.fd >= 0) closeSync(this.fd)
    this.fd = -1
    rmSync(this.temp, { force: true })
  }
}
