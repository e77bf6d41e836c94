/** The engine: expands paths, reads files, resolves rules, lints each file with the kernel. */
import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { glob } from 'tinyglobby'
import { builtinRuleIds, loadBuiltinRule } from '../../rules/index.js'
import { ConfigError } from '../cli/errors.js'
import type { RuleModule } from '../rule/define-rule.js'
import { RuleOptionError, resolveOptions } from '../rule/options.js'
import type { LintResult, ReplyKind, Severity, SeverityName } from '../types.js'
import { fatal, lintText, summarise } from './lint-text.js'
import type { EnabledRule } from './run-rules.js'

export type RuleSetting = SeverityName | Severity | [SeverityName | Severity, unknown?]

export interface LintFilesOptions {
  cwd: string
  kind?: ReplyKind
  /** Per-rule settings over the defaults (`replylint:recommended`). */
  rules?: Record<string, RuleSetting>
}

export interface LintFilesOutcome {
  results: LintResult[]
  /** One line each: patterns that matched nothing. They make the run exit 2. */
  errors: string[]
}

/** Extensions a directory walk picks up as drafts. */
export const DRAFT_EXTENSIONS = ['md', 'markdown', 'txt']
const WALK_IGNORE = ['**/node_modules/**', '**/.git/**']

export async function expandPatterns(patterns: string[], cwd: string): Promise<{ files: string[]; errors: string[] }> {
  const files = new Set<string>()
  const errors: string[] = []
  for (const pattern of patterns) {
    const path = resolve(cwd, pattern)
    const info = await stat(path).catch(() => undefined)
    if (info?.isDirectory()) {
      const found = await glob(`**/*.{${DRAFT_EXTENSIONS.join(',')}}`, { cwd: path, absolute: true, ignore: WALK_IGNORE, dot: false })
      for (const f of found) files.add(resolve(f))
    } else if (info) {
      files.add(path)
    } else if (/[*?[\]{}!]/.test(pattern)) {
      const found = await glob(pattern, { cwd, absolute: true, ignore: WALK_IGNORE })
      if (found.length === 0) errors.push(`No files matching the pattern "${pattern}" were found.`)
      for (const f of found) files.add(resolve(f))
    } else {
      errors.push(`No such file or directory: ${pattern}`)
    }
  }
  return { files: [...files].sort(), errors }
}

function severityOf(value: SeverityName | Severity, ruleId: string): Severity {
  const map: Record<string, Severity> = { off: 0, warn: 1, error: 2, 0: 0, 1: 1, 2: 2 }
  const s = map[String(value)]
  if (s === undefined) throw new ConfigError(`rule "${ruleId}": severity must be "off", "warn" or "error" (got ${JSON.stringify(value)})`)
  return s
}

/** Built-in rules at their default severity, with `settings` applied on top. */
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

export async function lintFiles(patterns: string[], options: LintFilesOptions): Promise<LintFilesOutcome> {
  const { files, errors } = await expandPatterns(patterns, options.cwd)
  const rules = await resolveRules(options.rules)
  const results: LintResult[] = []
  for (const file of files) {
    let text: string
    try {
      text = await readFile(file, 'utf8')
    } catch (error) {
      results.push(summarise(file, [fatal(`Cannot read file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)]))
      continue
    }
    results.push(lintText(text, { filePath: file, kind: options.kind, rules }))
  }
  return { results, errors }
}
