/**
 * Hang detectors for one rule (issue 8), not benchmarks: each input is ~100 KB built to make a
 * careless pattern backtrack or a loop go quadratic, and must lint within a bound that a healthy run
 * stays far below and a hang always passes.
 */
import { expect, it } from 'vitest'
import { lintText } from '../../src/engine/lint-text.js'
import { runRules } from '../../src/engine/run-rules.js'
import { buildReply } from '../../src/reply/model.js'
import type { RuleModule } from '../../src/rule/define-rule.js'
import { resolveOptions } from '../../src/rule/options.js'

const BOUND_MS = 10_000

/**
 * One `finishes on <name>` test per input, linting it as plain text with `rule` alone. With
 * `ruleOnly`, the reply is built first and only the rule's run is timed (building the reply is the
 * model's business, with hang checks of its own).
 */
export function finishesOn(rule: RuleModule, inputs: Record<string, string>, { ruleOnly = false } = {}): void {
  const rules = [{ rule, severity: 1 as const, options: resolveOptions(rule.meta, undefined) }]
  for (const [name, text] of Object.entries(inputs)) {
    it(`finishes on ${name}`, () => {
      const reply = ruleOnly ? buildReply(text, { format: 'plaintext' }) : undefined
      const started = Date.now()
      if (reply) runRules(reply, rules)
      else lintText(text, { format: 'plaintext', rules })
      expect(Date.now() - started).toBeLessThan(BOUND_MS)
    })
  }
}
