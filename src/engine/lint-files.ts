/** The engine: expands paths, applies ignores, resolves each file's config, reads, lints, collects. */
import { stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { glob } from 'tinyglobby'
import { builtinRuleIds, loadBuiltinRule } from '../../rules/index.js'
import { ConfigError } from '../cli/errors.js'
import type { RuleSetting } from '../config/types.js'
import type { RuleModule } from '../rule/define-rule.js'
import { RuleOptionError, resolveOptions } from '../rule/options.js'
import type { LintResult, Severity, SeverityName } from '../types.js'
import { fatal, summarise } from './lint-text.js'
import { DEFAULT_MAX_FILE_SIZE, readInput } from './read-file.js'
import type { EnabledRule } from './run-rules.js'
import { Session, type SessionOptions } from './session.js'

export type { RuleSetting }

export type LintFilesOptions = SessionOptions

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
    } else if (info) {
      add(path, { explicit: true })
    } else if (/[*?[\]{}!]/.test(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, ignore: WALK_IGNORE })
      if (found.length === 0) errors.push(`No files matching the pattern "${pattern}" were found.`)
      for (const f of found) add(resolve(f), { explicit: false, glob: pattern })
    } else {
      errors.push(`No such file or directory: ${pattern}`)
    }
  }
  const sorted = [...targets.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files: sorted.map((t) => t.path), targets: sorted, errors }
}

export async function lintFiles(patterns: string[], options: LintFilesOptions): Promise<LintFilesOutcome> {
  const { targets, errors } = await expandPatterns(patterns, options.cwd)
  const session = new Session(options)
  const results: LintResult[] = []
  const globsWithFiles = new Set<string>()
  const globsSeen = new Set<string>()
  for (const target of targets) {
    const { path } = target
    if (target.glob) globsSeen.add(target.glob)
    const config = await session.configFor(path)
    if (target.maybeLibrary && !config.collection.declared && !config.collection.named) continue
    if (await session.isIgnored(path, config)) {
      const warning = target.explicit ? session.ignoredResult(path) : undefined
      if (warning) results.push(warning)
      continue
    }
    if (target.glob) globsWithFiles.add(target.glob)
    const input = await readInput(path, { explicit: target.explicit, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE })
    if (input.kind === 'fatal') {
      results.push(summarise(path, [fatal(input.message)]))
      continue
    }
    if (input.kind === 'skip') {
      if (input.warning) results.push(summarise(path, [{ ...fatal(input.warning), fatal: undefined, severity: 1 }]))
      continue
    }
    results.push(session.isCollection(path, config) ? await session.lintCollection(input.text, path, config) : session.lint(input.text, path, config))
  }
  for (const g of globsSeen) if (!globsWithFiles.has(g)) errors.push(`All files matched by "${g}" are ignored.`)
  return { results, errors, pluginRules: await session.resolver.pluginRules() }
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
