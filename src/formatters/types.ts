import type { LintResult } from '../types.js'

export interface RuleInfo {
  id: string
  description: string
  defaultSeverity: 'warn' | 'error'
  docsUrl: string
}

export interface FormatterMeta {
  /** Folder that paths are shown relative to. */
  cwd: string
  /** Whether to use colour (decided by the caller: TTY, NO_COLOR, --color). */
  color: boolean
  /** Metadata of every rule that ran, by id. */
  rulesMeta: Record<string, RuleInfo>
  version: string
}

/** A formatter is a pure function of the results. */
export type Formatter = (results: LintResult[], meta: FormatterMeta) => string

/**
 * A built-in formatter that can also give its report in pieces whose concatenation is the report;
 * the CLI writes them one by one (a big run's report is never one string).
 */
export type PiecewiseFormatter = Formatter & { pieces(results: LintResult[], meta: FormatterMeta): Iterable<string> }
