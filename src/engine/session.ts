/**
 * What one run shares across its files: the config finder and resolver, the
 * ignore rules, and how each text is linted (with or without fixes).
 */
import { ConfigFinder } from '../config/load.js'
import { type FileConfig, ConfigResolver } from '../config/resolve.js'
import { type IgnoreTest, globalIgnores } from '../config/ignore.js'
import type { RuleSetting } from '../config/types.js'
import type { Diagnostic, LintResult, ReplyKind, Severity } from '../types.js'
import { type FixFilter, lintAndFix } from './fix.js'
import { lintText, summarise } from './lint-text.js'

export interface SessionOptions {
  cwd: string
  /** `--kind`: over every config. */
  kind?: ReplyKind
  /** `--rule` settings: over every config. */
  rules?: Record<string, RuleSetting>
  /** A config file (`--config`), `false` for none (`--no-config`), or undefined to search per file. */
  config?: string | false
  /** `false` (`--no-ignore`) lints ignored files too. */
  ignore?: boolean
  /** `--ignore-pattern`s, gitignore syntax, relative to `cwd`. */
  ignorePatterns?: string[]
  /** Whether a file named explicitly but ignored gets a warning (eslint's `--no-warn-ignored`); default true. */
  warnIgnored?: boolean
  /** Compute fixes (`output`); a function picks which problems' fixes apply. */
  fix?: boolean | FixFilter
  reportUnusedDisableDirectives?: Severity
  allowInlineConfig?: boolean
  /** Bytes; larger files get a fatal message instead of being linted (`--max-file-size`). */
  maxFileSize?: number
}

export const IGNORED_WARNING =
  'File ignored because of a matching ignore pattern. Use "--no-ignore" to disable file ignore settings or use "--no-warn-ignored" to suppress this warning.'

export class Session {
  readonly finder: ConfigFinder
  readonly resolver: ConfigResolver
  private globalIgnore?: Promise<IgnoreTest>

  constructor(readonly options: SessionOptions) {
    this.finder = new ConfigFinder(options.cwd)
    this.resolver = new ConfigResolver(this.finder, { config: options.config, cliRules: options.rules, kind: options.kind })
  }

  configFor(absPath: string): Promise<FileConfig> {
    return this.resolver.forFile(absPath)
  }

  /** Whether `absPath` is ignored by `.replylintignore`, `--ignore-pattern` or its config's `ignores`. */
  async isIgnored(absPath: string, config?: FileConfig): Promise<boolean> {
    if (this.options.ignore === false) return false
    this.globalIgnore ??= globalIgnores(this.options.cwd, this.options.ignorePatterns)
    if ((await this.globalIgnore)(absPath)) return true
    return (config ?? (await this.configFor(absPath))).ignored
  }

  /** The result for a file named explicitly but ignored: a warning, or nothing with --no-warn-ignored. */
  ignoredResult(filePath: string): LintResult | undefined {
    if (this.options.warnIgnored === false) return undefined
    const warning: Diagnostic = { ruleId: null, severity: 1, message: IGNORED_WARNING, line: 1, column: 1, endLine: 1, endColumn: 1 }
    return summarise(filePath, [warning])
  }

  /** Lints one text with its file's config; fixes when asked. */
  lint(text: string, filePath: string, config: FileConfig): LintResult {
    const options = {
      filePath,
      kind: config.kind,
      rules: config.rules,
      allowInlineConfig: this.options.allowInlineConfig,
      reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives,
    }
    const { fix } = this.options
    if (!fix) return lintText(text, options)
    return lintAndFix(text, options, typeof fix === 'function' ? fix : undefined)
  }
}
