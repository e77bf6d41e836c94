/** The built-in presets, built from rule meta so a new rule joins them by being registered. */
import { builtinRuleIds, loadBuiltinRule } from '../../rules/index.js'
import type { NormalSetting } from './types.js'

export const PRESETS = ['replylint:recommended', 'replylint:strict'] as const
export type PresetName = (typeof PRESETS)[number]

export function isPreset(name: string): name is PresetName {
  return (PRESETS as readonly string[]).includes(name)
}

/**
 * `replylint:recommended`: every built-in rule at its default severity (also the
 * base under every config). `replylint:strict`: every built-in rule at error.
 * A preset sets severities only, so options set earlier survive it (eslint's merge).
 */
export async function presetSettings(name: PresetName): Promise<Record<string, NormalSetting>> {
  const out: Record<string, NormalSetting> = {}
  for (const id of builtinRuleIds) {
    if (name === 'replylint:strict') {
      out[id] = { severity: 2 }
    } else {
      const rule = await loadBuiltinRule(id)
      out[id] = { severity: rule?.meta.defaultSeverity === 'error' ? 2 : 1 }
    }
  }
  return out
}
