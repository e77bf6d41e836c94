/**
 * The kernel: text in, diagnostics out. No file system, no config discovery,
 * no process: the engine above it does those.
 */
import { locator } from '../reply/location.js'
import { buildReply } from '../reply/model.js'
import type { Diagnostic, LintResult, ReplyFormat, ReplyKind, Severity } from '../types.js'
import { applyDirectives, parseDirectives, unusedDirectives } from './directives.js'
import { type TextMapping, fileLocator, mapFixes, mappedLocator } from './mapping.js'
import { type EnabledRule, runRules, stoppedBy, timeBudget } from './run-rules.js'

export type { TextMapping }

export interface LintTextOptions {
  filePath?: string
  format?: ReplyFormat
  kind?: ReplyKind
  rules: EnabledRule[]
  /** How many sentences the opening reaches at least (RULES.md: two). */
  openingSentences?: number
  /** `<!-- replylint-disable … -->` comments apply (eslint's `allowInlineConfig`); default true. */
  allowInlineConfig?: boolean
  /** Severity of a problem for each disable directive that suppressed nothing; 0 (default) reports none. */
  reportUnusedDisableDirectives?: Severity
  /** The text is one reply inside a file: positions and fixes go through this map (kind defaults to template). */
  mapping?: TextMapping
  /** `--stats`: the time spent building the Reply model is added to `times.parse` (ms). */
  times?: { parse: number }
  /**
   * `--max-file-time`: milliseconds after which the text gets one fatal "timed out" message
   * instead of its problems. Checked after parsing and after each rule's visitor call (issue 8).
   */
  maxFileTime?: number
}

const BOM = '\uFEFF'

/** Markdown unless the file is plaintext by extension. */
export function formatOf(filePath: string | undefined): ReplyFormat {
  return filePath && /\.(txt|text)$/i.test(filePath) ? 'plaintext' : 'markdown'
}

export function lintText(input: string, options: LintTextOptions): LintResult {
  // eslint's convention: the BOM is not part of the text, so columns on line 1 start after it.
  // A reply of a collection is not a file: a U+FEFF at its start is text its mapping counts (issue 8).
  const text = input.startsWith(BOM) && !options.mapping ? input.slice(1) : input
  const filePath = options.filePath ?? '<text>'
  const { mapping } = options
  const locate = mapping ? mappedLocator(mapping) : locator(text)
  let messages: Diagnostic[]
  let suppressed: Diagnostic[] = []
  const budget = timeBudget(options.maxFileTime)
  try {
    const t0 = options.times ? performance.now() : 0
    const reply = buildReply(text, {
      format: options.format ?? formatOf(options.filePath),
      // A reply inside a collection is a template unless configured otherwise (issue 6).
      kind: options.kind ?? (mapping ? 'template' : 'draft'),
      openingSentences: options.openingSentences,
      ...(mapping?.regions?.length ? { regions: mapping.regions } : {}),
    })
    if (options.times) options.times.parse += performance.now() - t0
    budget.check('after parsing')
    messages = runRules(reply, options.rules, budget).map((r): Diagnostic => {
      // A rule that crashed: fatal, naming the rule and the file; the other rules' problems stay.
      if (r.fatal) return { ...fatal(`${r.message} (in ${filePath})`, r.ruleId), ...locate(r.span) }
      // One object literal, so every problem shares a shape with its fields in the object.
      const at = locate(r.span)
      const d: Diagnostic = { ruleId: r.ruleId, severity: r.severity, message: r.message, messageId: r.messageId, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn }
      if (r.fix) d.fix = r.fix
      if (r.suggest?.length) {
        d.suggestions = r.suggest.map((s) => ({ desc: s.desc ?? r.message, ...(s.messageId ? { messageId: s.messageId } : {}), fix: s.fix }))
      }
      return d
    })
    if (options.allowInlineConfig !== false) {
      const directives = parseDirectives(reply.comments, locate)
      const outside = mapping?.comments?.length ? parseDirectives(mapping.comments, fileLocator(mapping.fileText)) : []
      const all = outside.length ? [...directives, ...outside].sort((a, b) => a.line - b.line || a.column - b.column) : directives
      ;({ messages, suppressed } = applyDirectives(messages, all))
      const severity = options.reportUnusedDisableDirectives ?? 0
      if (severity > 0) {
        messages.push(...unusedDirectives(directives, severity as 1 | 2, text))
        messages.push(...unusedDirectives(outside, severity as 1 | 2, '').map(({ fix: _fix, ...m }) => m))
      }
    }
    if (mapping) {
      messages = messages.map((m) => mapFixes(m, text, mapping))
      suppressed = suppressed.map((m) => mapFixes(m, text, mapping))
    }
  } catch (error) {
    // Out of time, or input past a limit (issue 8): one fatal message; anything else is a bug.
    const stop = stoppedBy(error)
    if (!stop) throw error
    messages = [{ ...fatal(`${stop.message} (in ${filePath})`, stop.ruleId), ...locate({ start: stop.offset, end: stop.offset }) }]
    suppressed = []
  }
  messages.sort((a, b) => a.line - b.line || a.column - b.column || compareIds(a.ruleId, b.ruleId))
  const result = summarise(filePath, messages)
  result.suppressedMessages = suppressed
  // eslint keeps the source of a file with problems, so formatters can quote what was
  // flagged (SARIF fingerprints) without reading files; json leaves it out. For a reply of a
  // collection the source is the file, which the engine sets once on the file's result.
  if (messages.length > 0 && !mapping) result.source = text
  return result
}

export function fatal(message: string, ruleId: string | null = null, line = 1, column = 1): Diagnostic {
  return { ruleId, severity: 2, fatal: true, message, line, column, endLine: line, endColumn: column }
}

export function summarise(filePath: string, messages: Diagnostic[]): LintResult {
  const result: LintResult = {
    filePath,
    messages,
    suppressedMessages: [],
    errorCount: 0,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  }
  for (const m of messages) {
    if (m.severity === 2) result.errorCount++
    if (m.severity === 1) result.warningCount++
    if (m.fatal) result.fatalErrorCount++
    if (m.fix && m.severity === 2) result.fixableErrorCount++
    if (m.fix && m.severity === 1) result.fixableWarningCount++
  }
  return result
}

// Code-unit order, as eslint sorts: localeCompare would load ICU's collator (~6 ms at startup) and
// order by the user's locale.
function compareIds(a: string | null | undefined, b: string | null | undefined): number {
  const x = a ?? ''
  const y = b ?? ''
  return x < y ? -1 : x > y ? 1 : 0
}
