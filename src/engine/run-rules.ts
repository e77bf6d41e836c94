/**
 * Instantiates enabled rules over one Reply, dispatches visitors once, and collects reports.
 * A rule that throws is stopped for this text only: its reports are dropped and one fatal report
 * names it, while the other rules go on (issue 8). The time budget is checked after every
 * visitor call, the finest point at which synchronous work can be stopped on this thread.
 */
import { InputLimitError } from '../reply/limits.js'
import type { Reply } from '../reply/model.js'
import type { Report, RuleContext, RuleModule, Visitors } from '../rule/define-rule.js'
import { type PhraseMatcher, type PhraseOverrides, applyOverrides, compilePhrases, validatePhrases } from '../rule/phrases.js'
import type { Severity, Span } from '../types.js'

export interface EnabledRule {
  rule: RuleModule
  severity: Exclude<Severity, 0>
  /** Validated options with defaults merged. */
  options: Record<string, unknown>
}

export interface RawReport extends Report {
  ruleId: string
  severity: Exclude<Severity, 0>
  message: string
  /** The rule crashed on this text: the report says how, at the text's start. */
  fatal?: true
}

/** Raised when a rule throws while linting: that file gets a fatal message naming the rule. */
export class RuleCrash extends Error {
  constructor(
    readonly ruleId: string,
    readonly original: unknown,
  ) {
    super(`rule "${ruleId}" crashed: ${original instanceof Error ? original.message : String(original)}`)
  }
}

/** Raised when a text takes longer than its time budget; `stage` says where it was stopped. */
export class TimedOut extends Error {
  constructor(
    readonly stage: string,
    readonly budget: number,
  ) {
    super(`Timed out: linting took longer than the ${budget} ms budget (stopped ${stage}); raise it with --max-file-time`)
  }
}

/**
 * A deadline checked between stages; `check` throws TimedOut once it has passed. The stage is
 * `in rule "<ruleId>"` when a rule is named: built only when it is thrown, since the budget is
 * checked after every visitor call.
 */
export interface TimeBudget {
  check(stage: string, ruleId?: string): void
}

const NO_BUDGET: TimeBudget = { check: () => undefined }

/** The engine's default `--max-file-time`: generous, since a reply takes milliseconds; a hang ends. */
export const DEFAULT_MAX_FILE_TIME = 30_000

/**
 * A budget of `ms` from now; none when `ms` is undefined, 0 or not finite. Timed with Date.now:
 * the global `performance` loads node:perf_hooks on first use, a few ms of a cold start (issue 7),
 * and a budget is whole milliseconds.
 */
export function timeBudget(ms: number | undefined, now: () => number = Date.now): TimeBudget {
  if (!ms || !Number.isFinite(ms) || ms <= 0) return NO_BUDGET
  const deadline = now() + ms
  return {
    check(stage, ruleId) {
      if (now() > deadline) throw new TimedOut(ruleId === undefined ? stage : `${stage} "${ruleId}"`, ms)
    },
  }
}

/**
 * Why linting a text stopped, for the one fatal message the text then gets; undefined for an
 * error that is a bug of replylint's own (the CLI reports those as unexpected).
 */
export function stoppedBy(error: unknown): { message: string; ruleId: string | null; offset: number } | undefined {
  if (error instanceof RuleCrash) return { message: error.message, ruleId: error.ruleId, offset: 0 }
  if (error instanceof TimedOut) return { message: error.message, ruleId: null, offset: 0 }
  if (error instanceof InputLimitError) return { message: error.message, ruleId: null, offset: error.offset }
  return undefined
}

// Compiled once per process for each rule and each distinct override set.
const matcherCache = new WeakMap<RuleModule, Map<string, PhraseMatcher>>()

function matcherFor(rule: RuleModule, overrides: PhraseOverrides | undefined): PhraseMatcher {
  let byOverrides = matcherCache.get(rule)
  if (!byOverrides) matcherCache.set(rule, (byOverrides = new Map()))
  const key = overrides ? JSON.stringify(overrides) : ''
  let matcher = byOverrides.get(key)
  if (!matcher) {
    const data = rule.meta.phrases
    const strategies = data?.strategies ?? []
    const entries = data ? validatePhrases(data.entries, strategies, `${rule.meta.id}/phrases`) : []
    const defaultStrategy = strategies.length ? { strategy: strategies[0] } : {}
    matcher = compilePhrases(applyOverrides(entries, overrides, defaultStrategy))
    byOverrides.set(key, matcher)
  }
  return matcher
}

export function formatMessage(template: string, data: Record<string, string | number> | undefined): string {
  const parts = templateParts(template)
  if (parts.length === 1) return template
  let out = parts[0]
  for (let i = 1; i < parts.length; i += 3) {
    const key = parts[i + 1]
    out += (data && key in data ? String(data[key]) : parts[i]) + parts[i + 2]
  }
  return intern(out)
}

// A rule reports with the same few templates all run long: each is split once at its
// placeholders instead of a regex replace per problem (issue 7: 88,000 problems on 10,000 drafts).
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g
const splitTemplates = new Map<string, string[]>()

/** `[text, (placeholder as written, its key, text)…]`. */
function templateParts(template: string): string[] {
  let parts = splitTemplates.get(template)
  if (parts) return parts
  parts = []
  let last = 0
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[0], m[1])
    last = m.index + m[0].length
  }
  parts.push(template.slice(last))
  if (splitTemplates.size >= INTERNED_MAX) splitTemplates.clear()
  splitTemplates.set(template, parts)
  return parts
}

// A run keeps every message until the report is printed, and the same phrase gets the same message
// in file after file: one copy of each (flattened, so no rope of concatenations per problem).
const INTERNED_MAX = 8192
const interned = new Map<string, string>()
function intern(message: string): string {
  const known = interned.get(message)
  if (known !== undefined) return known
  if (interned.size >= INTERNED_MAX) interned.clear()
  interned.set(message, message)
  return message
}

export function runRules(reply: Reply, enabled: EnabledRule[], budget: TimeBudget = NO_BUDGET): RawReport[] {
  const reports: RawReport[] = []
  const crashed = new Map<string, RuleCrash>()
  const active: Array<{ id: string; visitors: Visitors }> = []
  for (const { rule, severity, options } of enabled) {
    const { meta } = rule
    const context: RuleContext<string, never> = {
      id: meta.id,
      // Checked against meta.options by the engine before create() (options.ts).
      options: options as never,
      reply,
      text: (span: Span) => reply.source.slice(span.start, span.end),
      phrases: (overrides) => matcherFor(rule, overrides),
      report(report) {
        const template = meta.messages[report.messageId]
        if (template === undefined) throw new Error(`rule "${meta.id}" reported unknown messageId "${report.messageId}"`)
        checkSpan(meta.id, report.span, reply.source.length)
        if (report.fix && !meta.fixable) throw new Error(`rule "${meta.id}" reported a fix but meta.fixable is not set`)
        if (report.suggest?.length && !meta.hasSuggestions) throw new Error(`rule "${meta.id}" reported suggestions but meta.hasSuggestions is not set`)
        // eslint: a suggestion's desc is its own message (by messageId), not the problem's.
        const suggest = report.suggest?.map((sg) => {
          if (sg.desc !== undefined) return { ...sg, desc: intern(sg.desc) }
          if (sg.messageId === undefined) return sg
          const own = meta.messages[sg.messageId]
          if (own === undefined) throw new Error(`rule "${meta.id}" suggested with unknown messageId "${sg.messageId}"`)
          return { ...sg, desc: formatMessage(own, sg.data ?? report.data) }
        })
        // Field by field, not a spread: each rule's reports have shapes of their own, and a spread of
        // many shapes takes V8's slow path (~1 µs a report, issue 7).
        const raw: RawReport = { messageId: report.messageId, data: report.data, span: report.span, ruleId: meta.id, severity, message: formatMessage(template, report.data) }
        if (report.fix) raw.fix = report.fix
        if (suggest) raw.suggest = suggest
        reports.push(raw)
      },
    }
    let visitors: Visitors | undefined
    try {
      visitors = rule.create(context)
    } catch (error) {
      crash(crashed, meta.id, error)
    }
    if (visitors) active.push({ id: meta.id, visitors })
    budget.check('in rule', meta.id)
  }
  // Called for every sentence by every rule: no closure, no spread of arguments per call.
  const call = <K extends keyof Visitors>(key: K, a: unknown, b?: unknown) => {
    for (const { id, visitors } of active) {
      const visit = visitors[key] as ((a: unknown, b: unknown) => void) | undefined
      if (!visit || crashed.has(id)) continue
      try {
        visit(a, b)
      } catch (error) {
        crash(crashed, id, error)
      }
      budget.check('in rule', id)
    }
  }
  call('reply', reply)
  call('opening', reply.opening, reply)
  for (const paragraph of reply.paragraphs) {
    call('paragraph', paragraph)
    for (const sentence of paragraph.sentences) call('sentence', sentence)
  }
  call('reply:exit', reply)
  if (crashed.size === 0) return reports
  // What a crashed rule reported before it threw is dropped: its state is not to be trusted.
  const kept = reports.filter((r) => !crashed.has(r.ruleId))
  for (const [ruleId, crash] of crashed) {
    kept.push({ ruleId, severity: 2, message: crash.message, messageId: 'crash', span: { start: 0, end: 0 }, fatal: true })
  }
  return kept
}

/** A rule's call threw: the rule is crashed on this text (the first crash is kept). */
function crash(crashed: Map<string, RuleCrash>, ruleId: string, error: unknown): void {
  if (!crashed.has(ruleId)) crashed.set(ruleId, error instanceof RuleCrash ? error : new RuleCrash(ruleId, error))
}

// remark-lint's guard: a report must have a real position inside the text.
function checkSpan(ruleId: string, span: Span, length: number): void {
  if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end < span.start || span.end > length) {
    throw new Error(`rule "${ruleId}" reported an invalid span ${JSON.stringify(span)} (text length ${length})`)
  }
}
