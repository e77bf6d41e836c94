/**
 * Property-based tests (issue 8) with fast-check, over any unicode text and markdown-ish replies
 * (libraries: properties-libraries.test.ts): linting never throws and never crashes a rule, every
 * position lies inside the file with start <= end, the output is deterministic, and fixing is
 * idempotent and never changes a byte outside a fix's range. FUZZ_RUNS sets the cases per
 * property (10,000 in CI); bench/fuzz.mjs runs a million. A failure prints the seed and the
 * shrunk input; FUZZ_SEED replays it.
 */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { applyFixes, lintAndFix } from '../../src/engine/fix.js'
import { resolveRules } from '../../src/engine/lint-files.js'
import { lintText } from '../../src/engine/lint-text.js'
import type { EnabledRule } from '../../src/engine/run-rules.js'
import type { RuleModule } from '../../src/rule/define-rule.js'
import { TYPO_PLUGIN } from '../helpers/typo-plugin.js'
import { markdownish, unicodeText } from './arbitraries.js'
import { BOM, TIMEOUT, checkPositions, params, stripBom } from './check.js'

const rules = await resolveRules()
const { default: tidy } = (await import(`data:text/javascript,${encodeURIComponent(TYPO_PLUGIN)}`)) as { default: { rules: Record<string, RuleModule> } }
const typo: EnabledRule = { rule: { ...tidy.rules.typo, meta: { ...tidy.rules.typo.meta, id: 'tidy/typo' } }, severity: 2, options: {} }

/** A fixer that rewrites the first three characters of each sentence, line break included (CRLF files get CRLF). */
const rewriter: EnabledRule = {
  severity: 1,
  options: {},
  rule: {
    meta: { id: 'test/rewrite', description: 'rewrites', defaultSeverity: 'warn', fixable: true, messages: { m: 'rewrite' } },
    create: (context) => ({
      sentence(s) {
        const span = s.spanOf(0, Math.min(3, s.text.length))
        context.report({ messageId: 'm', span, fix: { range: [span.start, span.end], text: 'X\nY' } })
      },
    }),
  } as RuleModule,
}


function lintsSafely(text: string, format: 'markdown' | 'plaintext'): void {
  const first = lintText(text, { rules, format, reportUnusedDisableDirectives: 1 })
  checkPositions(first, stripBom(text))
  const again = lintText(text, { rules, format, reportUnusedDisableDirectives: 1 })
  if (JSON.stringify(again) !== JSON.stringify(first)) throw new Error('two runs over the same text differ')
}

/** Fixing twice equals fixing once, and the BOM stays. */
function fixesIdempotently(text: string, format: 'markdown' | 'plaintext'): void {
  const options = { rules: [...rules, typo], format, reportUnusedDisableDirectives: 2 as const }
  const once = lintAndFix(text, options)
  const fixed = once.output ?? text
  if (text.startsWith(BOM) !== fixed.startsWith(BOM)) throw new Error('the BOM was added or lost')
  const twice = lintAndFix(fixed, options)
  if (twice.output !== undefined && twice.output !== fixed) throw new Error(`fixing again changed the text: ${JSON.stringify(fixed)} -> ${JSON.stringify(twice.output)}`)
}

/** Each fix alone changes only its range; all of them together leave everything before the first and after the last alone. */
function fixesStayInRange(text: string, format: 'markdown' | 'plaintext'): void {
  const source = stripBom(text)
  const result = lintText(source, { rules: [...rules, typo, rewriter], format, reportUnusedDisableDirectives: 2 })
  const fixable = result.messages.filter((m) => m.fix)
  const crlf = source.includes('\r\n')
  for (const m of fixable) {
    const [start, end] = m.fix!.range
    const expected = source.slice(0, start) + (crlf ? m.fix!.text.replace(/\r?\n/g, '\r\n') : m.fix!.text) + source.slice(end)
    if (applyFixes(source, [m]).output !== expected) throw new Error(`a fix changed text outside its range: ${JSON.stringify(m.fix)}`)
  }
  if (fixable.length === 0) return
  const { output } = applyFixes(source, fixable)
  const first = Math.min(...fixable.map((m) => m.fix!.range[0]))
  const last = Math.max(...fixable.map((m) => m.fix!.range[1]))
  if (output.slice(0, first) !== source.slice(0, first)) throw new Error('text before the first fix changed')
  if (!output.endsWith(source.slice(last))) throw new Error('text after the last fix changed')
}

describe('properties of linting any text', () => {
  it(`never throws, positions inside the file, deterministic: unicode text (${params.numRuns} cases)`, () => {
    fc.assert(
      fc.property(unicodeText, fc.constantFrom('markdown' as const, 'plaintext' as const), (text, format) => lintsSafely(text, format)),
      params,
    )
  }, TIMEOUT)

  it(`never throws, positions inside the file, deterministic: markdown-ish replies (${params.numRuns} cases)`, () => {
    fc.assert(
      fc.property(markdownish, fc.constantFrom('markdown' as const, 'plaintext' as const), (text, format) => lintsSafely(text, format)),
      params,
    )
  }, TIMEOUT)

  it(`--fix is idempotent and keeps the BOM (${params.numRuns} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: markdownish }, { weight: 1, arbitrary: unicodeText }), fc.constantFrom('markdown' as const, 'plaintext' as const), (text, format) =>
        fixesIdempotently(text, format),
      ),
      params,
    )
  }, TIMEOUT)

  it(`--fix never changes a byte outside a fix's range (${params.numRuns} cases)`, () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 3, arbitrary: markdownish }, { weight: 1, arbitrary: unicodeText }), fc.constantFrom('markdown' as const, 'plaintext' as const), (text, format) =>
        fixesStayInRange(text, format),
      ),
      params,
    )
  }, TIMEOUT)
})
