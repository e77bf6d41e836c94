/** Formatter registry: built-ins load lazily; a path loads a custom formatter module. */
import { isAbsolute, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { UsageError } from '../cli/errors.js'
import type { Formatter } from './types.js'
import { importFile } from '../import-file.js'

// Each formatter is imported only when asked for, so a run loads one (eslint's lazy formatters).
const builtIn: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  compact: () => import('./compact.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  junit: () => import('./junit.js'),
  checkstyle: () => import('./checkstyle.js'),
  summary: () => import('./summary.js'),
  html: () => import('./html.js'),
}

export const formatterNames = Object.keys(builtIn)

/**
 * Whether a formatter may read the results' `source`: sarif does (fingerprints, fix regions), and a
 * custom formatter may; no other built-in does, so a run for one of them need not keep file texts.
 */
export function readsSource(name: string): boolean {
  return name === 'sarif' || !Object.hasOwn(builtIn, name)
}

export async function loadFormatter(name: string, cwd: string): Promise<Formatter> {
  // Own keys only: "constructor" or "toString" are not formatter names.
  const load = Object.hasOwn(builtIn, name) ? builtIn[name] : undefined
  if (load) return (await load()).default
  if (name.startsWith('.') || isAbsolute(name) || /\.[cm]?js$/.test(name)) {
    const path = resolve(cwd, name)
    let mod: { default?: unknown }
    try {
      mod = (await importFile(pathToFileURL(path).href)) as { default?: unknown }
    } catch (error) {
      throw new UsageError(`Cannot load formatter "${name}": ${(error as Error).message.split('\n')[0]}`)
    }
    if (typeof mod.default !== 'function') throw new UsageError(`Formatter "${name}" must export a function as its default export`)
    return mod.default as Formatter
  }
  throw new UsageError(`Unknown formatter "${name}"; expected one of ${formatterNames.join(', ')} or a path to a module`)
}
