/**
 * replylint's own cosmiconfig loaders. Each parser is imported only when a file
 * of its kind is read, so a run with a JSON config (or none) never loads a YAML
 * parser, and the bundle's startup chunk carries neither (issue 4, startup).
 */
import { pathToFileURL } from 'node:url'
import { importFile } from '../import-file.js'

type Loader = (filepath: string, content: string) => Promise<unknown>

/** JSON.parse with the position turned into a line and column. */
export function parseJson(content: string): unknown {
  try {
    return JSON.parse(content)
  } catch (error) {
    const message = (error as Error).message
    const at = /at position (\d+)/.exec(message)
    if (!at || /\(line \d+/.test(message)) throw new Error(`invalid JSON: ${message}`)
    const before = content.slice(0, Number(at[1]))
    const line = before.split('\n').length
    const column = before.length - before.lastIndexOf('\n')
    throw new Error(`invalid JSON: ${message.replace(/ in JSON at position \d+.*/, '')} at line ${line} column ${column}`)
  }
}

const loadJson: Loader = async (_path, content) => parseJson(content)

const loadYaml: Loader = async (_path, content) => {
  const { parse } = await import('./yaml.js')
  try {
    return parse(content)
  } catch (error) {
    // The yaml package adds a code frame after the first line: keep the first.
    throw new Error(`invalid YAML: ${(error as Error).message.split('\n')[0].replace(/:$/, '')}`)
  }
}

const loadJs: Loader = async (path) => {
  const mod = (await importFile(pathToFileURL(path).href)) as { default?: unknown }
  if (mod.default === undefined) throw new Error('must export the config as its default export (`export default {…}` or `module.exports = {…}`)')
  return mod.default
}

/** `.replylintrc` without an extension holds JSON or YAML, as eslint's `.eslintrc` did. */
const loadRc: Loader = async (path, content) => (content.trimStart().startsWith('{') ? loadJson(path, content) : loadYaml(path, content))

const loadTs: Loader = async () => {
  throw new Error('TypeScript config files are not supported; use replylint.config.mjs (typed with `defineConfig`) or JSON')
}

export const loaders = {
  '.json': loadJson,
  '.yaml': loadYaml,
  '.yml': loadYaml,
  '.js': loadJs,
  '.mjs': loadJs,
  '.cjs': loadJs,
  '.ts': loadTs,
  '.mts': loadTs,
  '.cts': loadTs,
  noExt: loadRc,
}
