/**
 * `--cache` (issue 7), with eslint's semantics: a file whose metadata (size + mtime) or content
 * (`--cache-strategy content`) is unchanged, linted with the same resolved config, the same rules
 * (each rule's fingerprint) and the same replylint build, gets its previous result back instead
 * of being linted. Results with fatal errors or fix output are never stored. The cache file is one
 * JSON document, written atomically; a corrupt or foreign one is ignored with a one-line warning.
 */
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { VERSION } from '../cli/version.js'
import type { FileConfig } from '../config/resolve.js'
import type { RuleModule } from '../rule/define-rule.js'
import type { LintResult } from '../types.js'
import { BUILD_HASH } from '../build-hash.js'
import { crypto } from '../builtins.js'


export type CacheStrategy = 'metadata' | 'content'
export const DEFAULT_CACHE_LOCATION = '.replylintcache'
const FORMAT = 'replylint-cache'

interface Entry {
  size: number
  mtime: number
  /** sha1 of the bytes; only with the content strategy. */
  hash?: string
  /** Hash of everything besides the file that decides its result. */
  config: string
  result: LintResult
  /** The result held `source` (a formatter may quote it): restored from the file on a hit. */
  source?: boolean
}

interface CacheFile {
  format: typeof FORMAT
  replylint: string
  strategy: CacheStrategy
  files: Record<string, Entry>
}

const sha1 = (data: string | Buffer) => crypto().createHash('sha1').update(data).digest('hex')

/** Where the cache lives: a file, or (for a folder, as eslint) `.cache_<hash of cwd>` inside it. */
export function cachePath(location: string | undefined, cwd: string): string {
  const path = resolve(cwd, location ?? DEFAULT_CACHE_LOCATION)
  const isDir = /[\\/]$/.test(location ?? '') || isDirectory(path)
  return isDir ? join(path, `.cache_${sha1(cwd).slice(0, 10)}`) : path
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    // Missing, or under a file (ENOTDIR): a file path; writing it will say what is wrong.
    return false
  }
}

const ruleHashes = new WeakMap<RuleModule, string>()

/**
 * A rule's version: its meta (messages, options, phrase data) and its code. A built rule's helper
 * functions outside `create` are covered by the build hash; a plugin rule's by `create` itself.
 */
export function ruleFingerprint(rule: RuleModule): string {
  let hash = ruleHashes.get(rule)
  if (!hash) {
    hash = sha1(JSON.stringify(rule.meta, (_k, v: unknown) => (v instanceof URL ? v.href : typeof v === 'function' ? String(v) : v)) + String(rule.create))
    ruleHashes.set(rule, hash)
  }
  return hash
}

export class LintCache {
  private files: Record<string, Entry> = {}
  private dirty = false

  private constructor(
    readonly path: string,
    readonly strategy: CacheStrategy,
  ) {}

  /** Loads the cache file; a missing one starts empty, a corrupt or foreign one is reported through `warn`. */
  static load(path: string, strategy: CacheStrategy, warn: (line: string) => void): LintCache {
    const cache = new LintCache(path, strategy)
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch {
      return cache
    }
    let data: Partial<CacheFile> | undefined
    try {
      data = JSON.parse(text) as Partial<CacheFile>
    } catch {
      data = undefined
    }
    if (!data || typeof data !== 'object' || data.format !== FORMAT || typeof data.files !== 'object' || data.files === null) {
      warn(`ignoring the cache file ${path}: it is not a replylint cache (it will be rewritten)`)
      return cache
    }
    // Another replylint build or another strategy: every entry is stale (eslint re-lints them all).
    if (data.replylint === versionKey() && data.strategy === strategy) cache.files = data.files
    else cache.dirty = true
    return cache
  }

  /**
   * The stored result when the file and its config are unchanged; `text` is needed for the content
   * strategy. `withSource: false` leaves out the file's text, which is otherwise read back.
   */
  get(path: string, config: string, file: { size: number; mtime: number }, text?: string, withSource = true): LintResult | undefined {
    const entry = this.files[path]
    if (!entry || entry.config !== config) return undefined
    if (this.strategy === 'metadata' ? entry.size !== file.size || entry.mtime !== file.mtime : text === undefined || entry.hash !== sha1(text)) return undefined
    const result = structuredClone(entry.result)
    if (entry.source && withSource) result.source = (text ?? readFileSync(path, 'utf8')).replace(/^\uFEFF/, '')
    return result
  }

  set(path: string, config: string, file: { size: number; mtime: number }, text: string, result: LintResult): void {
    this.dirty = true
    // eslint: a file that could not be linted, or whose fixes changed it, is linted again next time.
    if (result.fatalErrorCount > 0 || result.output !== undefined) {
      delete this.files[path]
      return
    }
    const { source, ...stored } = result
    const entry: Entry = { size: file.size, mtime: file.mtime, config, result: stored }
    if (this.strategy === 'content') entry.hash = sha1(text)
    if (source !== undefined) entry.source = true
    this.files[path] = entry
  }

  /** Writes the cache beside its final place and renames it over, so a reader never sees half a file. */
  save(): void {
    if (!this.dirty) return
    const data: CacheFile = { format: FORMAT, replylint: versionKey(), strategy: this.strategy, files: this.files }
    const tmp = `${this.path}.tmp-${process.pid}`
    try {
      mkdirSync(dirname(this.path), { recursive: true })
      writeFileSync(tmp, JSON.stringify(data))
      renameSync(tmp, this.path)
    } catch (error) {
      try {
        unlinkSync(tmp)
      } catch {
        // nothing was written
      }
      throw error
    }
  }
}

/** replylint's version and build; from source the build hash is `source`, and each rule's code stands in. */
function versionKey(): string {
  return `${VERSION}+${BUILD_HASH}`
}

const rulesKeys = new WeakMap<object, string>()

/** Everything besides the file's bytes that decides its result, hashed. */
export function configKey(config: FileConfig, extra: Record<string, unknown>): string {
  let rules = rulesKeys.get(config.rules)
  if (!rules) {
    rules = JSON.stringify(config.rules.map((r) => [r.rule.meta.id, r.severity, r.options, ruleFingerprint(r.rule)]))
    rulesKeys.set(config.rules, rules)
  }
  return sha1(JSON.stringify({ rules, kind: config.kind, kindSet: config.kindSet, collection: config.collection, ...extra }))
}
