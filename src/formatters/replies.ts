/**
 * Per-reply figures for the library reports (`summary`, `html`; issue 6). A collection's result
 * lists its replies (`replies`) and each message names its reply (`replyIndex`); a draft is one
 * reply, named by its file. Pure: everything comes from the results.
 */
import type { Diagnostic, LintResult } from '../types.js'
import { severityWord } from './messages.js'
import { displayPath } from './paths.js'

export interface ReplyStat {
  /** The file as shown (relative to cwd). */
  file: string
  /** The reply's title; undefined for a draft (the file is the reply). */
  title?: string
  index?: number
  line: number
  errors: number
  warnings: number
  /** Problems (errors and warnings) by rule id. */
  rules: Map<string, number>
  /** Its messages, notices excluded. */
  messages: Diagnostic[]
}

export interface LibraryStats {
  /** Replies that were linted, in file order. */
  checked: ReplyStat[]
  /** Replies skipped with a notice, by notice (not English, internal note, not lintable). */
  skipped: Map<string, number>
  /** Files that could not be linted (unreadable, malformed): shown, never counted as replies. */
  unreadable: Array<{ file: string; message: string; line: number; column: number }>
  /** Problems by rule id, most first (ties by id). */
  perRule: Array<[string, number]>
  errors: number
  warnings: number
}

export function libraryStats(results: LintResult[], cwd: string): LibraryStats {
  const stats: LibraryStats = { checked: [], skipped: new Map(), unreadable: [], perRule: [], errors: 0, warnings: 0 }
  const perRule = new Map<string, number>()
  for (const result of results) {
    const file = displayPath(result.filePath, cwd)
    const fatal = result.messages.find((m) => m.fatal)
    if (fatal && !result.replies?.length) {
      stats.unreadable.push({ file, message: fatal.message, line: fatal.line, column: fatal.column })
      continue
    }
    for (const reply of repliesOf(result, file)) {
      if (reply.notice) {
        stats.skipped.set(reply.notice, (stats.skipped.get(reply.notice) ?? 0) + 1)
        continue
      }
      for (const m of reply.messages) {
        const word = severityWord(m)
        if (word === 'error') reply.errors++
        else if (word === 'warning') reply.warnings++
        else continue
        const id = m.ruleId ?? '(no rule)'
        reply.rules.set(id, (reply.rules.get(id) ?? 0) + 1)
        perRule.set(id, (perRule.get(id) ?? 0) + 1)
      }
      stats.errors += reply.errors
      stats.warnings += reply.warnings
      stats.checked.push(reply)
    }
  }
  stats.perRule = [...perRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  return stats
}

type Pending = ReplyStat & { notice?: string }

/** A collection's replies with their messages; a draft (or a one-reply file) as one reply. */
function repliesOf(result: LintResult, file: string): Pending[] {
  const make = (title: string | undefined, index: number | undefined, line: number, notice?: string): Pending => ({
    file, ...(title === undefined ? {} : { title }), ...(index === undefined ? {} : { index }), line, errors: 0, warnings: 0,
    rules: new Map(), messages: [], ...(notice ? { notice } : {}),
  })
  if (!result.replies && !tagged(result)) {
    const reply = make(undefined, undefined, 1)
    reply.messages = result.messages.filter((m) => m.severity !== 0 || m.fatal)
    return [reply]
  }
  if (!result.replies) return fromTags(result, make)
  // A file that is one reply titled by its own name (an `.html` draft) is shown as the file, as the engine tags it.
  const whole = result.replies.length === 1 && result.replies[0].title === baseName(result.filePath)
  const replies = result.replies.map((r) => make(whole ? undefined : r.title, r.index, r.line, r.notice))
  const byIndex = new Map(result.replies.map((r, i) => [r.index, replies[i]]))
  for (const m of result.messages) {
    if (m.severity === 0 && !m.fatal) continue
    // An untagged message (a one-reply file) belongs to its only reply.
    const reply = m.replyIndex !== undefined ? byIndex.get(m.replyIndex) : replies.length === 1 ? replies[0] : undefined
    reply?.messages.push(m)
  }
  return replies
}

/** Results made without the engine's `replies` list: the replies its messages name. */
function fromTags(result: LintResult, make: (title: string | undefined, index: number | undefined, line: number, notice?: string) => Pending): Pending[] {
  const byIndex = new Map<number, Pending>()
  for (const m of result.messages) {
    if (m.replyIndex === undefined) continue
    let reply = byIndex.get(m.replyIndex)
    if (!reply) byIndex.set(m.replyIndex, (reply = make(m.replyTitle, m.replyIndex, m.line, 'notice')))
    if (m.severity === 0 && !m.fatal) continue
    reply.messages.push(m)
    delete reply.notice
  }
  return [...byIndex.values()].sort((a, b) => a.index! - b.index!)
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, '')
}

function tagged(result: LintResult): boolean {
  return result.messages.some((m) => m.replyTitle !== undefined)
}

/** The ten (or `n`) replies with the most problems: errors first, then all problems; file order breaks ties. */
export function worstReplies(checked: ReplyStat[], n = 10): ReplyStat[] {
  return checked
    .map((r, order) => ({ r, order }))
    .filter(({ r }) => r.errors + r.warnings > 0)
    .sort((a, b) => b.r.errors - a.r.errors || b.r.warnings + b.r.errors - (a.r.warnings + a.r.errors) || a.order - b.order)
    .slice(0, n)
    .map(({ r }) => r)
}

/** `macros.json:12  ›  "Refund denied"`, or the file alone for a draft. */
export function replyLabel(reply: Pick<ReplyStat, 'file' | 'title' | 'line'>): string {
  return reply.title === undefined ? reply.file : `${reply.file}:${reply.line}  ›  ${JSON.stringify(reply.title)}`
}

/** RULES.md's three A's, each kept by replies without a problem of its rule. */
export const THREE_AS: Array<{ label: string; ruleId: string }> = [
  { label: 'Acknowledge', ruleId: 'missing-acknowledgement' },
  { label: 'Apologize properly', ruleId: 'non-apology' },
  { label: 'Act', ruleId: 'no-concrete-action' },
]

export function percent(part: number, whole: number): string {
  return whole ? `${Math.round((part / whole) * 100)}%` : '-'
}
