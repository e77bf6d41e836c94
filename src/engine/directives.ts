/**
 * Inline directives in HTML comments, with eslint's semantics:
 *
 *   <!-- replylint-disable rule-a, rule-b -->   off from here (all rules when none named)
 *   <!-- replylint-enable rule-a -->            on again from here
 *   <!-- replylint-disable-line rule -->        off on the comment's own line
 *   <!-- replylint-disable-next-line rule -->   off on the line after the comment
 *
 * Text after ` -- ` is a reason and is ignored. A problem is matched by where it
 * starts, so a reply-level problem (no-concrete-action at the reply's end) is
 * disabled by a directive that covers the line it is reported on. The Reply
 * model collects the comments (in plaintext only a comment on a line of its own).
 */
import type { Comment } from '../reply/blocks.js'
import type { Locator } from '../reply/location.js'
import type { Diagnostic, Fix, Severity } from '../types.js'

export type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line'

export interface Directive {
  type: DirectiveType
  /** Rule ids named; empty means every rule. */
  rules: string[]
  reason: string
  comment: Comment
  line: number
  column: number
  endLine: number
  endColumn: number
  /** For line directives: the line they cover. */
  targetLine: number
  /** Rule ids it suppressed a problem of ('*' when it names none). */
  used: Set<string>
}

const DIRECTIVE = /^replylint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/

export function parseDirectives(comments: Comment[], locate: Locator): Directive[] {
  const out: Directive[] = []
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.value)
    if (!m) continue
    const [list, reason = ''] = m[2].split(/(?:^|\s)--(?:\s|$)/)
    const rules = list.split(',').map((r) => r.trim()).filter(Boolean)
    const position = locate(comment)
    const type = m[1] as DirectiveType
    const targetLine = type === 'disable-next-line' ? position.endLine + 1 : position.line
    out.push({ type, rules, reason: reason.trim(), comment, ...position, targetLine, used: new Set() })
  }
  return out
}

type Position = Pick<Diagnostic, 'line' | 'column'>

function atOrBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.column <= b.column)
}

/** What block directives say at one point of the text. */
class BlockState {
  all?: Directive
  readonly byRule = new Map<string, Directive>()
  /** Rules enabled again while every rule is disabled. */
  readonly except = new Set<string>()

  apply(d: Directive): void {
    if (d.type === 'disable' && d.rules.length === 0) {
      this.all = d
      this.except.clear()
    } else if (d.type === 'disable') {
      for (const r of d.rules) {
        this.byRule.set(r, d)
        this.except.delete(r)
      }
    } else if (d.rules.length === 0) {
      this.all = undefined
      this.byRule.clear()
      this.except.clear()
    } else {
      for (const r of d.rules) {
        this.byRule.delete(r)
        if (this.all) this.except.add(r)
      }
    }
  }

  disabler(ruleId: string): Directive | undefined {
    return this.byRule.get(ruleId) ?? (this.all && !this.except.has(ruleId) ? this.all : undefined)
  }
}

function covers(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId)
}

/** Splits problems into kept and suppressed, marking each directive that suppressed one. */
export function applyDirectives(messages: Diagnostic[], directives: Directive[]): { messages: Diagnostic[]; suppressed: Diagnostic[] } {
  if (directives.length === 0) return { messages, suppressed: [] }
  const block = directives.filter((d) => d.type === 'disable' || d.type === 'enable')
  const line = directives.filter((d) => d.type === 'disable-line' || d.type === 'disable-next-line')
  const order = [...messages].sort((a, b) => a.line - b.line || a.column - b.column)
  const state = new BlockState()
  const kept: Diagnostic[] = []
  const suppressed: Diagnostic[] = []
  let next = 0
  for (const m of order) {
    // A crash or a problem of no rule is never silenced.
    if (m.fatal || !m.ruleId) {
      kept.push(m)
      continue
    }
    while (next < block.length && atOrBefore(block[next], m)) state.apply(block[next++])
    const by = [state.disabler(m.ruleId), ...line.filter((d) => d.targetLine === m.line && covers(d, m.ruleId!))].filter((d) => d !== undefined)
    for (const d of by) d.used.add(d.rules.length ? m.ruleId : '*')
    if (by.length === 0) kept.push(m)
    else suppressed.push({ ...m, suppressions: by.map((d) => ({ kind: 'directive' as const, justification: d.reason })) })
  }
  return { messages: kept, suppressed }
}

/** `--report-unused-disable-directives`: one problem per directive that suppressed nothing it names. */
export function unusedDirectives(directives: Directive[], severity: Exclude<Severity, 0>, source: string): Diagnostic[] {
  const out: Diagnostic[] = []
  for (const d of directives) {
    if (d.type === 'enable') continue
    const unused = d.rules.length ? d.rules.filter((r) => !d.used.has(r)) : d.used.size ? [] : ['*']
    if (unused.length === 0) continue
    const named = unused[0] === '*' ? '' : ` from ${unused.map((r) => `'${r}'`).join(' or ')}`
    const keep = d.rules.filter((r) => d.used.has(r))
    out.push({
      ruleId: null,
      severity,
      message: `Unused replylint-${d.type} directive (no problems were reported${named}).`,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
      fix: keep.length ? rewrite(d, keep) : removal(d, source),
    })
  }
  return out
}

/** The directive with only the rules it still needs. */
function rewrite(d: Directive, keep: string[]): Fix {
  const reason = d.reason ? ` -- ${d.reason}` : ''
  return { range: [d.comment.start, d.comment.end], text: `<!-- replylint-${d.type} ${keep.join(', ')}${reason} -->` }
}

/** Removes the comment, and its line when it stands alone there. */
function removal(d: Directive, source: string): Fix {
  const { start, end } = d.comment
  const lineStart = source.lastIndexOf('\n', start - 1) + 1
  const newline = source.indexOf('\n', end)
  const lineEnd = newline < 0 ? source.length : newline + 1
  const alone = source.slice(lineStart, start).trim() === '' && source.slice(end, lineEnd).trim() === ''
  if (alone) return { range: [lineStart, lineEnd], text: '' }
  const spaceBefore = start > lineStart && /[ \t]/.test(source[start - 1]) ? 1 : 0
  return { range: [start - spaceBefore, end], text: '' }
}
