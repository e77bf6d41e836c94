/** Rule settings: merging, checking a rule and its options, acronyms, and override globs. */
import { sep } from 'node:path'
import picomatch from 'picomatch'
import { builtinRuleIds, loadBuiltinRule } from '../../rules/index.js'
import type { RuleModule } from '../rule/define-rule.js'
import { RuleOptionError, resolveOptions } from '../rule/options.js'
import { closest, fail } from './schema.js'
import type { NormalSetting } from './types.js'

/** What checking a rule needs to know of its config: the plugins loaded and the rules they bring. */
export interface RuleSource {
  plugins: Array<{ name: string }>
  rules: Map<string, RuleModule>
}

/** eslint's merge: a severity alone keeps earlier options; new options replace them. */
export function merge(previous: NormalSetting | undefined, next: NormalSetting): NormalSetting {
  if (next.options !== undefined || previous?.options === undefined) return next
  return { severity: next.severity, options: previous.options }
}

export async function ruleOf(config: RuleSource, id: string): Promise<RuleModule | undefined> {
  return config.rules.get(id) ?? (await loadBuiltinRule(id))
}

/** The rule exists and its options fit its schema; else one line naming the file and key. */
export async function checkRule(config: RuleSource, id: string, setting: NormalSetting, where: string, key: string): Promise<void> {
  const rule = await ruleOf(config, id)
  if (!rule) {
    const slash = id.lastIndexOf('/')
    if (slash > 0 && !config.plugins.some((p) => p.name === id.slice(0, slash))) {
      fail(where, key, `unknown rule "${id}": no plugin "${id.slice(0, slash)}" is loaded (add it to "plugins")`)
    }
    const hint = closest(id, [...builtinRuleIds, ...config.rules.keys()])
    fail(where, key, `unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; run \`replylint rules\` to list them`)
  }
  try {
    resolveOptions(rule.meta, setting.options)
  } catch (error) {
    if (!(error instanceof RuleOptionError)) throw error
    fail(where, error.key === '(options)' ? key : `${key}.${error.key}`, error.why)
  }
}

/** Top-level `acronyms` join the list of every rule that takes an `acronyms` option. */
export function withAcronyms(rule: RuleModule, options: Record<string, unknown>, acronyms: string[]): Record<string, unknown> {
  if (acronyms.length === 0 || rule.meta.options?.acronyms?.type !== 'string-array') return options
  const own = Array.isArray(options.acronyms) ? (options.acronyms as string[]) : []
  return { ...options, acronyms: [...new Set([...own, ...acronyms])] }
}

/** A glob without a slash matches the file name in any folder, as in eslint's overrides. */
export function globMatcher(globs: string[]): (relPath: string) => boolean {
  // picomatch's `basename` option would apply to globs with a slash too ("macros/**" stops matching).
  const anywhere = globs.filter((g) => !g.includes('/'))
  const rooted = globs.filter((g) => g.includes('/'))
  const a = anywhere.length ? picomatch(anywhere, { dot: true, basename: true }) : () => false
  const b = rooted.length ? picomatch(rooted, { dot: true }) : () => false
  return (relPath) => a(relPath) || b(relPath)
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
