import { writeAtomicSync } from '../batch/write-atomic.js'
import { explainRules, explainStories } from '../parse/explain.js'
import { loadNitfReader } from '../parse/nitf-input.js'
import { loadMarkdownSegmenter, readsAsMarkdown } from '../parse/parse-article.js'
import { renderExplainHtml } from '../render/explain-html.js'
import { renderExplainJson } from '../render/explain-json.js'
import { renderExplainText, renderRulesText } from '../render/explain-text.js'
import { readsAsNitf } from '../source/nitf-sniff.js'
import { InputError, readInputSync, readStream } from '../source/read-input.js'
import { toVFile } from '../source/to-vfile.js'
import { EXIT } from './exit-codes.js'
import type { ExplainOptions } from './explain-command.js'
import { type Io, stderrColors } from './io.js'

/** Colour on stdout only when it is a terminal and NO_COLOR is unset (FORCE_COLOR forces it). */
function stdoutColor(io: Io): boolean {
  const env = io.env ?? {}
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true
  return io.stdout.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb'
}

/** Reads the input (a file, or stdin for none or "-"), or says why it cannot. */
async function readInput(input: string | undefined, options: ExplainOptions, io: Io): Promise<Uint8Array> {
  const encoding = options.encoding ? { encoding: options.encoding } : {}
  if (input === undefined || input === '-') return readStream(io.stdin, 'stdin', encoding)
  return readInputSync(input, encoding)
}

/**
 * `article-parse explain`: one input's lines with their roles and rules, as text, HTML or JSON. Returns the exit code.
 */
export async function explain(input: string | undefined, options: ExplainOptions, io: Io): Promise<number> {
  const write = (text: string) => {
    if (options.output) writeAtomicSync(options.output, text)
    else io.stdout.write(text)
  }
  if (options.rules) {
    const rules = explainRules()
    write(options.format === 'json' ? `${JSON.stringify(rules, null, 2)}\n` : renderRulesText(rules))
    return EXIT.ok
  }
  let bytes: Uint8Array
  try {
    bytes = await readInput(input, options, io)
  } catch (error) {
    const message = error instanceof InputError ? error.message : `${input ?? 'stdin'}: ${(error as Error).message}`
    io.stderr.write(`${stderrColors(io).red(`article-parse: ${message}`)}\n`)
    return EXIT.inputFailed
  }
  const path = input === undefined || input === '-' ? null : input
  const file = toVFile(bytes, { path, ...(options.encoding ? { encoding: options.encoding } : {}) })
  const parseOptions = options.from ? { from: options.from } : {}
  if (readsAsMarkdown(path, parseOptions)) await loadMarkdownSegmenter()
  else if (readsAsNitf(path, String(file.value ?? ''), options.from)) await loadNitfReader()
  const stories = explainStories(file, parseOptions)
  if (options.format === 'json') write(renderExplainJson(stories))
  else if (options.format === 'html') write(renderExplainHtml(stories, path ? { title: path } : {}))
  else write(renderExplainText(stories, { color: !options.output && stdoutColor(io) }))
  return EXIT.ok
}
