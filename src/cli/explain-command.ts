import { type Command, Option } from 'commander'

export interface ExplainOptions {
  format: 'text' | 'html' | 'json'
  rules: boolean
  output?: string
  from?: 'text' | 'markdown'
  encoding?: string
}

const EXAMPLES = `
Each line of the source is printed with its number, its role (headline, standfirst,
byline, caption, credit, subheading, paragraph, blockquote, table, list, boilerplate and
its kind, such as boilerplate:not-for-publication) and the id of the rule that decided
it; quotes (with speaker and cue) and the dateline are marked inside the line. Colour
only when stdout is a terminal and NO_COLOR is unset.

Examples:
  $ article-parse explain story.txt                   every line with its role and rule
  $ article-parse explain story.txt -f html -o story.html
                                                      one page: colours, legend, speakers on hover
  $ article-parse explain story.txt -f json | jq -c '.[] | select(.role == "byline")'
  $ cat feed.nws | article-parse explain              stdin; a feed shows "story k of n" headers
  $ article-parse explain --rules                     every rule id with what it takes`

/** The `explain` sub-command: its flags; `main` runs it (src/cli/explain.ts). */
export function addExplainCommand(program: Command): Command {
  return program
    .command('explain')
    .description('show every line of a story with the role it was given and the rule that decided it')
    .argument('[input]', 'a story file ("-" or nothing: stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'html', 'json']).default('text'))
    .option('-o, --output <file>', 'write to this file instead of stdout (written atomically)')
    .option('--rules', 'list every rule id with a one-line description, and exit', false)
    .addOption(
      new Option('--from <syntax>', 'input syntax (default: markdown for .md files, else text)').choices([
        'text',
        'markdown',
      ]),
    )
    .option('--encoding <name>', 'read input in this encoding (e.g. utf-8, windows-1252) instead of detecting it')
    .addHelpText('after', EXAMPLES)
}
