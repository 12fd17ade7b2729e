import { mkdirSync, realpathSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Format } from '../render/render.js'
import type { Input } from './find-inputs.js'

/** The extension each format's output files get. */
export const OUTPUT_EXTENSIONS: Record<Format, string> = {
  json: '.json',
  ndjson: '.ndjson',
  md: '.md',
  html: '.html',
  ninjs: '.json',
  nitf: '.xml',
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

/**
 * Where an input's output goes under `outDir`: the input's path below the
 * folder it was found in, with the format's extension (`wire/2024/a.txt`
 * found in `wire` → `OUT/2024/a.json`). A path that would climb out of its
 * folder (`../x.txt` listed in `--files-from`) keeps only its file name, and
 * the result is checked to lie inside `outDir` whatever the input is called.
 * Returns null when no safe path exists.
 */
export function outputPathFor(input: Input, outDir: string, format: Format): string | null {
  if (input.path === null) return null
  // A walked file's path below its folder is known, and made of listed names: it cannot climb out.
  if (input.rel !== undefined) return join(outDir, input.rel.replace(/\.[^./\\]*$/, '') + OUTPUT_EXTENSIONS[format])
  let rel = relative(resolve(input.base), resolve(input.path))
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) rel = basename(input.path)
  const stem = rel.replace(/\.[^./\\]*$/, '')
  const out = join(outDir, stem + OUTPUT_EXTENSIONS[format])
  return inside(resolve(outDir), resolve(out)) && basename(stem) !== '' ? out : null
}

/**
 * What claiming an output found: another input has it (`taken`); it is the
 * name a story of an input claimed earlier would get (`story`: `a.1.json`
 * after `a.txt` claimed `a.json`); or it is free, with the numbers of the
 * story names (`a.N.json`) that inputs claimed before it hold.
 */
export type Claim = { status: 'taken' } | { status: 'story'; of: string } | { status: 'free'; storiesTaken: number[] }

interface ClaimedNames {
  names: Set<string>
  /** For an output name, the N of every `stem.N.ext` claimed beside it. */
  numbered: Map<string, number[]>
}

/** `a.2.json` → `a.json` and 2, as `storyPath` names story 2 of `a.json`'s input; null for any other name. */
export function storyOf(name: string): { out: string; story: number } | null {
  const m = /^(.+)\.([1-9]\d{0,8})(\.[^./\\]+)$/.exec(name)
  return m ? { out: m[1]! + m[3]!, story: Number(m[2]) } : null
}

/**
 * The output paths a batch has handed out, to catch two inputs with one
 * output (`a.txt` and `a.md` → `a.json`): the second is refused. A feed's
 * stories get numbered names (`a.1.json` …, see `storyPath`), which another
 * input (`a.1.txt`) may also have: that input is refused when it comes after
 * the feed (whose story count is not known yet); when it comes first, as a
 * walk sorts it, the feed is told which numbers are taken. When the outputs
 * come grouped by folder — every folder's outputs, its subfolders' included,
 * in one run, as a walk or a sorted glob gives them — only the folders on
 * the way to the current one can still clash, and only theirs are kept, so
 * memory stays flat however many files a tree holds. Otherwise (several
 * arguments, a `--files-from` list) every output is kept.
 */
export class OutputClaims {
  private readonly all: ClaimedNames = { names: new Set(), numbered: new Map() }
  private readonly open: Array<{ dir: string } & ClaimedNames> = []

  /** `storyNames`: whether a feed's stories get files of their own (every format but NDJSON). */
  constructor(
    private readonly grouped: boolean,
    private readonly storyNames = true,
  ) {}

  /** Claims `out` unless another input has it, or may write it as one of its stories. */
  claim(out: string): Claim {
    if (!this.grouped) return this.claimIn(this.all, resolve(out), (name) => name)
    const cut = out.lastIndexOf(sep)
    const dir = cut < 0 ? '' : out.slice(0, cut)
    const within = (outer: string) => dir === outer || (outer === '' ? !isAbsolute(dir) : dir.startsWith(outer + sep))
    while (this.open.length > 0 && !within(this.open[this.open.length - 1]!.dir)) this.open.pop()
    let top = this.open[this.open.length - 1]
    if (top?.dir !== dir) {
      top = { dir, names: new Set(), numbered: new Map() }
      this.open.push(top)
    }
    return this.claimIn(top, out.slice(cut + 1), (name) => (cut < 0 ? name : out.slice(0, cut + 1) + name))
  }

  private claimIn(claimed: ClaimedNames, name: string, pathOf: (name: string) => string): Claim {
    if (claimed.names.has(name)) return { status: 'taken' }
    const story = this.storyNames ? storyOf(name) : null
    if (story && claimed.names.has(story.out)) return { status: 'story', of: pathOf(story.out) }
    claimed.names.add(name)
    if (story) {
      const taken = claimed.numbered.get(story.out)
      if (taken) taken.push(story.story)
      else claimed.numbered.set(story.out, [story.story])
    }
    return { status: 'free', storiesTaken: claimed.numbered.get(name) ?? [] }
  }
}

/** A feed's stories go to `a.1.json`, `a.2.json` …; a single story to `a.json`. NDJSON keeps them in one file. */
export function storyPath(out: string, story: number, stories: number): string {
  return stories === 1 ? out : out.replace(/(\.[^./\\]+)$/, `.${story}$1`)
}

const checkedDirs = new Map<string, boolean>()

/**
 * Makes the output's folder and checks that, with symbolic links resolved,
 * it is still inside `outDir` (a link `OUT/2024 -> /etc` must not let a
 * batch write into /etc). Remembers folders already checked.
 */
export function prepareOutputDir(out: string, outDir: string): boolean {
  const dir = dirname(out)
  const known = checkedDirs.get(dir)
  if (known !== undefined) return known
  mkdirSync(dir, { recursive: true })
  const root = realpathSync(outDir)
  const real = realpathSync(dir)
  const ok = real === root || inside(root, real)
  checkedDirs.set(dir, ok)
  return ok
}
