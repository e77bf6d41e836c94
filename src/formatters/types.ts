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
