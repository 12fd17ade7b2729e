import { Command, InvalidArgumentError, Option } from 'commander'
import { DEFAULT_EXTS, NO_EXTENSION } from '../batch/find-inputs.js'
import { FORMATS } from '../render/render.js'
import { addExplainCommand } from './explain-command.js'

export interface CliOptions {
  format: (typeof FORMATS)[number]
  output?: string
  outDir?: string
  ext: string[]
  filesFrom?: string
  jobs?: number
  force: boolean
  failFast: boolean
  maxSize: number
  from?: 'text' | 'markdown' | 'nitf' | 'ndjson'
  /** With `--from ndjson`: the fields holding a record's id and text (default `id`, `text`). */
  idField?: string
  textField?: string
  encoding?: string
  keepBoilerplate: boolean
  positions: boolean
  pretty?: boolean
  standalone: boolean
  quiet: boolean
  verbose: boolean
  report?: string
}

const EXAMPLES = `
Examples:
  $ article-parse story.txt                        JSON on stdout
  $ article-parse story.txt -f md > story.md       Markdown with YAML front matter
  $ article-parse story.txt -f html -o story.html --standalone
  $ cat story.txt | article-parse -f md            read stdin (also: article-parse -)
  $ article-parse story.txt | jq .headline
  $ article-parse story.txt -f ninjs | jq .headlines
                                                   IPTC ninjs 3.1 (one object a story)
  $ article-parse archive/ -d out -f nitf           IPTC NITF 3.6: archive/a.txt -> out/a.xml
  $ article-parse --ext .xml nitf-archive/ -d out  read NITF (.xml, --from nitf): its paragraphs get
                                                   quotes with speakers, datelines, boilerplate
  $ article-parse wire/ --out-dir out/             a whole folder: wire/2024/a.txt -> out/2024/a.json
  $ article-parse 'wire/**/*.txt' > all.ndjson     a glob (expanded by article-parse): one JSON object a line
  $ find wire -name '*.nws' | article-parse --files-from - --out-dir out -f md
  $ article-parse wire/ -d out --report report.ndjson
  $ jq -r 'select(.fatal) | .file' report.ndjson | article-parse --files-from - -d out
                                                   re-run just the files that failed
  $ article-parse --from ndjson < stories.ndjson > articles.ndjson
                                                   a stream of records {"id":…,"text":…}, one a line:
                                                   one Article a line out, in order, with source.id
  $ article-parse schema                           the JSON Schema of the output

Folders are walked in sorted order; hidden files and node_modules are skipped.
Existing outputs in --out-dir are skipped and counted unless --force is given,
so an interrupted run can be resumed by running it again. A batch prints its
warnings grouped by rule in the closing summary (--verbose: each one as it
comes; -q: only errors); --report keeps every message.

Exit codes: 0 ok (warnings allowed), 1 an input or record failed (missing,
unreadable, a directory, binary, too large, not writable, not JSON), 2 usage
error, 130 interrupted.`

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
}

/** `100MB`, `512k`, `2g`, `1000` (bytes) to a number of bytes. */
export function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim())
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined
  if (!m || unit === undefined || Number(m[1]) <= 0)
    throw new InvalidArgumentError('expected a size such as 500k, 20MB or 1g')
  return Math.floor(Number(m[1]) * unit)
}

function parseJobs(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256')
  return n
}

function parseExts(value: string): string[] {
  const exts = value
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean)
  if (exts.length === 0) throw new InvalidArgumentError('expected extensions such as .txt,.md (or * for every file)')
  return exts.map((e) => (e === '*' || e.startsWith('.') ? e : e === 'none' ? NO_EXTENSION : `.${e}`))
}

/** The default extensions as --help shows them, `none` for files without one. */
const DEFAULT_EXTS_SHOWN = DEFAULT_EXTS.map((e) => (e === NO_EXTENSION ? 'none' : e)).join(',')

/** The commander program: flags and sub-commands only; `main` does the work. */
export function createProgram(version: string): Command {
  const program = new Command('article-parse')
  program
    .description(
      'Split a raw news story (wire copy, text copied off a web page) into headline, standfirst, byline, dateline, ' +
        'captions, body, quotes and boilerplate.',
    )
    .version(version, '-V, --version')
    .argument('[inputs...]', 'story files, folders or glob patterns ("-" or nothing: stdin)')
    .addOption(
      new Option('-f, --format <format>', 'output format (ninjs: IPTC ninjs 3.1 JSON; nitf: IPTC NITF 3.6 XML)')
        .choices(FORMATS)
        .default('json'),
    )
    .option('-o, --output <file>', 'write to this file instead of stdout (written atomically)')
    .option('-d, --out-dir <dir>', 'write one output per input here, mirroring the input folders (a.txt -> a.json)')
    .addOption(
      new Option(
        '--ext <list>',
        'extensions taken from folders, comma-separated; none: files without one that read as text; ' +
          '* for every file (with --from ndjson: .ndjson,.jsonl)',
      )
        .argParser(parseExts)
        .default([...DEFAULT_EXTS], DEFAULT_EXTS_SHOWN),
    )
    .option('--files-from <file>', 'also read the paths listed in this file, one a line ("-": stdin)')
    .option(
      '-j, --jobs <n>',
      'worker threads for a batch of 64 files or more (default: the number of CPUs, for over 2,000 files or 8 MB)',
      parseJobs,
    )
    .option('--force', 'overwrite outputs that already exist in --out-dir (default: skip and count them)', false)
    .option('--fail-fast', 'stop the batch at the first input that fails', false)
    .addOption(
      new Option(
        '--max-size <size>',
        'refuse inputs (with --from ndjson: records) larger than this, unread (e.g. 500k, 20MB)',
      )
        .argParser(parseSize)
        .default(100 * 1024 ** 2, '100MB'),
    )
    .addOption(
      new Option(
        '--from <syntax>',
        'input syntax (default: markdown for .md files, nitf for .xml files and NITF documents, else text); ' +
          'ndjson: one JSON record a line, {"id":…,"text":…}, each parsed as plain text',
      ).choices(['text', 'markdown', 'nitf', 'ndjson']),
    )
    .option('--id-field <name>', "with --from ndjson: the field holding a record's id (default: id)")
    .option('--text-field <name>', "with --from ndjson: the field holding a record's text (default: text)")
    .option(
      '--encoding <name>',
      'read input in this encoding (e.g. utf-8, windows-1252, utf-16le) instead of detecting it',
    )
    .option('--keep-boilerplate', 'keep boilerplate (promos, sign-offs …) in Markdown and HTML output', false)
    .option('--positions', 'add source positions (line, column, offset) to every element in JSON', false)
    .option('--pretty', 'indent JSON (default when stdout is a terminal)')
    .option('--no-pretty', 'compact JSON')
    .option('--standalone', 'with -f html: a whole HTML document, not just the <article>', false)
    .option('-q, --quiet', 'print no warnings, progress or summary; only errors', false)
    .option('--verbose', 'in a batch, print every message as it comes (default: grouped by rule in the summary)', false)
    .option('--report <file>', 'write every message of the run (file, line, rule, reason) as JSON lines, atomically')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES)
  program.command('schema').description('print the JSON Schema of the output')
  // Sub-commands take their own options (`explain -f html`); in the list of commands, no `[options]`
  // keeps the column of terms as narrow as the options' (the help text wraps the same).
  program
    .enablePositionalOptions()
    .configureHelp({ subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage().replace(/\[options\] ?/, '')}`.trim() })
  addExplainCommand(program)
  return program
}
