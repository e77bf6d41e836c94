/**
 * Loads shareable configs and plugins: an npm package resolved from the folder
 * of the config that names it (as eslint resolves them), or a local file.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseJson } from './loaders.js'
import { importFile } from '../import-file.js'

export class ModuleLoadError extends Error {}

export function isLocalPath(specifier: string): boolean {
  return specifier.startsWith('.') || isAbsolute(specifier)
}

/** The file a specifier names, seen from `baseDir`. */
export function resolveModule(specifier: string, baseDir: string): string {
  if (isLocalPath(specifier)) {
    const path = resolve(baseDir, specifier)
    if (!existsSync(path)) throw new ModuleLoadError(`cannot find "${specifier}" (looked for ${path})`)
    return path
  }
  try {
    return createRequire(join(baseDir, 'noop.js')).resolve(specifier)
  } catch (error) {
    // An ESM-only package exports no "require" condition: read its exports ourselves.
    const path = resolveImportOnly(specifier, baseDir)
    if (path) return path
    throw new ModuleLoadError(`cannot find package "${specifier}" from ${baseDir}; is it installed? (${(error as NodeJS.ErrnoException).code ?? 'not found'})`)
  }
}

/** Imports a JS module (its default export, or its namespace) or reads a JSON file. */
export async function importModule(path: string): Promise<unknown> {
  if (path.endsWith('.json')) return parseJson(readFileSync(path, 'utf8'))
  try {
    const mod = (await importFile(pathToFileURL(path).href)) as Record<string, unknown>
    return mod.default ?? mod
  } catch (error) {
    throw new ModuleLoadError(`cannot load ${path}: ${(error as Error).message.split('\n')[0]}`)
  }
}

function resolveImportOnly(specifier: string, baseDir: string): string | undefined {
  const parts = specifier.split('/')
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
  const subpath = `.${specifier.slice(name.length)}`
  for (let dir = baseDir; ; dir = dirname(dir)) {
    const pkgDir = join(dir, 'node_modules', name)
    if (existsSync(join(pkgDir, 'package.json'))) {
      const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { exports?: unknown; main?: string }
      const target = pkg.exports === undefined ? (subpath === '.' ? (pkg.main ?? 'index.js') : subpath) : exportTarget(pkg.exports, subpath)
      return target ? join(pkgDir, target) : undefined
    }
    if (dirname(dir) === dir) return undefined
  }
}

function exportTarget(exports: unknown, subpath: string): string | undefined {
  if (typeof exports === 'string') return subpath === '.' ? exports : undefined
  if (!exports || typeof exports !== 'object') return undefined
  const map = exports as Record<string, unknown>
  const entry = Object.keys(map).some((k) => k.startsWith('.')) ? map[subpath] : subpath === '.' ? map : undefined
  return pick(entry)
}

function pick(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry
  if (Array.isArray(entry)) return entry.map(pick).find(Boolean)
  if (!entry || typeof entry !== 'object') return undefined
  const conditions = entry as Record<string, unknown>
  for (const key of ['import', 'node', 'default']) if (key in conditions) return pick(conditions[key])
  return undefined
}
