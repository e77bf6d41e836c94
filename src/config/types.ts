/** The config file's shape (replylint.config.*, .replylintrc*, package.json "replylint"). */
import type { CollectionFormat } from '../collections/index.js'
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
  /** How to read canned-response collections under this config (issue 6): their shape, titles to skip. */
  collection?: CollectionConfig
  /** Files that are collections, each glob with its own reader settings (over `collection`). */
  collections?: CollectionFilesConfig[]
  /**
   * Globs of files that are collections by name: markdown and text files (else drafts), and any
   * collection format in a directory walk (default: names holding replies, macros, saved-replies,
   * canned-responses or SAVED_REPLIES); `[]` for none.
   */
  collectionPatterns?: string[]
}

/** Reader settings of a canned-response collection (see src/collections/index.ts). */
export interface CollectionConfig {
  /** The file's format; default: from its extension, then its content. */
  format?: CollectionFormat
  /** JSON/YAML/CSV: path to the reply items (`data.templates[*]`). */
  select?: string
  /** JSON/YAML/CSV: path inside an item to its title. */
  title?: string
  /** JSON/YAML/CSV: path inside an item to its body (several matches are variants). */
  body?: string
  /** Markdown: only headings of this depth open replies. */
  headingDepth?: number
  /** Markdown: each fenced block is a reply (`fence`) or the section text is (`text`); default: detected. */
  mode?: 'fence' | 'text'
  /** Plaintext: a regular expression for the line that starts a reply; group 1 is its title. */
  delimiter?: string
  /** `false`: never skip a reply as not English; or the English function-word share below which a paragraph may be foreign. */
  language?: false | { threshold?: number }
  /** Lint only replies whose title matches one of these (`*` wildcards, or `/regex/flags`). */
  include?: string[]
  /** Skip replies whose title matches one of these. */
  exclude?: string[]
  /** Lint internal notes too (as `--include-internal`). */
  includeInternal?: boolean
}

export interface CollectionFilesConfig extends CollectionConfig {
  /** Globs relative to the config file's folder, as in `overrides`. */
  files: string[]
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
