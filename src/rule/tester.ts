/**
 * RuleTester on vitest (eslint's, with its teeth): every invalid case must
 * expect at least one error and pin messageId, line, column, endLine and
 * endColumn; duplicate cases are refused; a report outside the text fails.
 */
import { describe, expect, it } from 'vitest'
import { lintText } from '../engine/lint-text.js'
import type { ReplyFormat, ReplyKind } from '../types.js'
import type { RuleModule } from './define-rule.js'
import { resolveOptions } from './options.js'

export interface ValidCase {
  text: string
  name?: string
  kind?: ReplyKind
  format?: ReplyFormat
  options?: Record<string, unknown>
}

export interface ExpectedError {
  messageId: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The full message, when the test pins the wording too. */
  message?: string
  /** Replacement texts of the suggestions, in order. */
  suggestions?: string[]
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[]
  /** The text after applying every fix, when the rule is fixable. */
  output?: string
}

export interface RuleTests {
  valid: Array<string | ValidCase>
  invalid: InvalidCase[]
}

function lint(rule: RuleModule, c: ValidCase) {
  return lintText(c.text, {
    format: c.format ?? 'markdown',
    kind: c.kind ?? 'draft',
    rules: [{ rule, severity: 2, options: resolveOptions(rule.meta, c.options) }],
  }).messages
}

function title(c: ValidCase): string {
  return c.name ?? JSON.stringify(c.text.length > 70 ? `${c.text.slice(0, 67)}...` : c.text)
}

export class RuleTester {
  run(rule: RuleModule, tests: RuleTests): void {
    const seen = new Set<string>()
    const once = (c: ValidCase) => {
      const key = JSON.stringify([c.text, c.kind, c.format, c.options])
      if (seen.has(key)) throw new Error(`RuleTester: duplicate case ${title(c)}`)
      seen.add(key)
    }
    describe(rule.meta.id, () => {
      describe('valid', () => {
        for (const raw of tests.valid) {
          const c = typeof raw === 'string' ? { text: raw } : raw
          once(c)
          it(title(c), () => {
            const messages = lint(rule, c)
            expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([])
          })
        }
      })
      describe('invalid', () => {
        for (const c of tests.invalid) {
          once(c)
          if (!c.errors?.length) throw new Error(`RuleTester: invalid case ${title(c)} must expect at least one error`)
          it(title(c), () => {
            const messages = lint(rule, c)
            for (const m of messages) expect(m.fatal, m.message).toBeFalsy()
            const got = messages.map((m, i) => {
              const want = c.errors[i]
              const row: Record<string, unknown> = {
                messageId: m.messageId,
                line: m.line,
                column: m.column,
                endLine: m.endLine,
                endColumn: m.endColumn,
              }
              if (want?.message !== undefined) row.message = m.message
              if (want?.suggestions !== undefined) row.suggestions = (m.suggestions ?? []).map((s) => s.fix.text)
              return row
            })
            expect(got).toEqual(c.errors.map((e) => ({ ...e })))
            if (c.output !== undefined) expect(applyFixes(c.text, messages.map((m) => m.fix))).toBe(c.output)
          })
        }
      })
    })
  }
}

function applyFixes(text: string, fixes: Array<{ range: [number, number]; text: string } | undefined>): string {
  const sorted = fixes.filter((f) => f !== undefined).sort((a, b) => b.range[0] - a.range[0])
  let out = text
  for (const f of sorted) out = out.slice(0, f.range[0]) + f.text + out.slice(f.range[1])
  return out
}
