/**
 * --debug stack traces in source terms. The CLI runs as one minified script in a vm context
 * (boot.ts), where Node's --enable-source-maps does not reach; the build keeps cli.cjs.map beside
 * it, and each frame of a bundle file is mapped back through it: `at lint (src/cli/lint.ts:45:3)`.
 * Read only when a stack is printed.
 */
import { readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { dirname, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SCRIPT_NAME } from './boot.js'

const FRAME = /(\(|at )([^()\s]+\.c?js):(\d+):(\d+)(\)?)$/

/** `bundle`: the path of the running cli.cjs, which frames call SCRIPT_NAME. */
export function mapStack(stack: string, bundle = fileURLToPath(import.meta.url)): string {
  const maps = new Map<string, SourceMap | undefined>()
  const mapFor = (file: string) => {
    if (!maps.has(file)) {
      try {
        maps.set(file, new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))))
      } catch {
        maps.set(file, undefined)
      }
    }
    return maps.get(file)
  }
  return stack
    .split('\n')
    .map((line) => {
      const m = FRAME.exec(line)
      const file = m && (m[2] === SCRIPT_NAME ? bundle : m[2])
      const map = file && mapFor(file)
      if (!m || !file || !map) return line
      const entry = map.findEntry(Number(m[3]) - 1, Number(m[4]) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number }
      if (entry.originalSource === undefined || entry.originalLine === undefined) return line
      // Sources are listed relative to the map; show them relative to the package (src/cli/lint.ts).
      const source = relative(resolve(dirname(file), '..'), resolve(dirname(file), entry.originalSource.replace(/^file:\/\//, '')))
      return `${line.slice(0, m.index)}${m[1]}${source}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}${m[5]}`
    })
    .join('\n')
}
