/**
 * The one list of built-in rules: id → lazy loader. Presets, docs tests and
 * `replylint rules` all read it, so a rule exists once it is registered here.
 */
import type { RuleModule } from '../src/rule/define-rule.js'

type Loader = () => Promise<{ default: RuleModule }>

export const builtinRules: Record<string, Loader> = {
  'dismissive-tone': () => import('./dismissive-tone/index.js'),
  'capitulating-language': () => import('./capitulating-language/index.js'),
  'blaming-language': () => import('./blaming-language/index.js'),
  'no-concrete-action': () => import('./no-concrete-action/index.js'),
  'missing-acknowledgement': () => import('./missing-acknowledgement/index.js'),
  shouting: () => import('./shouting/index.js'),
  'unfilled-placeholder': () => import('./unfilled-placeholder/index.js'),
  'non-apology': () => import('./non-apology/index.js'),
  'impersonal-address': () => import('./impersonal-address/index.js'),
  'over-promise': () => import('./over-promise/index.js'),
}

export const builtinRuleIds = Object.keys(builtinRules)

export async function loadBuiltinRule(id: string): Promise<RuleModule | undefined> {
  const load = builtinRules[id]
  return load ? (await load()).default : undefined
}
