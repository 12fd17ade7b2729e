import { closeSync, createReadStream, type Dirent, openSync, readdirSync, readSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join, resolve, sep } from 'node:path'
import { sniffBinary } from '../source/read-input.js'

/** One input to convert: a file path (null for stdin) and the folder its output path mirrors from. */
export interface Input {
  path: string | null
  /** Outputs mirror `path` relative to this folder. */
  base: string
  /**
   * For a file found by walking `base`: its path below `base`, made of the
   * names the walk listed (so no `.`, `..` or empty part), which spares the
   * output path a resolve of both paths per file.
   */
  rel?: string
}

export interface FindOptions {
  /**
   * Extensions taken from folders, lower case with the dot (`.txt`); `*` takes every file, `''` (NO_EXTENSION) files
   * without one that read as text.
   */
  exts: readonly string[]
  /** A file listing paths, one a line, or `-` for stdin. */
  filesFrom?: string
  stdin?: NodeJS.ReadableStream
  /** Never walked into: where outputs go. */
  outDir?: string
}

/** In a list of extensions: files without an extension, taken when their first bytes read as text (`--ext none`). */
export const NO_EXTENSION = ''

/**
 * Extensions read from folders unless `--ext` says otherwise: text and Markdown, the extensions
 * wire systems give stories (`.tst`, `.nws`, `.ans`, `.wir`, `.wire`, `.anpa`, `.iptc`), and files
 * with no extension at all (feeds often store stories as `0001`, `AP-0423`) that read as text.
 */
export const DEFAULT_EXTS = [
  '.txt',
  '.text',
  '.md',
  '.markdown',
  '.tst',
  '.nws',
  '.ans',
  '.wir',
  '.wire',
  '.anpa',
  '.iptc',
  NO_EXTENSION,
] as const

// How much of a file without an extension is read to tell text from binary (sniffBinary reads 8,000 bytes).
const SNIFF_BYTES = 8000

// Glob syntax: `wire/**/*.txt`, `story-[0-9].txt`, `{a,b}.md`. A path that
// exists is taken as written even if it holds these characters.
const GLOB_MAGIC = /[*?[\]{}]/

/** Names never walked into or taken from a folder: hidden files and dependency folders. */
function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules'
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0
}

function takes(path: string, name: string, exts: readonly string[]): boolean {
  if (exts.includes('*')) return true
  const dot = name.lastIndexOf('.')
  if (dot <= 0) return exts.includes(NO_EXTENSION) && readsAsText(path)
  return exts.includes(name.slice(dot).toLowerCase())
}

/** Whether a file's first bytes are text (an image or an archive without an extension is passed over, not failed). */
function readsAsText(path: string): boolean {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const bytes = new Uint8Array(SNIFF_BYTES)
    const read = readSync(fd, bytes, 0, SNIFF_BYTES, 0)
    return read > 0 && sniffBinary(bytes.subarray(0, read)) === null
  } catch {
    return false
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * Walks a folder depth-first in sorted order, so the order is the same on
 * every machine. Symbolic links to folders are followed, but each real
 * folder (device and inode) is entered once, so a link loop cannot hang it.
 */
function* walk(
  dir: string,
  options: FindOptions,
  seen: Set<string>,
  outDir: string | undefined,
  relDir = '',
): Generator<{ path: string; rel: string }> {
  let entries: Dirent[]
  try {
    const info = statSync(dir)
    const id = `${info.dev}:${info.ino}`
    if (seen.has(id)) return
    seen.add(id)
    entries = readdirSync(dir, { withFileTypes: true }).sort(byName)
  } catch {
    return // unreadable folders inside a tree are skipped like hidden ones
  }
  for (const entry of entries) {
    if (skipped(entry.name)) continue
    const path = join(dir, entry.name)
    const rel = relDir === '' ? entry.name : `${relDir}${sep}${entry.name}`
    let isDir = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(path)
        isDir = target.isDirectory()
        isFile = target.isFile()
      } catch {
        continue // a dangling link
      }
    }
    if (isDir) {
      if (outDir === undefined || resolve(path) !== outDir) yield* walk(path, options, seen, outDir, rel)
    } else if (isFile && takes(path, entry.name, options.exts)) yield { path, rel }
  }
}

/** The folder part of a glob before its first wildcard: `wire/2024/**\/*.txt` → `wire/2024`. */
export function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/)
  const fixed: string[] = []
  for (const part of parts.slice(0, -1)) {
    if (GLOB_MAGIC.test(part)) break
    fixed.push(part)
  }
  return fixed.length === 0 ? '.' : fixed.join('/') || '/'
}

async function expandGlob(pattern: string): Promise<string[]> {
  const { glob } = await import('tinyglobby')
  const found = await glob([pattern], {
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ['**/node_modules/**'],
    expandDirectories: false,
  })
  return found.sort()
}

async function* argumentInputs(
  arg: string,
  options: FindOptions,
  seen: Set<string>,
  outDir: string | undefined,
): AsyncGenerator<Input> {
  if (arg === '-') return yield { path: null, base: '.' }
  let isDir = false
  try {
    isDir = statSync(arg).isDirectory()
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    if (missing && GLOB_MAGIC.test(arg)) {
      const base = globBase(arg)
      for (const path of await expandGlob(arg)) yield { path, base }
      return
    }
  }
  if (isDir) for (const { path, rel } of walk(arg, options, seen, outDir)) yield { path, base: arg, rel }
  // A file, or a path that does not exist or cannot be read: reading it says which.
  else yield { path: arg, base: dirname(arg) }
}

/** Paths listed one a line (blank lines skipped); a relative path keeps its folders below the current one. */
async function* listedInputs(
  list: string,
  options: FindOptions,
  seen: Set<string>,
  outDir: string | undefined,
): AsyncGenerator<Input> {
  const stream = list === '-' ? options.stdin! : createReadStream(list)
  // Required, not imported: the bundled CLI runs as CommonJS under vm.Script (bin/load-cli.cjs), where import() is
  // unavailable.
  const { createInterface } = createRequire(import.meta.url)('node:readline') as typeof import('node:readline')
  for await (const raw of createInterface({ input: stream, crlfDelay: Infinity })) {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '') continue
    const inside = !isAbsolute(line) && !line.split(/[\\/]/).includes('..')
    let isDir = false
    try {
      isDir = statSync(line).isDirectory()
    } catch {
      // reported when read
    }
    if (isDir) for (const { path, rel } of walk(line, options, seen, outDir)) yield { path, base: line, rel }
    else yield { path: line, base: inside ? '.' : dirname(line) }
  }
}

/**
 * Every input named by the arguments, in order: files as given; folders
 * walked (sorted, hidden files and node_modules skipped, only `exts`);
 * glob patterns expanded by us (sorted), so quoting works in every shell;
 * then the paths listed in `--files-from`. A file reached twice is
 * converted once. A generator, so a huge tree is never held in memory.
 */
export async function* findInputs(args: readonly string[], options: FindOptions): AsyncGenerator<Input> {
  const seen = new Set<string>()
  const taken = new Set<string>()
  const outDir = options.outDir === undefined ? undefined : resolve(options.outDir)
  const sources = [...args.map((a) => argumentInputs(a, options, seen, outDir))]
  if (options.filesFrom !== undefined) sources.push(listedInputs(options.filesFrom, options, seen, outDir))
  // One folder or glob never gives a file twice (each real folder is walked once; a glob's matches
  // are distinct): the paths taken are remembered only where one could come again, so memory
  // stays flat over a single tree of any size.
  const mayRepeat = isMultiSource(args, options)
  for (const source of sources) {
    for await (const input of source) {
      if (mayRepeat && input.path !== null) {
        const key = resolve(input.path)
        if (taken.has(key)) continue
        taken.add(key)
      }
      yield input
    }
  }
}

/**
 * Whether the inputs come from more than one source (arguments, a `--files-from` list), which may name one file twice.
 */
export function isMultiSource(args: readonly string[], options: Pick<FindOptions, 'filesFrom'>): boolean {
  return args.length > 1 || options.filesFrom !== undefined
}

/**
 * Whether an argument names at least one input: a folder with a file it takes, a glob with a
 * match. A file, "-" or a path that does not exist always does (reading it says what is wrong).
 */
export async function namesInput(arg: string, options: FindOptions): Promise<boolean> {
  const outDir = options.outDir === undefined ? undefined : resolve(options.outDir)
  for await (const _ of argumentInputs(arg, options, new Set(), outDir)) return true
  return false
}
