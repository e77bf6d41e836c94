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
  /** `--collection FORMAT`: every file is a canned-response collection, in FORMAT (`auto`: detected). */
  collection?: CollectionFormat | 'auto'
  /** `--include-internal`: lint a collection's internal notes instead of skipping them. */
  includeInternal?: boolean
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

  /** Lints every reply of a collection into one result for the file; fixes when asked. */
  lintCollection(text: string, filePath: string, config: FileConfig): Promise<LintResult> {
    const format = this.options.collection
    const options: CollectionOptions = {
      settings: config.collection.settings,
      ...(format && format !== 'auto' ? { format } : {}),
      includeInternal: this.options.includeInternal,
      lint: {
        filePath,
        // Replies in a library are templates, unless --kind, an override or the config says otherwise.
        kind: config.kindSet ? config.kind : 'template',
        rules: config.rules,
        allowInlineConfig: this.options.allowInlineConfig,
        reportUnusedDisableDirectives: this.options.reportUnusedDisableDirectives,
      },
    }
    const { fix } = this.options
    if (!fix) return lintCollection(text, filePath, options)
    return lintCollectionAndFix(text, filePath, options, typeof fix === 'function' ? fix : undefined)
  }
}
