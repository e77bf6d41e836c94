/**
 * `--concurrency` (issue 7, eslint's flag): the files of a run are linted by worker threads.
 * Each worker builds its own Session from the same options, so it resolves configs and loads
 * plugins itself; the main thread hands out small batches (a slow file does not hold up a whole
 * share) and puts the results back in file order, so the output is the serial run's, byte for byte.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Worker } from 'node:worker_threads'
import { ConfigError, InputError, UsageError } from '../cli/errors.js'
import type { LintResult } from '../types.js'
import type { SessionOptions } from './session.js'
import { ruleTotals } from './timing.js'
import { os, workerThreads } from '../builtins.js'

export type Concurrency = number | 'auto' | 'off'

/**
 * Below this many files `auto` stays on one thread. One thread already keeps a second core busy
 * with V8's garbage collector and compiler, and each worker loads replylint and its rules again,
 * so threads pay late: on this project's 2-core machine, two workers lost to one thread on 1,000
 * and 2,500 drafts, broke even at about 5,000, and were 1.15-1.23x faster on 10,000, where two whole
 * processes on half the files each were 1.41x faster (README "Speed").
 */
export const AUTO_MIN_FILES = 5000
/** Files per batch a worker asks for at a time. */
const BATCH = 16

export interface WorkerTask {
  path: string
  explicit: boolean
}

export interface WorkerInit {
  options: SessionOptions & { maxFileSize: number }
  /**
   * Whether the report uses each result's `source`. If not, a worker sends `source: ''` instead of
   * the file's text (the cache only notes whether there was one): 40 MB less to copy between
   * threads on 10,000 drafts (issue 7).
   */
  keepSource: boolean
}

export type ToWorker = { batch: Array<WorkerTask & { i: number }> } | { done: true }
export type FromWorker =
  | { results: Array<{ i: number; result: LintResult | undefined }> }
  | { timing: Array<[string, number]> }
  | { error: { name: string; message: string; stack?: string } }

/** The built worker entry (dist/worker.js); from source there is none and runs stay serial. */
export function workerScript(): string | undefined {
  for (const rel of ['./worker.js', '../worker.js']) {
    const path = fileURLToPath(new URL(rel, import.meta.url))
    if (existsSync(path)) return path
  }
  return undefined
}

/** How many workers to start for `tasks` files; 0 runs on this thread (as does a run from source, without dist/worker.js). */
export function workerCount(concurrency: Concurrency | undefined, tasks: number, options: SessionOptions, cores?: number): number {
  if (concurrency === undefined || concurrency === 'off') return 0
  // A fix filter given through the API is a function, which cannot cross into a worker.
  if (typeof options.fix === 'function') return 0
  // node:os only when asked: a plain run does not load it.
  const wanted = concurrency === 'auto' ? (tasks >= AUTO_MIN_FILES ? (cores ?? os().availableParallelism()) : 0) : concurrency
  if (wanted <= 1 || tasks < 2) return 0
  return Math.min(wanted, Math.ceil(tasks / BATCH))
}

const ERRORS: Record<string, new (message: string) => Error> = { ConfigError, InputError, UsageError }

/**
 * Lints `tasks` on `count` workers; `settle(i, result)` gets task `i`'s result as it arrives, in no
 * particular order. Rule times are added to this thread's.
 */
export function lintInWorkers(tasks: WorkerTask[], init: WorkerInit, count: number, settle: (i: number, result: LintResult | undefined) => void): Promise<void> {
  const script = workerScript()!
  let next = 0
  return new Promise((resolve, reject) => {
    const workers: Worker[] = []
    let running = count
    let failed = false
    const fail = (error: Error) => {
      if (failed) return
      failed = true
      for (const w of workers) void w.terminate()
      reject(error)
    }
    const feed = (worker: Worker) => {
      if (next >= tasks.length) return worker.postMessage({ done: true } satisfies ToWorker)
      const batch = tasks.slice(next, next + BATCH).map((t, k) => ({ ...t, i: next + k }))
      next += batch.length
      worker.postMessage({ batch } satisfies ToWorker)
    }
    for (let n = 0; n < count; n++) {
      const worker = new (workerThreads().Worker)(script, { workerData: init satisfies WorkerInit })
      workers.push(worker)
      worker.on('message', (message: FromWorker) => {
        if ('results' in message) {
          for (const { i, result } of message.results) settle(i, result)
          feed(worker)
        } else if ('timing' in message) {
          for (const [id, ms] of message.timing) ruleTotals.set(id, (ruleTotals.get(id) ?? 0) + ms)
          if (--running === 0) resolve()
        } else {
          const Type = ERRORS[message.error.name] ?? Error
          const error = new Type(message.error.message)
          if (message.error.stack) error.stack = message.error.stack
          fail(error)
        }
      })
      worker.on('error', fail)
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`a lint worker stopped with exit code ${code}`))
      })
      feed(worker)
    }
  })
}
