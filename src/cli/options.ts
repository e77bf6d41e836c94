/** The commander program: flags grouped as in eslint's --help. */
import { Command, InvalidArgumentError, Option } from 'commander'

export interface CliOptions {
  format: string
  kind?: 'draft' | 'template'
  quiet: boolean
  maxWarnings: number
  color?: boolean
  debug: boolean
}

function integer(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected an integer')
  return n
}

export function buildProgram(version: string): Command {
  return new Command('replylint')
    .description('Lint customer-support reply drafts and canned-response libraries.')
    .usage('[options] [file|dir|glob ...]')
    .argument('[patterns...]', 'files, directories (*.md, *.markdown, *.txt inside) or globs to lint')
    .addOption(new Option('-f, --format <name>', 'output format: stylish, json, or a path to a formatter module').default('stylish'))
    .addOption(new Option('--kind <kind>', 'what the files are: drafts about to be sent, or templates with slots').choices(['draft', 'template']))
    .option('--quiet', 'report errors only', false)
    .option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)', integer, -1)
    .option('--color', 'force colour output')
    .option('--no-color', 'disable colour output')
    .option('--debug', 'print stack traces of unexpected errors', false)
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', '\nExit codes: 0 no errors, 1 lint errors or too many warnings, 2 usage, config or fatal error.')
}
