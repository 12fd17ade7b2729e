import { Command, Option } from 'commander'
import { FORMATS } from '../render/render.js'

export interface CliOptions {
  format: (typeof FORMATS)[number]
  output?: string
  from?: 'text' | 'markdown'
  encoding?: string
  keepBoilerplate: boolean
  positions: boolean
  pretty?: boolean
  standalone: boolean
  quiet: boolean
}

const EXAMPLES = `
Examples:
  $ article-parse story.txt                        JSON on stdout
  $ article-parse story.txt -f md > story.md       Markdown with YAML front matter
  $ article-parse story.txt -f html -o story.html --standalone
  $ cat story.txt | article-parse -f md            read stdin (also: article-parse -)
  $ article-parse story.txt | jq .headline
  $ article-parse schema                           the JSON Schema of the output

Exit codes: 0 ok (warnings allowed), 1 an input failed, 2 usage error.`

/** The commander program: flags and sub-commands only; `main` does the work. */
export function createProgram(version: string): Command {
  const program = new Command('article-parse')
  program
    .description('Split a raw news story (wire copy, text copied off a web page) into headline, standfirst, byline, dateline, captions, body, quotes and boilerplate.')
    .version(version, '-V, --version')
    .argument('[inputs...]', 'story files to read ("-" or nothing: stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --output <file>', 'write to this file instead of stdout (written atomically)')
    .addOption(new Option('--from <syntax>', 'input syntax (default: markdown for .md files, else text)').choices(['text', 'markdown']))
    .option('--encoding <name>', 'read input in this encoding (e.g. utf-8, windows-1252, utf-16le) instead of detecting it')
    .option('--keep-boilerplate', 'keep boilerplate (promos, sign-offs …) in Markdown and HTML output', false)
    .option('--positions', 'add source positions (line, column, offset) to every element in JSON', false)
    .option('--pretty', 'indent JSON (default when stdout is a terminal)')
    .option('--no-pretty', 'compact JSON')
    .option('--standalone', 'with -f html: a whole HTML document, not just the <article>', false)
    .option('-q, --quiet', 'print no warnings, only errors', false)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXAMPLES)
  program.command('schema').description('print the JSON Schema of the output')
  return program
}
