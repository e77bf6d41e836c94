/**
 * Loads the CLI bundle, dist/cli.cjs, as one script compiled with the V8 code cache the build
 * made for it (dist/cli.cjs.cache, issue 7): compiling ~1.4 MB of JavaScript at every start was a
 * third of a cold start. Node 20 has no compile cache of its own (module.enableCompileCache came
 * in 22.1), so this is what v8-compile-cache did: `vm.Script` with `cachedData`. A cache V8
 * rejects (another Node version, other V8 flags) or a missing one only costs that time back.
 *
 * This file is the bin's only import and must stay small: node builtins, nothing bundled.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { Script } from 'node:vm'
import type { Io } from './execute.js'

export interface Cli {
  execute(argv: string[], io: Io): Promise<number>
  /** The body of a --concurrency worker thread (src/engine/worker.ts). */
  serveWorker(): void
  /** Phrase lists compiled at build time (src/rule/phrases.ts): where to read them, and how the build records them. */
  usePrecompiledPhrases(file: string): void
  recordCompiledPhrases(): () => string
}

// The bundle's scope: CommonJS's five names, import.meta.url, and an import() that works from
// inside a vm script (src/import-file.ts).
const PARAMS = 'exports, require, module, __filename, __dirname, __replylintMetaUrl, __replylintImport'

/**
 * The name stack traces give the script. A code cache keeps the name of the script it was made
 * from (the build's staging folder), so the name is fixed and the same in both; `--debug` maps
 * frames of this name back to the source through dist/cli.cjs.map (stack.ts).
 */
export const SCRIPT_NAME = 'replylint/dist/cli.cjs'

/**
 * How far V8 lets the old generation grow past what survived the last full collection: 1.1x
 * instead of up to 4x. A lint run allocates fast (parse trees, tokens: ~1 MB per draft) and keeps
 * little (the results), so by default its heap grew to four times the results it held, and a
 * 10,000-file run peaked at over 400 MiB; at 1.1x it stays under 200 MiB at about the same speed (issue 7,
 * README "Speed"). Set before the bundle is compiled: V8 keys its code cache on the flags, and the
 * build trains the cache through this function too. Only the CLI's own process: the API leaves a
 * host's heap alone.
 */
export const HEAP_GROWING = '--heap-growing-percent=10'

export function loadCli(dir: string): { cli: Cli; script: Script } {
  setFlagsFromString(HEAP_GROWING)
  const file = join(dir, 'cli.cjs')
  // The wrapper takes a line of its own; lineOffset keeps stack traces (and source maps) on the file's lines.
  // The build writes the script as ASCII (.ci/build.mjs asciiOnly, tested), so it is read as
  // latin1: the same text, without a UTF-8 decode of 1.5 MB at every start.
  const source = `(function (${PARAMS}) {\n${readFileSync(file, 'latin1')}\n})`
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(`${file}.cache`)
  } catch {
    // no cache: compile as usual
  }
  const script = new Script(source, { filename: SCRIPT_NAME, cachedData, lineOffset: -1 })
  const module = { exports: {} as Cli }
  const body = script.runInThisContext() as (...args: unknown[]) => void
  body(module.exports, createRequire(file), module, file, dirname(file), pathToFileURL(file).href, (url: string) => import(url))
  module.exports.usePrecompiledPhrases(join(dir, 'phrases.json'))
  return { cli: module.exports, script }
}
