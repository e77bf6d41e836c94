/** The default command: lint files or stdin, fix, format, choose the exit code (eslint's cli.js flow). */
import { mkdir, stat, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { loadBuiltinRule } from '../../rules/index.js'
import { cachePath } from '../engine/cache.js'
import { type LintFilesOptions, lintFiles, lintStdin } from '../engine/lint-files.js'
import { Session, type SessionOptions } from '../engine/session.js'
import { ruleTotals, timingListSize, timingTable } from '../engine/timing.js'
import { outputFixes } from '../engine/write.js'
import { loadFormatter, readsSource } from '../formatters/index.js'
import type { PiecewiseFormatter, RuleInfo } from '../formatters/types.js'
import { type RuleModule, docsUrlOf } from '../rule/define-rule.js'
import type { LintResult, Severity } from '../types.js'
import { UsageError } from './errors.js'
import type { Io } from './execute.js'
import { init } from './init.js'
import type { CliOptions } from './options.js'
import { printConfig } from './print-config.js'
import { VERSION } from './version.js'

const SEVERITY: Record<string, Severity> = { off: 0, warn: 1, error: 2, 0: 0, 1: 1, 2: 2 }

function checkCombinations(patterns: string[], o: CliOptions): void {
  if (o.fix && o.fixDryRun) throw new UsageError('The --fix option and the --fix-dry-run option cannot be used together.')
  if (o.fix && o.stdin) throw new UsageError('The --fix option is not available for piped-in code; use --fix-dry-run instead.')
  if (o.stdin && patterns.length) throw new UsageError('--stdin lints standard input: give no file arguments (name it with --stdin-filename)')
  if (o.stdinFilename !== undefined && !o.stdin) throw new UsageError('--stdin-filename needs --stdin')
  if (o.printConfig !== undefined && patterns.length) throw new UsageError('The --print-config option must be used with exactly one file name.')
}

export function sessionOptions(o: CliOptions, cwd: string): SessionOptions {
  const unused = o.reportUnusedDisableDirectivesSeverity ?? (o.reportUnusedDisableDirectives ? 'error' : 'off')
  return {
    cwd,
    kind: o.kind,
    rules: o.rule,
    config: o.config,
    ignore: o.ignore,
    ignorePatterns: o.ignorePattern,
    warnIgnored: o.warnIgnored,
    // eslint: with --quiet, only errors' fixes are applied.
    // eslint: with --quiet, only errors' fixes are applied ('errors': a worker thread can take it).
    fix: o.fix || o.fixDryRun ? (o.quiet ? 'errors' : true) : false,
    allowInlineConfig: o.inlineConfig,
    reportUnusedDisableDirectives: SEVERITY[unused],
    ...(o.collection ? { collection: o.collection } : {}),
    ...(o.includeInternal ? { includeInternal: true } : {}),
    ...(o.stats ? { stats: true } : {}),
    ...(o.maxFileSize ? { maxFileSize: o.maxFileSize } : {}),
    ...(o.maxFileTime ? { maxFileTime: o.maxFileTime } : {}),
  }
}

export async function lint(patterns: string[], options: CliOptions, io: Io, color: boolean): Promise<number> {
  checkCombinations(patterns, options)
  if (options.init) {
    io.stdout.write(await init(io.cwd))
    return 0
  }
  const session = sessionOptions(options, io.cwd)
  if (options.printConfig !== undefined) {
    io.stdout.write(await printConfig(new Session(session), options.printConfig, io.cwd))
    return 0
  }
  if (patterns.length === 0 && !options.stdin) {
    io.stderr.write('replylint: no files given; try `replylint drafts/` or `replylint --help`\n')
    return 2
  }
  const format = await loadFormatter(options.format, io.cwd)
  // eslint's TIMING=1 (or a row count, or `all`): the slowest rules, on stderr so stdout stays the report.
  const timingRows = timingListSize(io.env?.TIMING)
  if (timingRows !== undefined) {
    session.timing = true
    ruleTotals.clear()
  }
  let results: LintResult[]
  let errors: string[] = []
  let pluginRules = new Map<string, RuleModule>()
  if (options.stdin) {
    results = await lintStdin(await readStdin(io), options.stdinFilename, session)
  } else {
    const files: LintFilesOptions = {
      ...session,
      concurrency: options.concurrency,
      warn: (line) => io.stderr.write(`replylint: ${line}\n`),
      keepSource: readsSource(options.format),
    }
    if (options.cache) files.cache = { location: cachePath(options.cacheLocation, io.cwd), strategy: options.cacheStrategy }
    ;({ results, errors, pluginRules } = await lintFiles(patterns, files))
  }
  if (timingRows !== undefined) io.stderr.write(timingTable(ruleTotals, timingRows))
  for (const line of errors) io.stderr.write(`replylint: ${line}\n`)
  const writeErrors = options.fix ? await outputFixes(results) : []
  for (const line of writeErrors) io.stderr.write(`replylint: ${line}\n`)

  const shown = options.quiet ? results.map(errorsOnly) : results
  const rulesMeta = await rulesMetaOf(results, pluginRules)
  const meta = { cwd: io.cwd, color: options.outputFile ? false : color, rulesMeta, version: VERSION }
  // A formatter that can give its report in pieces has them written as they come (the built-ins'
  // pieces cannot throw); a file report is whole before the file is touched.
  const report = withFinalNewline('pieces' in format ? (format as PiecewiseFormatter).pieces(shown, meta) : [format(shown, meta)])
  if (options.outputFile) await writeReport(resolve(io.cwd, options.outputFile), options.outputFile, [...report])
  else writeInPieces(io.stdout, report)

  const errorCount = results.reduce((n, r) => n + r.errorCount, 0)
  const warningCount = results.reduce((n, r) => n + r.warningCount, 0)
  const fatal = results.some((r) => r.fatalErrorCount > 0)
  if (errors.length || writeErrors.length || fatal) return 2
  if (errorCount > 0) return 1
  if (options.maxWarnings >= 0 && warningCount > options.maxWarnings) {
    io.stderr.write(`replylint found too many warnings (maximum: ${options.maxWarnings}).\n`)
    return 1
  }
  return 0
}

/**
 * A report of tens of megabytes written at once is first copied whole into a buffer; in pieces, a
 * megabyte at a time, it never is (stdout to a file or a pipe is synchronous on Linux). A piece
 * never ends between the two halves of a surrogate pair.
 */
/** The non-empty pieces, and a line break after the last one if it has none (a report ends its line). */
function* withFinalNewline(pieces: Iterable<string>): Generator<string> {
  let last = ''
  for (const piece of pieces) {
    if (!piece) continue
    yield piece
    last = piece
  }
  if (last && !last.endsWith('\n')) yield '\n'
}

export function writeInPieces(out: Io['stdout'], texts: Iterable<string>, size = 1 << 20): void {
  for (const text of texts) {
    for (let at = 0; at < text.length; ) {
      let end = Math.min(at + size, text.length)
      const last = text.charCodeAt(end - 1)
      if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--
      out.write(at === 0 && end === text.length ? text : text.slice(at, end))
      at = end
    }
  }
}

async function readStdin(io: Io): Promise<string> {
  if (!io.stdin) throw new UsageError('--stdin: there is no standard input to read')
  const chunks: Buffer[] = []
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

/** eslint's -o: the report goes to the file (folders made as needed), even when it is empty. */
async function writeReport(path: string, given: string, texts: string[]): Promise<void> {
  if ((await stat(path).catch(() => undefined))?.isDirectory()) throw new UsageError(`Cannot write to output file path, it is a directory: ${given}`)
  try {
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, texts)
  } catch (error) {
    throw new UsageError(`Cannot write to output file ${given}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
}

function errorsOnly(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2)
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 }
}

async function rulesMetaOf(results: LintResult[], pluginRules: Map<string, RuleModule>): Promise<Record<string, RuleInfo>> {
  const ids = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId).filter((id): id is string => Boolean(id))))
  const out: Record<string, RuleInfo> = {}
  for (const id of ids) {
    const rule = pluginRules.get(id) ?? (await loadBuiltinRule(id))
    if (rule) out[id] = { id, description: rule.meta.description, defaultSeverity: rule.meta.defaultSeverity, docsUrl: docsUrlOf(rule.meta) }
  }
  return out
}
