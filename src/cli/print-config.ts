/** `--print-config FILE`: the configuration that applies to one file, as JSON (eslint's flag). */
import { resolve } from 'node:path'
import type { Session } from '../engine/session.js'

const NAMES = ['off', 'warn', 'error'] as const

export async function printConfig(session: Session, file: string, cwd: string): Promise<string> {
  const path = resolve(cwd, file)
  const config = await session.configFor(path)
  const rules: Record<string, unknown[]> = {}
  for (const id of [...config.settings.keys()].sort()) {
    const s = config.settings.get(id)!
    rules[id] = s.options && Object.keys(s.options).length ? [NAMES[s.severity], s.options] : [NAMES[s.severity]]
  }
  const shown = {
    configFile: config.configFile ? session.finder.display(config.configFile) : null,
    kind: config.kind,
    ignored: await session.isIgnored(path, config),
    plugins: config.plugins,
    acronyms: config.acronyms,
    // How the file is read as a canned-response library, or null for a draft (issue 6).
    collection: session.isCollection(path, config) ? config.collection.settings : null,
    rules,
  }
  return `${JSON.stringify(shown, null, 2)}\n`
}
