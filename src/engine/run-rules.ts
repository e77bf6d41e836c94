/** Instantiates enabled rules over one Reply, dispatches visitors once, and collects reports. */
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
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => (data && key in data ? String(data[key]) : all))
}

export function runRules(reply: Reply, enabled: EnabledRule[]): RawReport[] {
  const reports: RawReport[] = []
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
          if (sg.desc !== undefined || sg.messageId === undefined) return sg
          const own = meta.messages[sg.messageId]
          if (own === undefined) throw new Error(`rule "${meta.id}" suggested with unknown messageId "${sg.messageId}"`)
          return { ...sg, desc: formatMessage(own, sg.data ?? report.data) }
        })
        reports.push({ ...report, ...(suggest ? { suggest } : {}), ruleId: meta.id, severity, message: formatMessage(template, report.data) })
      },
    }
    active.push({ id: meta.id, visitors: guard(meta.id, () => rule.create(context)) })
  }
  const call = <K extends keyof Visitors>(key: K, ...args: Parameters<NonNullable<Visitors[K]>>) => {
    for (const { id, visitors } of active) {
      const visit = visitors[key] as ((...a: typeof args) => void) | undefined
      if (visit) guard(id, () => visit(...args))
    }
  }
  call('reply', reply)
  call('opening', reply.opening, reply)
  for (const paragraph of reply.paragraphs) {
    call('paragraph', paragraph)
    for (const sentence of paragraph.sentences) call('sentence', sentence)
  }
  call('reply:exit', reply)
  return reports
}

function guard<T>(ruleId: string, fn: () => T): T {
  try {
    return fn()
  } catch (error) {
    throw error instanceof RuleCrash ? error : new RuleCrash(ruleId, error)
  }
}

// remark-lint's guard: a report must have a real position inside the text.
function checkSpan(ruleId: string, span: Span, length: number): void {
  if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end < span.start || span.end > length) {
    throw new Error(`rule "${ruleId}" reported an invalid span ${JSON.stringify(span)} (text length ${length})`)
  }
}
