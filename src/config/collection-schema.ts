/**
 * Validates the collection keys of a config (issue 6): `collection`, `collections` and
 * `collectionPatterns`. Each problem is one ConfigError line naming the file and the key, as in
 * schema.ts.
 */
import type { CollectionFormat } from '../collections/index.js'
import { closest, fail } from './schema.js'
import type { CollectionConfig, CollectionFilesConfig } from './types.js'

export const COLLECTION_FORMATS: CollectionFormat[] = ['json', 'yaml', 'csv', 'markdown', 'plaintext', 'html']
const KEYS = ['format', 'select', 'title', 'body', 'headingDepth', 'mode', 'delimiter', 'language', 'include', 'exclude', 'includeInternal'] as const

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function strings(value: unknown, where: string, key: string): string[] {
  if (typeof value === 'string' && value) return [value]
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) fail(where, key, 'must be a list of non-empty strings (or one string)')
  return value as string[]
}

function text(value: unknown, where: string, key: string): string {
  if (typeof value !== 'string') fail(where, key, `must be a string (got ${JSON.stringify(value)})`)
  return value
}

/** A `/regex/flags` title pattern or a delimiter must compile. */
function regex(source: string, flags: string, where: string, key: string): RegExp {
  try {
    return new RegExp(source, flags)
  } catch (error) {
    fail(where, key, `is not a valid regular expression: ${(error as Error).message}`)
  }
}

export function checkCollection(value: unknown, where: string, key: string, extra: readonly string[] = []): CollectionConfig {
  if (!isObject(value)) fail(where, key, 'must be an object such as {"format": "json", "select": "data[*]", "title": "name", "body": "text"}')
  const out: CollectionConfig = {}
  for (const [k, v] of Object.entries(value)) {
    const at = `${key}.${k}`
    switch (k as (typeof KEYS)[number]) {
      case 'format':
        if (!COLLECTION_FORMATS.includes(v as CollectionFormat)) fail(where, at, `must be one of ${COLLECTION_FORMATS.join(', ')} (got ${JSON.stringify(v)})`)
        out.format = v as CollectionFormat
        break
      case 'select':
      case 'title':
      case 'body':
        out[k as 'select' | 'title' | 'body'] = text(v, where, at)
        break
      case 'headingDepth':
        if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 6) fail(where, at, `must be a heading level from 1 to 6 (got ${JSON.stringify(v)})`)
        out.headingDepth = v as number
        break
      case 'mode':
        if (v !== 'fence' && v !== 'text') fail(where, at, `must be "fence" or "text" (got ${JSON.stringify(v)})`)
        out.mode = v
        break
      case 'delimiter':
        regex(text(v, where, at), '', where, at)
        out.delimiter = v as string
        break
      case 'language':
        if (v === false) out.language = false
        else if (isObject(v) && Object.keys(v).every((x) => x === 'threshold') && (v.threshold === undefined || (typeof v.threshold === 'number' && v.threshold >= 0 && v.threshold <= 1))) {
          out.language = v as { threshold?: number }
        } else fail(where, at, 'must be false (never skip a reply as not English) or {"threshold": a number from 0 to 1}')
        break
      case 'include':
      case 'exclude':
        out[k as 'include' | 'exclude'] = strings(v, where, at)
        for (const p of out[k as 'include' | 'exclude']!) titleMatcher([p], where, at)
        break
      case 'includeInternal':
        if (typeof v !== 'boolean') fail(where, at, `must be true or false (got ${JSON.stringify(v)})`)
        out.includeInternal = v
        break
      default: {
        if (extra.includes(k)) break
        const hint = closest(k, [...KEYS, ...extra])
        fail(where, at, `unknown key${hint ? `; did you mean "${hint}"?` : `; expected one of ${[...extra, ...KEYS].join(', ')}`}`)
      }
    }
  }
  return out
}

export function checkCollections(value: unknown, where: string, key: string): CollectionFilesConfig[] {
  if (!Array.isArray(value)) fail(where, key, 'must be a list of {files, format?, …reader settings}')
  return value.map((item, i) => {
    const at = `${key}[${i}]`
    if (!isObject(item) || item.files === undefined) fail(where, `${at}.files`, 'is required: the globs of the files that are collections')
    return { ...checkCollection(item, where, at, ['files']), files: strings(item.files, where, `${at}.files`) }
  })
}

export function checkPatterns(value: unknown, where: string, key: string): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) fail(where, key, 'must be a list of globs ([] for none)')
  return value as string[]
}

/**
 * Title patterns: `/regex/flags`, or a wildcard pattern (`*` any run, `?` one character) matched
 * against the whole title, ignoring case. Titles carry `::`, parentheses and brackets, which a
 * glob library would read as syntax.
 */
export function titleMatcher(patterns: string[], where = '(title patterns)', key = 'include'): (title: string) => boolean {
  const tests = patterns.map((p) => {
    const re = /^\/(.+)\/([a-z]*)$/.exec(p)
    // A global or sticky flag would carry lastIndex from one title to the next.
    if (re) return regex(re[1], re[2].replace(/[gy]/g, ''), where, key)
    const source = p.split('').map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))).join('')
    return new RegExp(`^${source}$`, 'is')
  })
  return (title) => tests.some((t) => t.test(title))
}
