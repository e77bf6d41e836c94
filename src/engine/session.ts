/**
 * What one run shares across its files: the config finder and resolver, the
 * ignore rules, and how each text is linted (with or without fixes).
 */
import type { CollectionFormat } from '../collections/index.js'
import { ConfigFinder } from '../config/load.js'
import { type FileConfig, ConfigResolver } from '../config/resolve.js'
import { type IgnoreTest, globalIgnores } from '../config/ignore.js'
import type { RuleSetting } from '../config/types.js'
import type { Diagnostic, LintResult, ReplyKind, Severity } from '../types.js'
import { type FixFilter, lintAndFix } from './fix.js'
import { type CollectionOptions, lintCollection, lintCollectionAndFix } from './lint-collection.js'
import { lintText, summarise } from './lint-text.js'
import { DEFAULT_MAX_FILE_TIME } from './run-rules.js'
import { type FileTimes, timeFile, timedRules } from './timing.js'

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
  /** Compute fixes (`output`); a function picks which problems' fixes apply; `errors`: errors' only (--quiet). */
  fix?: boolean | FixFilter | 'errors'
  reportUnusedDisableDirectives?: Severity
  allowInlineConfig?: boolean
  /** Bytes; larger files get a fatal message instead of being linted (`--max-file-size`). */
  maxFileSize?: number
  /** Milliseconds per file (each reply of a collection) before it gets a fatal "timed out" (`--max-file-time`); default 30 s. */
  maxFileTime?: number
  /** `--collection FORMAT`: every file is a canned-response collection, in FORMAT (`auto`: detected). */
  collection?: CollectionFormat | 'auto'
  /** `--include-internal`: lint a collection's internal notes instead of skipping them. */
  includeInternal?: boolean
  /** Time each rule (`TIMING`): totals gather in timing.ts. */
  timing?: boolean
  /** `--stats`: each result gets `stats.times` (parse and per-rule ms). */
  stats?: boolean
}

/** Extensions that are collections whenever they are linted (issue 6); also `.html` drafts. */
export const DATA_FILE = /\.(json|jsonc|ya?ml|csv|tsv|html?)$/i

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

  /**
   * Whether a file is a canned-response collection (issue 6): `--collection`, a `collections`
   * glob in the config, a JSON/YAML/CSV/HTML extension, or a library name (`SAVED_REPLIES.md`).
   * Any other markdown or text file is one draft, whatever headings or `---` lines it holds.
   */
  isCollection(filePath: string, config: FileConfig): boolean {
    return Boolean(this.options.collection) || config.collection.declared || config.collection.named || DATA_FILE.test(filePath)
  }

  /** Lints one text with its file's config; fixes when asked. */
  lint(text: string, filePath: string, config: FileConfig): LintResult {
    const times = this.startTimes()
    const options = {
      filePath,
      kind: config.kind,
      rules: this.rulesOf(config),
      allowInlineConfig: this.options.allowInlineConfig,
      reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives,
      maxFileTime: this.options.maxFileTime ?? DEFAULT_MAX_FILE_TIME,
      ...(times ? { times } : {}),
    }
    const filter = this.fixFilter()
    const result = filter ? lintAndFix(text, options, filter) : lintText(text, options)
    return this.endTimes(result, times)
  }

  private fixFilter(): FixFilter | undefined {
    const { fix } = this.options
    if (!fix) return undefined
    return typeof fix === 'function' ? fix : fix === 'errors' ? (m) => m.severity === 2 : () => true
  }

  private rulesOf(config: FileConfig) {
    return this.options.timing || this.options.stats ? timedRules(config.rules) : config.rules
  }

  private startTimes(): FileTimes | undefined {
    const times = this.options.stats ? { parse: 0, rules: {} } : undefined
    timeFile(times)
    return times
  }

  /** eslint's `--stats` shape, reduced: `stats.times` with the parse and each rule, in ms. */
  private endTimes(result: LintResult, times: FileTimes | undefined): LintResult {
    timeFile(undefined)
    if (times) result.stats = { times }
    return result
  }

  /** Lints every reply of a collection into one result for the file; fixes when asked. */
  async lintCollection(text: string, filePath: string, config: FileConfig): Promise<LintResult> {
    const format = this.options.collection
    const options: CollectionOptions = {
      settings: config.collection.settings,
      ...(format && format !== 'auto' ? { format } : {}),
      includeInternal: this.options.includeInternal,
      lint: {
        filePath,
        // Replies in a library are templates, unless --kind, an override or the config says otherwise.
        kind: config.kindSet ? config.kind : 'template',
        rules: this.rulesOf(config),
        allowInlineConfig: this.options.allowInlineConfig,
        reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives,
        maxFileTime: this.options.maxFileTime ?? DEFAULT_MAX_FILE_TIME,
      },
    }
    const times = this.startTimes()
    if (times) options.lint.times = times
    const filter = this.fixFilter()
    const result = await (filter ? lintCollectionAndFix(text, filePath, options, filter) : lintCollection(text, filePath, options))
    return this.endTimes(result, times)
  }
}
