/** The rule API, identical for built-in rules and plugins (STYLE.md, "The rule module"). */
import type { Opening, Paragraph, Reply, Sentence } from '../reply/model.js'
import type { Fix, Span } from '../types.js'
import type { PhraseMatcher, PhraseOverrides } from './phrases.js'

/** A small option schema: each option's type and default; the engine validates before `create`. */
export type OptionSpec =
  | { type: 'number'; default: number; min?: number; description?: string }
  | { type: 'boolean'; default: boolean; description?: string }
  | { type: 'string'; default: string; enum?: readonly string[]; description?: string }
  | { type: 'string-array'; default: readonly string[]; description?: string }
  | { type: 'phrases'; default: PhraseOverrides; description?: string }

export type OptionsSchema = Record<string, OptionSpec>

type ValueOf<S extends OptionSpec> = S extends { type: 'number' }
  ? number
  : S extends { type: 'boolean' }
    ? boolean
    : S extends { type: 'string' }
      ? string
      : S extends { type: 'string-array' }
        ? readonly string[]
        : PhraseOverrides

export type OptionsOf<S extends OptionsSchema> = { [K in keyof S]: ValueOf<S[K]> }

export interface RuleMeta<M extends string = string, S extends OptionsSchema = OptionsSchema> {
  /** The rule id: its folder name and the id in diagnostics (kebab-case). */
  id: string
  /** One line, shown by `replylint rules`. */
  description: string
  defaultSeverity: 'warn' | 'error'
  /** messageId → template with `{{name}}` slots filled from a report's `data`. */
  messages: Record<M, string>
  options?: S
  /** Set before a rule may attach `fix` to a report. */
  fixable?: boolean
  /** Set before a rule may attach `suggest` to a report. */
  hasSuggestions?: boolean
  /** Phrase data (a `phrases.yaml` beside the rule) and the strategy names it may use. */
  phrases?: { entries: unknown; strategies: readonly string[] }
  /** Docs page; built-in rules derive it from the id. */
  docsUrl?: string
}

export interface SuggestionReport<M extends string = string> {
  messageId?: M
  desc?: string
  data?: Record<string, string | number>
  fix: Fix
}

export interface Report<M extends string = string> {
  messageId: M
  data?: Record<string, string | number>
  /** Absolute offsets into the file. */
  span: Span
  fix?: Fix
  suggest?: SuggestionReport<M>[]
}

export interface RuleContext<M extends string = string, O = Record<string, unknown>> {
  readonly id: string
  /** Options with defaults merged, already validated. */
  readonly options: O
  readonly reply: Reply
  /** The file text of a span. */
  text(span: Span): string
  /** The rule's phrase matcher with config overrides applied; built once per run. */
  phrases(overrides?: PhraseOverrides): PhraseMatcher
  report(report: Report<M>): void
}

/** Visitors receive prose only: quotes, code, URLs, signature, sign-off and placeholders never arrive. */
export interface Visitors {
  reply?(reply: Reply): void
  opening?(opening: Opening, reply: Reply): void
  paragraph?(paragraph: Paragraph): void
  sentence?(sentence: Sentence): void
  'reply:exit'?(reply: Reply): void
}

export interface RuleModule<M extends string = string, S extends OptionsSchema = OptionsSchema> {
  meta: RuleMeta<M, S>
  create(context: RuleContext<M, OptionsOf<S>>): Visitors
}

/** Identity helper that types `create`'s options and message ids from `meta`. */
export function defineRule<M extends string, S extends OptionsSchema = Record<never, OptionSpec>>(
  rule: RuleModule<M, S>,
): RuleModule<M, S> {
  return rule
}

export const DOCS_BASE = 'https://github.com/replylint/replylint/blob/main/rules/'

export function docsUrlOf(meta: Pick<RuleMeta, 'id' | 'docsUrl'>): string {
  return meta.docsUrl ?? `${DOCS_BASE}${meta.id}/README.md`
}
