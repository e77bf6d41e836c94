/**
 * Per-rule timing (issue 7): `TIMING=1` prints the slowest rules as eslint's table, `--stats`
 * puts each file's parse and rule times on its result. Rules are timed by wrapping their
 * visitors, so run-rules.ts stays as it is and an untimed run pays nothing.
 */
import type { RuleModule, Visitors } from '../rule/define-rule.js'
import type { EnabledRule } from './run-rules.js'

/** One file's times in milliseconds: parsing (the Reply model) and each rule. */
export interface FileTimes {
  parse: number
  rules: Record<string, number>
}

/** Milliseconds per rule id over the whole run (this thread). */
export const ruleTotals = new Map<string, number>()
let current: FileTimes | undefined

/** Times are added to `times` (and to the run's totals) until the next call. */
export function timeFile(times: FileTimes | undefined): void {
  current = times
}

function record(id: string, ms: number): void {
  ruleTotals.set(id, (ruleTotals.get(id) ?? 0) + ms)
  if (current) current.rules[id] = (current.rules[id] ?? 0) + ms
}

function timed<T>(id: string, fn: () => T): T {
  const t0 = performance.now()
  try {
    return fn()
  } finally {
    record(id, performance.now() - t0)
  }
}

// One wrapper per rule module, so run-rules' per-rule phrase matcher cache still hits.
const wrapped = new WeakMap<RuleModule, RuleModule>()

function timedRule(rule: RuleModule): RuleModule {
  let out = wrapped.get(rule)
  if (!out) {
    const id = rule.meta.id
    out = {
      ...rule,
      create(context) {
        const visitors = timed(id, () => rule.create(context)) as Record<string, ((...args: unknown[]) => void) | undefined>
        const timedVisitors: Record<string, (...args: unknown[]) => void> = {}
        for (const [key, visit] of Object.entries(visitors)) if (visit) timedVisitors[key] = (...args) => timed(id, () => visit(...args))
        return timedVisitors as Visitors
      },
    }
    wrapped.set(rule, out)
  }
  return out
}

const wrappedLists = new WeakMap<EnabledRule[], EnabledRule[]>()

/** The same rules, with their visitors timed. */
export function timedRules(rules: EnabledRule[]): EnabledRule[] {
  let out = wrappedLists.get(rules)
  if (!out) {
    out = rules.map((r) => ({ ...r, rule: timedRule(r.rule) }))
    wrappedLists.set(rules, out)
  }
  return out
}

/** How many rows `TIMING` asks for, as eslint: `all`, a number above ten, or else ten. */
export function timingListSize(value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined
  if (value.toLowerCase() === 'all') return Number.POSITIVE_INFINITY
  const n = Number.parseInt(value, 10)
  return n > 10 ? n : 10
}

/** eslint's TIMING table (lib/linter/timing.js): rule, time, share of all rules' time. */
export function timingTable(totals: Map<string, number>, size: number): string {
  let total = 0
  for (const ms of totals.values()) total += ms
  const rows: string[][] = [...totals]
    .sort((a, b) => b[1] - a[1])
    .slice(0, size)
    .map(([id, ms]) => [id, ms.toFixed(3), `${((ms * 100) / (total || 1)).toFixed(1)}%`])
  rows.unshift(['Rule', 'Time (ms)', 'Relative'])
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)))
  const align = (cell: string, width: number, i: number, fill = ' ') => (i === 0 ? cell + fill.repeat(width - cell.length) : fill.repeat(width - cell.length) + cell)
  const lines = rows.map((r) => r.map((cell, i) => align(cell, widths[i], i)).join(' | '))
  lines.splice(1, 0, widths.map((w, i) => align(':', w + (i === 1 ? 2 : 1), i, '-')).join('|'))
  return `${lines.join('\n')}\n`
}
