/**
 * The one list of built-in rules. Presets, docs tests and `replylint rules` all
 * read it, so a rule exists once it is registered here (and in builtin.ts).
 * The rules themselves load lazily: `--help`, `--version` and `--init` never pay for them.
 */
import type { RuleModule } from '../src/rule/define-rule.js'

/** In RULES.md's order: the four core rules first. */
export const builtinRuleIds = [
  'missing-acknowledgement',
  'dismissive-tone',
  'capitulating-language',
  'no-concrete-action',
  'non-apology',
  'impersonal-address',
  'over-promise',
  'blaming-language',
  'shouting',
  'unfilled-placeholder',
]

export async function loadBuiltinRule(id: string): Promise<RuleModule | undefined> {
  if (!builtinRuleIds.includes(id)) return undefined
  return (await import('./builtin.js')).rules[id]
}
