/** The engine: expands paths, applies ignores, resolves each file's config, reads, lints, collects. */
import { type Stats, statSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { glob } from 'tinyglobby'
import { builtinRuleIds, loadBuiltinRule } from '../../rules/index.js'
import { ConfigError, UserError } from '../cli/errors.js'
import type { FileConfig } from '../config/resolve.js'
import type { RuleSetting } from '../config/types.js'
import type { RuleModule } from '../rule/define-rule.js'
import { RuleOptionError, resolveOptions } from '../rule/options.js'
import type { LintResult, Severity, SeverityName } from '../types.js'
import { fatal, summarise } from './lint-text.js'
import { type CacheStrategy, LintCache, configKey } from './cache.js'
import { type Concurrency, type WorkerInit, type WorkerTask, lintInWorkers, workerCount, workerScript } from './parallel.js'
import { DEFAULT_MAX_FILE_SIZE, readInput } from './read-file.js'
import { missingPath, oncePerFile, unreadableFolders } from './walk-check.js'
import { withInputDigest } from './write.js'
import type { EnabledRule } from './run-rules.js'
import { Session, type SessionOptions } from './session.js'

export type { RuleSetting }

export interface LintFilesOptions extends SessionOptions {
  /** `--cache`: the cache file (already resolved) and how a file counts as unchanged. */
  cache?: { location: string; strategy: CacheStrategy }
  /** `--concurrency`: worker threads (a number, `auto`, or `off`, the default). */
  concurrency?: Concurrency
  /** One-line warnings about the run (a corrupt cache file); the CLI writes them to stderr. */
  warn?: (line: string) => void
  /**
   * Keep each result's `source` (eslint does, for formatters that quote the text); default true.
   * The CLI turns it off for a built-in formatter that never reads it: on a big run the file texts
   * were a third of what the results held until the report was printed (issue 7).
   */
  keepSource?: boolean
}

export interface LintFilesOutcome {
  results: LintResult[]
  /** One line each: patterns that matched nothing. They make the run exit 2. */
  errors: string[]
  /** Rules that plugins brought, by id (for formatters' rule metadata). */
  pluginRules: Map<string, RuleModule>
}

/** Extensions a directory walk picks up as drafts. */
export const DRAFT_EXTENSIONS = ['md', 'markdown', 'txt']
/**
 * Extensions a directory walk considers as collections (issue 6); such a file is linted only when
 * its name is a library's (`macros.json`, `saved-replies.yml`) or a config `collections` glob
 * names it, so `replylint .` never lints package.json, lock files or CI workflows.
 */
export const LIBRARY_EXTENSIONS = ['mdx', 'json', 'jsonc', 'yaml', 'yml', 'csv', 'tsv', 'html', 'htm']
const WALK_IGNORE = ['**/node_modules/**', '**/.git/**']
/** Never a library, even when a broad `collections` glob would take it in a walk. */
const WALK_NEVER = [
  '**/package.json', '**/package-lock.json', '**/npm-shrinkwrap.json', '**/pnpm-lock.yaml', '**/composer.{json,lock}', '**/*.lock',
  '**/tsconfig*.json', '**/jsconfig*.json', '**/replylint.config.*', '**/.replylintrc*', '**/.github/workflows/**', '**/.gitlab-ci.yml',
]

export interface Target {
  path: string
  /** Named on the command line (so an ignored one is reported, as eslint does). */
  explicit: boolean
  /** The glob it came from, to report a glob whose every file is ignored. */
  glob?: string
  /** Found by a directory walk with a collection extension: linted only if a library by name or config. */
  maybeLibrary?: boolean
}

export async function expandPatterns(patterns: string[], cwd: string): Promise<{ files: string[]; targets: Target[]; errors: string[] }> {
  const targets = new Map<string, Target>()
  const errors: string[] = []
  const add = (path: string, target: Omit<Target, 'path'>) => {
    const existing = targets.get(path)
    if (!existing || (target.explicit && !existing.explicit)) targets.set(path, { path, ...target })
  }
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern)
    const info = await stat(path).catch(() => undefined)
    if (info?.isDirectory()) {
      const extensions = [...DRAFT_EXTENSIONS, ...LIBRARY_EXTENSIONS]
      const found = await glob(`**/*.{${extensions.join(',')}}`, { cwd: path, absolute: true, ignore: [...WALK_IGNORE, ...WALK_NEVER], dot: false })
      for (const f of found) {
        const draft = DRAFT_EXTENSIONS.some((ext) => f.endsWith(`.${ext}`))
        add(resolve(f), draft ? { explicit: false } : { explicit: false, maybeLibrary: true })
      }
      // The walk passes over a folder it cannot list in silence; say so (issue 8).
      errors.push(...(await unreadableFolders(path, cwd)))
    } else if (info) {
      add(path, { explicit: true })
    } else if (/[*?[\]{}!]/.test(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, ignore: WALK_IGNORE })
      if (found.length === 0) errors.push(`No files matching the pattern "${pattern}" were found.`)
      for (const f of found) add(resolve(f), { explicit: false, glob: pattern })
    } else {
      errors.push(await missingPath(path, pattern))
    }
  }
  // Symlinks can bring one file in twice (a symlink loop, a linked folder): lint it once.
  const sorted = await oncePerFile([...targets.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)))
  return { files: sorted.map((t) => t.path), targets: sorted, errors }
}

export async function lintFiles(patterns: string[], options: LintFilesOptions): Promise<LintFilesOutcome> {
  const { targets, errors } = await expandPatterns(patterns, options.cwd)
  const session = new Session(options)
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  const cache = options.cache ? LintCache.load(options.cache.location, options.cache.strategy, options.warn ?? (() => {})) : undefined
  // One slot per file in file order; files still to lint fill theirs after the loop.
  const slots: Array<LintResult | undefined> = []
  const pending: Pending[] = []
  const globsWithFiles = new Set<string>()
  const globsSeen = new Set<string>()
  for (const target of targets) {
    const { path } = target
    if (target.glob) globsSeen.add(target.glob)
    let config: FileConfig
    try {
      config = await session.configFor(path)
    } catch (error) {
      // A broken config stops only the files it governs (issue 8): said once, exit 2, the rest linted.
      if (!(error instanceof ConfigError)) throw error
      if (!errors.includes(error.message)) errors.push(error.message)
      continue
    }
    if (target.maybeLibrary && !config.collection.declared && !config.collection.named) continue
    if (await session.isIgnored(path, config)) {
      const warning = target.explicit ? session.ignoredResult(path) : undefined
      if (warning) slots.push(warning)
      continue
    }
    if (target.glob) globsWithFiles.add(target.glob)
    const task: Pending = { slot: slots.push(undefined) - 1, path, explicit: target.explicit, config }
    if (cache && lookUp(cache, task, session, options)) slots[task.slot] = task.hit
    else pending.push(task)
  }
  // Each result is settled as it arrives: cached (the cache notes whether it had a source, so a
  // formatter that quotes it gets it back on a hit), then stripped of what the report will not use.
  const keepSource = options.keepSource !== false
  const settle = (task: Pending, result: LintResult | undefined) => {
    slots[task.slot] = result
    if (cache && result && task.key && task.file && (cache.strategy === 'metadata' || task.text !== undefined)) cache.set(task.path, task.key, task.file, task.text ?? '', result)
    task.text = undefined
    if (result && !keepSource) delete result.source
  }
  const workers = workerScript() ? workerCount(options.concurrency, pending.length, options) : 0
  if (workers) {
    const init: WorkerInit = { options: workerOptions(options, maxFileSize), keepSource }
    await lintInWorkers(pending.map(({ path, explicit }) => ({ path, explicit })), init, workers, (i, result) => settle(pending[i], result))
  } else {
    for (const task of pending) settle(task, await lintTarget(session, task.path, task.explicit, task.config, maxFileSize, task.text))
  }
  try {
    cache?.save()
  } catch (error) {
    // The report is still right without a cache: say so and go on (the next run lints everything).
    options.warn?.(`cannot write the cache file ${cache!.path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  for (const g of globsSeen) if (!globsWithFiles.has(g)) errors.push(`All files matched by "${g}" are ignored.`)
  const results = slots.filter((r): r is LintResult => r !== undefined)
  return { results, errors, pluginRules: await session.resolver.pluginRules() }
}

interface Pending extends WorkerTask {
  slot: number
  config: FileConfig
  /** Cache key, metadata and (content strategy) the text read to check it. */
  key?: string
  file?: { size: number; mtime: number }
  text?: string
  hit?: LintResult
}

/** Whether the cache holds the file's result (then in `task.hit`); fills the task's cache fields either way. */
function lookUp(cache: LintCache, task: Pending, session: Session, options: LintFilesOptions): boolean {
  // Synchronously, as files are read: on a run that hits the cache, 10,000 awaited stats were most of its time (issue 7).
  let info: Stats | undefined
  try {
    info = statSync(task.path)
  } catch {
    return false
  }
  if (!info.isFile()) return false
  // Whole milliseconds, as eslint's file-entry-cache compares them.
  task.file = { size: info.size, mtime: info.mtime.getTime() }
  task.key = configKey(task.config, {
    collection: session.isCollection(task.path, task.config),
    format: options.collection,
    includeInternal: options.includeInternal,
    allowInlineConfig: options.allowInlineConfig,
    unused: options.reportUnusedDisableDirectives,
    maxFileSize: options.maxFileSize,
    // A result linted under a larger time budget might have run out of time under this one.
    maxFileTime: options.maxFileTime,
    stats: options.stats,
  })
  if (cache.strategy === 'content') {
    const input = readInput(task.path, { explicit: task.explicit, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE })
    if (input.kind !== 'text') return false
    task.text = input.text
  }
  const hit = cache.get(task.path, task.key, task.file, task.text, options.keepSource !== false)
  // eslint: with --fix, a cached file that had problems is linted again so its fixes apply.
  if (!hit || (options.fix && hit.messages.length > 0)) return false
  task.hit = hit
  return true
}

/** What a worker needs to build the same Session: plain data only. */
function workerOptions(options: LintFilesOptions, maxFileSize: number): WorkerInit['options'] {
  const { cache: _cache, concurrency: _concurrency, warn: _warn, keepSource: _keepSource, ...rest } = options
  return { ...rest, maxFileSize }
}

/** Reads and lints one file: a fatal result when it cannot be read, none for a silent skip. */
export async function lintTarget(session: Session, path: string, explicit: boolean, config: FileConfig, maxFileSize: number, text?: string): Promise<LintResult | undefined> {
  const input = text !== undefined ? ({ kind: 'text', text } as const) : readInput(path, { explicit, maxFileSize })
  if (input.kind === 'fatal') return summarise(path, [fatal(input.message)])
  if (input.kind === 'skip') return input.warning ? summarise(path, [{ ...fatal(input.warning), fatal: undefined, severity: 1 }]) : undefined
  let result: LintResult
  try {
    result = session.isCollection(path, config) ? await session.lintCollection(input.text, path, config) : session.lint(input.text, path, config)
  } catch (error) {
    // A bug met on one file (a parser's stack overflow, say) is that file's fatal message, and the
    // run goes on (issue 8); a user's mistake still stops the run.
    if (error instanceof UserError) throw error
    const message = error instanceof Error ? error.message : String(error)
    return summarise(path, [fatal(`replylint crashed on this file: ${message.split('\n')[0]}; this is a bug, please report it`)])
  }
  // --fix writes only over the bytes that were read (issue 8): the result carries their digest.
  return withInputDigest(result, input)
}

/** Lints text from stdin as if it were `filePath` (`--stdin-filename`), with that file's config. */
export async function lintStdin(text: string, filePath: string | undefined, options: LintFilesOptions): Promise<LintResult[]> {
  const session = new Session(options)
  const path = filePath ? resolve(options.cwd, filePath) : resolve(options.cwd, '__stdin__.md')
  const config = await session.configFor(path)
  if (filePath && (await session.isIgnored(path, config))) {
    const warning = session.ignoredResult(path)
    return warning ? [warning] : []
  }
  const result = (filePath || options.collection) && session.isCollection(path, config) ? await session.lintCollection(text, path, config) : session.lint(text, path, config)
  // eslint names unnamed stdin "<text>".
  if (!filePath) result.filePath = '<text>'
  return [result]
}

function severityOf(value: SeverityName | Severity, ruleId: string): Severity {
  const map: Record<string, Severity> = { off: 0, warn: 1, error: 2, 0: 0, 1: 1, 2: 2 }
  const s = map[String(value)]
  if (s === undefined) throw new ConfigError(`rule "${ruleId}": severity must be "off", "warn" or "error" (got ${JSON.stringify(value)})`)
  return s
}

/**
 * Built-in rules at their default severity with `settings` on top, without any
 * config file: for API users who pass rules to `lintText` themselves.
 */
export async function resolveRules(settings: Record<string, RuleSetting> = {}, extra: Record<string, RuleModule> = {}): Promise<EnabledRule[]> {
  const ids = [...new Set([...builtinRuleIds, ...Object.keys(settings)])]
  const enabled: EnabledRule[] = []
  for (const id of ids) {
    const rule = extra[id] ?? (await loadBuiltinRule(id))
    if (!rule) throw new ConfigError(`Unknown rule "${id}"; run \`replylint rules\` to list them`)
    const setting = settings[id]
    const [sevValue, rawOptions] = Array.isArray(setting) ? setting : [setting ?? rule.meta.defaultSeverity, undefined]
    const severity = severityOf(sevValue, id)
    if (severity === 0) continue
    try {
      enabled.push({ rule, severity, options: resolveOptions(rule.meta, rawOptions) })
    } catch (error) {
      if (error instanceof RuleOptionError) throw new ConfigError(error.message)
      throw error
    }
  }
  return enabled
}
