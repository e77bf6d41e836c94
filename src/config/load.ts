/**
 * Finds and reads config files. The nearest config above a linted file wins
 * (eslint's flat config resolves per file the same way); `--config` replaces
 * the search and `--no-config` turns it off.
 *
 * Startup matters in a pre-commit hook: each folder is listed once, and
 * cosmiconfig (with its loaders) is imported only when a listing shows a file
 * it could read. A repo without a replylint config never loads it.
 */
import { readFile, readdir, stat } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { ConfigError } from '../cli/errors.js'
import type { Explorer } from './explorer.js'

/** Where a config may live, most specific first: the first one found in a folder wins. */
export const SEARCH_PLACES = [
  'replylint.config.js',
  'replylint.config.mjs',
  'replylint.config.cjs',
  'replylint.config.json',
  'replylint.config.yaml',
  'replylint.config.yml',
  '.replylintrc',
  '.replylintrc.json',
  '.replylintrc.yaml',
  '.replylintrc.yml',
  'package.json',
]

export interface LoadedConfig {
  /** Absolute path of the file the config came from. */
  filepath: string
  /** As the user wrote it; validated by resolve.ts. */
  config: unknown
}

export class ConfigFinder {
  private explorer?: Promise<Explorer>
  private readonly nearestCache = new Map<string, Promise<LoadedConfig | null>>()

  constructor(readonly cwd: string) {}

  /** A path as messages show it: relative to the working folder when inside it. */
  display(path: string): string {
    const rel = relative(this.cwd, path)
    return rel && !rel.startsWith('..') ? rel : path
  }

  /** The config nearest to `dir`, searching `dir` and then each parent folder. */
  nearest(dir: string): Promise<LoadedConfig | null> {
    let found = this.nearestCache.get(dir)
    if (!found) {
      found = this.inFolder(dir).then((own) => {
        const parent = dirname(dir)
        return own ?? (parent === dir ? null : this.nearest(parent))
      })
      this.nearestCache.set(dir, found)
    }
    return found
  }

  /** `--config PATH`: that file, whatever its name. */
  async load(path: string): Promise<LoadedConfig> {
    const filepath = resolve(this.cwd, path)
    const info = await stat(filepath).catch(() => undefined)
    if (!info?.isFile()) throw new ConfigError(`Cannot read config file "${path}": ${info ? 'it is a folder' : 'no such file'}`)
    const result = await this.guard(filepath, async (explorer) => explorer.load(filepath))
    // An empty file, or a package.json without a "replylint" key, is an empty config.
    return { filepath, config: result?.config ?? {} }
  }

  private async inFolder(dir: string): Promise<LoadedConfig | null> {
    const names = new Set(await readdir(dir).catch(() => [] as string[]))
    const candidates = SEARCH_PLACES.filter((place) => names.has(place))
    if (candidates.length === 0) return null
    if (candidates.length === 1 && candidates[0] === 'package.json' && !(await hasReplylintKey(resolve(dir, 'package.json')))) return null
    const result = await this.guard(dir, async (explorer) => explorer.search(dir))
    // searchStrategy "none" keeps cosmiconfig in this folder; the walk upward is ours.
    return result && !result.isEmpty ? { filepath: result.filepath, config: result.config } : null
  }

  /** Runs cosmiconfig, turning its errors (bad JSON/YAML, a throwing module) into one-line ConfigErrors. */
  private async guard<T>(where: string, run: (explorer: Explorer) => Promise<T>): Promise<T> {
    this.explorer ??= import('./explorer.js').then(async ({ createExplorer }) => createExplorer(SEARCH_PLACES))
    try {
      return await run(await this.explorer)
    } catch (error) {
      if (error instanceof ConfigError) throw error
      const e = error as Error & { filepath?: string }
      throw new ConfigError(`${this.display(e.filepath ?? where)}: cannot load: ${firstLine(e.message)}`)
    }
  }
}

function firstLine(message: string): string {
  return message.split('\n').find((l) => l.trim())?.trim() ?? 'unknown error'
}

/** Whether a package.json has a top-level "replylint" key (cheap test before loading cosmiconfig). */
async function hasReplylintKey(path: string): Promise<boolean> {
  const text = await readFile(path, 'utf8').catch(() => '')
  if (!text.includes('"replylint"')) return false
  try {
    const pkg = JSON.parse(text) as unknown
    return typeof pkg === 'object' && pkg !== null && 'replylint' in pkg
  } catch {
    // Let cosmiconfig read it and report the syntax error with the file's name.
    return true
  }
}
