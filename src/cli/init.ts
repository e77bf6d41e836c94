/** `replylint --init`: a starter config in the working folder (eslint's --init asks questions; this writes one file). */
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SEARCH_PLACES } from '../config/load.js'
import { UsageError } from './errors.js'

export const INIT_FILE = 'replylint.config.json'

export const STARTER_CONFIG = {
  extends: ['replylint:recommended'],
  rules: {},
  overrides: [{ files: ['templates/**'], kind: 'template' }],
  ignores: [],
  acronyms: [],
}

/** Writes the starter config; refuses when this folder already has a config file. */
export async function init(cwd: string): Promise<string> {
  const names = new Set(await readdir(cwd).catch(() => [] as string[]))
  // package.json is a config only with a "replylint" key; the search would find that first otherwise.
  const existing = SEARCH_PLACES.filter((p) => p !== 'package.json' && names.has(p))
  if (existing.length) throw new UsageError(`${existing[0]} already exists here; edit it instead (--init never overwrites a config)`)
  try {
    await writeFile(join(cwd, INIT_FILE), `${JSON.stringify(STARTER_CONFIG, null, 2)}\n`, { flag: 'wx' })
  } catch (error) {
    throw new UsageError(`Cannot write ${INIT_FILE}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  return `Wrote ${INIT_FILE}. Every built-in rule is on at its default severity; see \`replylint rules\` and the README's "Configuration".\n`
}
