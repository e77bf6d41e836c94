/** The config file's shape (replylint.config.*, .replylintrc*, package.json "replylint"). */
import type { RuleModule } from '../rule/define-rule.js'
import type { ReplyKind, Severity, SeverityName } from '../types.js'

/** eslint's rule setting: a severity, or `[severity, options]`. */
export type RuleSetting = SeverityName | Severity | [SeverityName | Severity] | [SeverityName | Severity, Record<string, unknown>]

export interface OverrideConfig {
  /** Globs relative to the config file's folder; a glob without a slash matches a file name in any folder. */
  files: string[]
  kind?: ReplyKind
  rules?: Record<string, RuleSetting>
}

/** A plugin: rules written with the same API as the built-ins; ids become `<plugin>/<rule>`. */
export interface Plugin {
  /** Used when the plugin is a local file listed without a name. */
  name?: string
  meta?: { name?: string }
  rules: Record<string, RuleModule>
}

export interface ReplylintConfig {
  /** Presets (`replylint:recommended`, `replylint:strict`), npm packages or local files, applied in order. */
  extends?: string | string[]
  /** npm package names or local files; or `{ name: specifier }` to choose the prefix. */
  plugins?: string[] | Record<string, string>
  rules?: Record<string, RuleSetting>
  overrides?: OverrideConfig[]
  /** Files never linted: gitignore syntax, relative to the config file's folder. */
  ignores?: string[]
  /** Words in capitals that are not shouting; given to every rule with an `acronyms` option. */
  acronyms?: string[]
  kind?: ReplyKind
}

/** Identity helper for `replylint.config.js`/`.mjs`, for editor type hints (tsup's defineConfig). */
export function defineConfig(config: ReplylintConfig): ReplylintConfig {
  return config
}

/** A rule setting after validation: severity as a number, options if given. */
export interface NormalSetting {
  severity: Severity
  options?: Record<string, unknown>
}
