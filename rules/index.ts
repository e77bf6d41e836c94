/**
 * The one list of built-in rules: id → lazy loader. Presets, docs tests and
 * `replylint rules` all read it, so a rule exists once it is registered here.
 */
import type { RuleModule } from '../src/rule/define-rule.js'

type Loader = () => Promise<{ default: RuleModule }>

export const builtinRules: Record<string, Loader> = {
  'dismissive-tone': () => import('./dismissive-tone/index.js'),
}

export const builtinRuleIds = Object.keys(builtinRules)

export async function loadBuiltinRule(id: string): Promise<RuleModule | undefined> {
  const load = builtinRules[id]
  return load ? (await load()).default : undefined
}
