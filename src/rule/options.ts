/** Validates a rule's options against its schema and merges defaults (before `create`). */
import type { OptionsSchema, RuleMeta } from './define-rule.js'

export class RuleOptionError extends Error {
  constructor(
    readonly ruleId: string,
    readonly key: string,
    /** The reason alone, for callers that name the rule and key their own way (config errors). */
    readonly why: string,
  ) {
    super(`rule "${ruleId}": option "${key}" ${why}`)
  }
}

export function resolveOptions(meta: RuleMeta, raw: unknown): Record<string, unknown> {
  const schema: OptionsSchema = meta.options ?? {}
  const out: Record<string, unknown> = {}
  for (const [key, spec] of Object.entries(schema)) out[key] = spec.default
  if (raw === undefined || raw === null) return out
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new RuleOptionError(meta.id, '(options)', 'must be an object')
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const spec = schema[key]
    if (!spec) {
      const known = Object.keys(schema)
      throw new RuleOptionError(meta.id, key, `is unknown${known.length ? `; expected one of ${known.join(', ')}` : '; the rule takes no options'}`)
    }
    switch (spec.type) {
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value) || (spec.min !== undefined && value < spec.min)) {
          throw new RuleOptionError(meta.id, key, `must be a number${spec.min !== undefined ? ` >= ${spec.min}` : ''}`)
        }
        break
      case 'boolean':
        if (typeof value !== 'boolean') throw new RuleOptionError(meta.id, key, 'must be true or false')
        break
      case 'string':
        if (typeof value !== 'string' || (spec.enum && !spec.enum.includes(value))) {
          throw new RuleOptionError(meta.id, key, `must be ${spec.enum ? `one of ${spec.enum.join(', ')}` : 'a string'}`)
        }
        break
      case 'string-array':
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new RuleOptionError(meta.id, key, 'must be a list of strings')
        break
      case 'phrases':
        checkPhraseOverrides(meta.id, key, value)
        break
    }
    out[key] = value
  }
  return out
}

function checkPhraseOverrides(ruleId: string, key: string, value: unknown): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new RuleOptionError(ruleId, key, 'must be an object with "add" and/or "remove" lists')
  }
  for (const [k, list] of Object.entries(value)) {
    if (k !== 'add' && k !== 'remove') throw new RuleOptionError(ruleId, `${key}.${k}`, 'is unknown; expected "add" or "remove"')
    if (!Array.isArray(list) || list.some((p) => typeof p !== 'string' && (k === 'remove' || typeof p?.phrase !== 'string'))) {
      throw new RuleOptionError(ruleId, `${key}.${k}`, 'must be a list of phrases')
    }
  }
}
