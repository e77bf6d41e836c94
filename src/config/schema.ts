/**
 * Validates a config object before anything uses it. Every problem is a
 * ConfigError of one line, "<file>: <key>: <why>" (remark-lint's file.fail,
 * Vale's E201), so a typo never turns into a crash or a silently ignored key.
 */
import { ConfigError } from '../cli/errors.js'
import { checkCollection, checkCollections, checkPatterns } from './collection-schema.js'
import type { Severity } from '../types.js'
import type { NormalSetting, OverrideConfig, ReplylintConfig, RuleSetting } from './types.js'

const TOP_KEYS = ['extends', 'plugins', 'rules', 'overrides', 'ignores', 'acronyms', 'kind', 'collection', 'collections', 'collectionPatterns'] as const
const OVERRIDE_KEYS = ['files', 'kind', 'rules'] as const
const KINDS = ['draft', 'template']
// eslintrc habits that mean something else here: say which key to use.
const RENAMED: Record<string, string> = { ignorePatterns: 'ignores', ignore: 'ignores', rule: 'rules', extend: 'extends', plugin: 'plugins' }

const SEVERITIES: Record<string, Severity> = { off: 0, warn: 1, error: 2, 0: 0, 1: 1, 2: 2 }

export function fail(where: string, key: string, why: string): never {
  throw new ConfigError(`${where}: ${key}: ${why}`)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function stringList(value: unknown, where: string, key: string, allowOne = false): string[] {
  if (allowOne && typeof value === 'string') return [value]
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
    fail(where, key, `must be a list of non-empty strings${allowOne ? ' (or one string)' : ''}`)
  }
  return value as string[]
}

/** The closest of `candidates` to `name` (two edits at most, or a typo in its start), for "did you mean" hints. */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined
  let bestDistance = 3
  const n = name.toLowerCase()
  for (const c of candidates) {
    const full = c.toLowerCase()
    // A typo in the first word of a longer id ("dismisive" for "dismissive-tone") counts too.
    const d = Math.min(distance(n, full), n.length >= 5 ? distance(n, full.slice(0, n.length + 1)) + 1 : Infinity)
    if (d < bestDistance) [best, bestDistance] = [c, d]
  }
  return best
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}

function unknownKey(where: string, key: string, known: readonly string[]): never {
  const hint = RENAMED[key] ?? closest(key, known)
  fail(where, key, `unknown key${hint ? `; did you mean "${hint}"?` : `; expected one of ${known.join(', ')}`}`)
}

/** eslint's severities: "off" | "warn" | "error", or 0 | 1 | 2. */
export function severityOf(value: unknown, where: string, key: string): Severity {
  const s = typeof value === 'string' || typeof value === 'number' ? SEVERITIES[String(value)] : undefined
  if (s === undefined) fail(where, key, `severity must be "off", "warn" or "error" (got ${JSON.stringify(value)})`)
  return s
}

/** A rule setting's shape: `"warn"` or `["error", {options}]`. Whether the rule and options exist is checked later. */
export function normaliseSetting(value: unknown, where: string, key: string): NormalSetting {
  if (!Array.isArray(value)) return { severity: severityOf(value, where, key) }
  if (value.length < 1 || value.length > 2) fail(where, key, 'must be a severity or [severity, options]')
  const severity = severityOf(value[0], where, key)
  if (value.length === 1) return { severity }
  if (!isObject(value[1])) fail(where, key, 'options must be an object, as in ["error", {"phrases": {"add": ["..."]}}]')
  return { severity, options: value[1] }
}

function checkRules(value: unknown, where: string, key: string): Record<string, RuleSetting> {
  if (!isObject(value)) fail(where, key, 'must be an object of rule id to severity or [severity, options]')
  for (const [id, setting] of Object.entries(value)) normaliseSetting(setting, where, `${key}.${id}`)
  return value as Record<string, RuleSetting>
}

function checkKind(value: unknown, where: string, key: string): 'draft' | 'template' {
  if (typeof value !== 'string' || !KINDS.includes(value)) fail(where, key, `must be "draft" or "template" (got ${JSON.stringify(value)})`)
  return value as 'draft' | 'template'
}

function checkOverride(value: unknown, where: string, key: string): OverrideConfig {
  if (!isObject(value)) fail(where, key, 'must be an object with "files" and "rules" or "kind"')
  for (const k of Object.keys(value)) if (!OVERRIDE_KEYS.includes(k as never)) unknownKey(where, `${key}.${k}`, OVERRIDE_KEYS)
  if (value.files === undefined) fail(where, `${key}.files`, 'is required: the globs this override applies to')
  const out: OverrideConfig = { files: stringList(value.files, where, `${key}.files`, true) }
  if (value.kind !== undefined) out.kind = checkKind(value.kind, where, `${key}.kind`)
  if (value.rules !== undefined) out.rules = checkRules(value.rules, where, `${key}.rules`)
  return out
}

/** Checks the structure of a config object; `where` is the file as the user should read it. */
export function validateConfig(raw: unknown, where: string): ReplylintConfig {
  if (!isObject(raw)) fail(where, '(root)', `the config must be an object (got ${Array.isArray(raw) ? 'a list' : typeof raw})`)
  const out: ReplylintConfig = {}
  for (const [key, value] of Object.entries(raw)) {
    switch (key as (typeof TOP_KEYS)[number]) {
      case 'extends':
        out.extends = stringList(value, where, key, true)
        break
      case 'plugins':
        if (isObject(value)) {
          for (const [name, spec] of Object.entries(value)) if (typeof spec !== 'string' || !spec) fail(where, `plugins.${name}`, 'must be a package name or a path')
          out.plugins = value as Record<string, string>
        } else {
          out.plugins = stringList(value, where, key)
        }
        break
      case 'rules':
        out.rules = checkRules(value, where, key)
        break
      case 'overrides':
        if (!Array.isArray(value)) fail(where, key, 'must be a list of {files, kind?, rules?}')
        out.overrides = value.map((o, i) => checkOverride(o, where, `overrides[${i}]`))
        break
      case 'ignores':
        out.ignores = stringList(value, where, key)
        break
      case 'acronyms':
        out.acronyms = stringList(value, where, key)
        break
      case 'kind':
        out.kind = checkKind(value, where, key)
        break
      case 'collection':
        out.collection = checkCollection(value, where, key)
        break
      case 'collections':
        out.collections = checkCollections(value, where, key)
        break
      case 'collectionPatterns':
        out.collectionPatterns = checkPatterns(value, where, key)
        break
      default:
        unknownKey(where, key, TOP_KEYS)
    }
  }
  return out
}
