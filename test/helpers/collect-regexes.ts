import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

export const SRC_DIR = join(import.meta.dirname, '..', '..', 'src')

/** One regular expression found in `src/`, and where. */
export interface FoundRegex {
  source: string
  flags: string
  /** `src/detect/byline.ts:12` for a literal, `src/lexicon/credits.ts (built)` for one built at run time. */
  where: string
}

/** Every `.ts` file under `src/`, sorted. */
export function sourceFiles(dir = SRC_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.ts') && !d.name.endsWith('.d.ts'))
    .map((d) => join(d.parentPath, d.name))
    .sort()
}

/** The regex literals (`/…/flags`) of one TypeScript file, found with the TypeScript parser (never by a regex over the code). */
export function regexLiterals(path: string): FoundRegex[] {
  const text = readFileSync(path, 'utf8')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const out: FoundRegex[] = []
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = (node as ts.RegularExpressionLiteral).text
      const cut = literal.lastIndexOf('/')
      const { line } = file.getLineAndCharacterOfPosition(node.getStart(file))
      out.push({
        source: literal.slice(1, cut),
        flags: literal.slice(cut + 1),
        where: `${relative(join(SRC_DIR, '..'), path)}:${line + 1}`,
      })
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return out
}

/** Whether a file builds regular expressions at run time (`new RegExp(…)` / `RegExp(…)`), which literals cannot show. */
export function buildsRegexes(path: string): boolean {
  return readFileSync(path, 'utf8').includes('RegExp(')
}

/**
 * The regular expressions `src/` builds at run time: imports every module
 * with the `RegExp` constructor wrapped so that each construction whose
 * caller is in `src/` is recorded, then runs `exercise` (a parse and render,
 * so regexes built inside functions are seen too). Literals never pass
 * through the constructor; `regexLiterals` finds those.
 */
export async function builtRegexes(exercise: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp
  const found: FoundRegex[] = []
  const record = (pattern: unknown, flags: unknown): void => {
    const stack = new Error().stack ?? ''
    const caller = stack
      .split('\n')
      .slice(2)
      .find((l) => l.includes('/src/'))
    if (!caller) return
    const re = new Original(pattern as string | RegExp, flags as string | undefined)
    const file = /\/(src\/[^:)]+)/.exec(caller)?.[1] ?? 'src'
    found.push({ source: re.source, flags: re.flags, where: `${file} (built)` })
  }
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args[0], args[1])
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)
    },
    apply(target, thisArg, args) {
      record(args[0], args[1])
      return Reflect.apply(target, thisArg, args)
    },
  })
  try {
    for (const path of sourceFiles()) {
      // A worker entry point (src/batch/worker.ts) expects workerData and throws when imported here; its literals are still checked.
      await import(path).catch(() => undefined)
    }
    await exercise()
  } finally {
    globalThis.RegExp = Original
  }
  return found
}
