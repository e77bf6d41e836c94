/**
 * The CLI: argv in, exit code out. It never calls process.exit and writes only
 * through `io`, so tests run it in-process; the bin sets process.exitCode.
 */
import { CommanderError } from 'commander'
import { lintFiles } from '../engine/lint-files.js'
import { loadFormatter } from '../formatters/index.js'
import type { RuleInfo } from '../formatters/types.js'
import { docsUrlOf } from '../rule/define-rule.js'
import type { LintResult } from '../types.js'
import { UserError } from './errors.js'
import { type CliOptions, buildProgram } from './options.js'

declare const __VERSION__: string
export const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev'

export interface Io {
  cwd: string
  stdout: { write(chunk: string): unknown; isTTY?: boolean }
  stderr: { write(chunk: string): unknown }
  env?: Record<string, string | undefined>
}

export async function execute(argv: string[], io: Io): Promise<number> {
  const program = buildProgram(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`replylint: ${s.replace(/^error: /, '')}`),
    })
  let debug = argv.includes('--debug')
  try {
    try {
      await program.parseAsync(argv, { from: 'user' })
    } catch (error) {
      if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
      throw error
    }
    const options = program.opts<CliOptions>()
    debug = options.debug
    return await lint(program.args, options, io)
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`replylint: ${error.message}\n`)
      return error.exitCode
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`replylint: unexpected error: ${message.split('\n')[0]}${debug ? '' : ' (run with --debug for the stack trace)'}\n`)
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`)
    return 2
  }
}

async function lint(patterns: string[], options: CliOptions, io: Io): Promise<number> {
  if (patterns.length === 0) {
    io.stderr.write('replylint: no files given; try `replylint drafts/` or `replylint --help`\n')
    return 2
  }
  const format = await loadFormatter(options.format, io.cwd)
  const { results, errors } = await lintFiles(patterns, { cwd: io.cwd, kind: options.kind })
  for (const line of errors) io.stderr.write(`replylint: ${line}\n`)

  const shown = options.quiet ? results.map(errorsOnly) : results
  const rulesMeta = await rulesMetaOf(results)
  const output = format(shown, { cwd: io.cwd, color: useColor(options, io), rulesMeta, version: VERSION })
  if (output) io.stdout.write(output.endsWith('\n') ? output : `${output}\n`)

  const errorCount = results.reduce((n, r) => n + r.errorCount, 0)
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0)
  const fatal = results.some((r) => r.fatalErrorCount > 0)
  if (errors.length || fatal) return 2
  if (errorCount > 0) return 1
  if (options.maxWarnings >= 0 && warningCount > options.maxWarnings) {
    io.stderr.write(`replylint found too many warnings (maximum: ${options.maxWarnings}).\n`)
    return 1
  }
  return 0
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2)
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 }
}

/** Colour only on a TTY, never with NO_COLOR, and as --color/--no-color say. */
function useColor(options: CliOptions, io: Io): boolean {
  if (options.color !== undefined) return options.color
  if (io.env?.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env?.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return Boolean(io.stdout.isTTY)
}

async function rulesMetaOf(results: LintResult[]): Promise<Record<string, RuleInfo>> {
  const { loadBuiltinRule } = await import('../../rules/index.js')
  const ids = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId).filter((id): id is string => Boolean(id))))
  const out: Record<string, RuleInfo> = {}
  for (const id of ids) {
    const rule = await loadBuiltinRule(id)
    if (rule) out[id] = { id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity, docsUrl: docsUrlOf(rule.meta) }
  }
  return out
}
