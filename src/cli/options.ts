/** The commander program: flags grouped and named as in eslint's --help. */
import { Command, InvalidArgumentError, Option } from 'commander'
import type { RuleSetting } from '../config/types.js'
import { byteSize, milliseconds } from './limits.js'

export interface CliOptions {
  format: string
  kind?: 'draft' | 'template'
  quiet: boolean
  maxWarnings: number
  color?: boolean
  debug: boolean
  /** A path, or false with --no-config. */
  config?: string | false
  rule?: Record<string, RuleSetting>
  fix?: boolean
  fixDryRun?: boolean
  ignorePattern?: string[]
  ignore: boolean
  warnIgnored: boolean
  stdin?: boolean
  stdinFilename?: string
  outputFile?: string
  inlineConfig: boolean
  reportUnusedDisableDirectives?: boolean
  reportUnusedDisableDirectivesSeverity?: 'off' | 'warn' | 'error' | '0' | '1' | '2'
  printConfig?: string
  init?: boolean
  collection?: 'auto' | 'json' | 'yaml' | 'csv' | 'markdown' | 'plaintext' | 'html'
  includeInternal?: boolean
  cache?: boolean
  cacheLocation?: string
  cacheStrategy: 'metadata' | 'content'
  concurrency: number | 'auto' | 'off'
  stats?: boolean
  maxFileSize?: number
  maxFileTime?: number
}

function integer(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n)) throw new InvalidArgumentError('expected an integer')
  return n
}

/** `--concurrency`: a number of threads, `auto` or `off` (eslint's values). */
function concurrency(value: string): number | 'auto' | 'off' {
  if (value === 'auto' || value === 'off') return value
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer, "auto" or "off"')
  return n
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

/**
 * `--rule` as eslint takes it: `'id: severity'`, `'id: [severity, {…options}]'`
 * (JSON; the severity may be unquoted), or a JSON object of several rules.
 */
export function parseRuleFlag(value: string, previous: Record<string, RuleSetting> = {}): Record<string, RuleSetting> {
  const text = value.trim()
  const json = (s: string): unknown => {
    try {
      return JSON.parse(s.replace(/^\[\s*(off|warn|error)\s*(?=[,\]])/, '["$1"'))
    } catch {
      throw new InvalidArgumentError(`expected JSON after the rule id, as in 'dismissive-tone: [error, {"phrases": {"add": ["per policy"]}}]'`)
    }
  }
  if (text.startsWith('{')) {
    const all = json(text)
    if (!all || typeof all !== 'object' || Array.isArray(all)) throw new InvalidArgumentError('expected an object of rule id to setting')
    return { ...previous, ...(all as Record<string, RuleSetting>) }
  }
  const colon = text.indexOf(':')
  if (colon <= 0) throw new InvalidArgumentError(`expected 'id: severity', as in 'shouting: off'`)
  const id = text.slice(0, colon).trim()
  const raw = text.slice(colon + 1).trim()
  const setting = raw.startsWith('[') ? json(raw) : /^\d+$/.test(raw) ? Number(raw) : raw.replace(/^(["'])(.*)\1$/, '$2')
  return { ...previous, [id]: setting as RuleSetting }
}

export function buildProgram(version: string): Command {
  const program = new Command('replylint')
    .description('Lint customer-support reply drafts and canned-response libraries.')
    .usage('[options] [file|dir|glob ...]\n       replylint rules\n       replylint explain <rule>')
    .argument('[patterns...]', 'files, directories (drafts and replies libraries inside) or globs to lint')

  program.optionsGroup('Basic configuration:')
  program.option('-c, --config <path>', 'use this config file instead of the one found near each file')
  program.option('--no-config', 'use no config file: rule defaults and flags only')
  program.addOption(new Option('--kind <kind>', 'what the files are: drafts about to be sent, or templates with slots (over the config)').choices(['draft', 'template']))

  program.optionsGroup('Canned-response libraries:')
  program.addOption(
    new Option('--collection <format>', 'read every file as a library of replies in this format (auto: detect it)').choices(['auto', 'json', 'yaml', 'csv', 'markdown', 'plaintext', 'html']),
  )
  program.option('--include-internal', "lint a library's internal notes too, instead of skipping them")

  program.optionsGroup('Specify rules:')
  program.option('--rule <rule>', "set a rule over any config: 'id: severity' or 'id: [severity, {options}]' (repeatable)", parseRuleFlag)

  program.optionsGroup('Fix problems:')
  program.option('--fix', 'apply safe fixes and write the files that change')
  program.option('--fix-dry-run', 'apply fixes without writing; --format json shows each file\'s "output"')

  program.optionsGroup('Ignore files:')
  program.option('--ignore-pattern <pattern>', 'ignore files matching this gitignore-style pattern (repeatable)', collect)
  program.option('--no-ignore', 'lint ignored files too (.replylintignore, config "ignores", --ignore-pattern)')

  program.optionsGroup('Use stdin:')
  program.option('--stdin', 'lint text from standard input')
  program.option('--stdin-filename <path>', 'the file name that stdin stands for: picks format, config and ignores')

  program.optionsGroup('Handle warnings:')
  program.option('--quiet', 'report errors only', false)
  program.option('--max-warnings <n>', 'exit 1 when there are more than n warnings (-1: no limit)', integer, -1)

  program.optionsGroup('Output:')
  program.option('-o, --output-file <path>', 'write the report to this file instead of stdout')
  program.option('-f, --format <name>', 'stylish, json, compact, sarif, github, junit, checkstyle, summary, html, or a path to a formatter module', 'stylish')
  program.option('--color', 'force colour output')
  program.option('--no-color', 'disable colour output')

  program.optionsGroup('Inline configuration comments:')
  program.option('--no-inline-config', 'ignore <!-- replylint-disable … --> comments')
  program.option('--report-unused-disable-directives', 'report disable comments that disable nothing, as errors')
  program.addOption(
    new Option('--report-unused-disable-directives-severity <level>', 'the same, at this severity').choices(['off', 'warn', 'error', '0', '1', '2']),
  )

  program.optionsGroup('Caching:')
  program.option('--cache', 'only lint files that changed since the last run (or whose config or rules did)')
  program.option('--cache-location <path>', 'the cache file, or a folder to keep it in (default: .replylintcache)')
  program.addOption(new Option('--cache-strategy <strategy>', 'how a file counts as changed: by size and time, or by content').choices(['metadata', 'content']).default('metadata'))

  program.optionsGroup('Miscellaneous:')
  program.option('--init', 'write a starter replylint.config.json here')
  program.option('--print-config <file>', 'print the configuration that applies to a file, as JSON')
  program.option('--no-warn-ignored', 'say nothing about ignored files named on the command line')
  program.option('--max-file-size <size>', 'refuse files larger than this (10mb, 512kb or bytes; default 10mb)', byteSize)
  program.option('--max-file-time <ms>', 'give a file that takes longer to lint a fatal "timed out" (default 30000)', milliseconds)
  program.option('--concurrency <n>', 'lint on n worker threads, auto (when there are enough files) or off', concurrency, 'off')
  program.option('--stats', 'add parse and per-rule times to each result (json output)')
  program.option('--debug', 'print stack traces of unexpected errors', false)
  program.version(version, '-v, --version', 'print the version')
  program.helpOption('-h, --help', 'show this help')
  program.addHelpText(
    'after',
    [
      '',
      'Commands:',
      '  replylint rules             list every rule with its default severity',
      "  replylint explain <rule>    print a rule's rationale and examples",
      '',
      'Exit codes: 0 no errors, 1 lint errors or too many warnings, 2 usage, config or fatal error.',
      '',
    ].join('\n'),
  )
  return program
}
