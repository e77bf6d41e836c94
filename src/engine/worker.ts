/** A lint worker thread (--concurrency): lints the batches parallel.ts sends, with its own Session. */
import { workerThreads } from '../builtins.js'
import { ConfigError, InputError, UsageError } from '../cli/errors.js'
import { lintTarget } from './lint-files.js'
import type { FromWorker, ToWorker, WorkerInit } from './parallel.js'
import { Session } from './session.js'
import { ruleTotals } from './timing.js'

/**
 * Serves the parent until it says done. The thread's script (src/cli/worker-boot.ts) loads the same
 * bundle and code cache as the CLI, so a worker starts as fast as a run does (issue 7).
 */
export function serveWorker(): void {
  // Loaded here, not at the top: the bundle that serves a thread is the CLI's, and node:worker_threads
  // (with the messaging it pulls in) is no part of a plain run's start.
  const { parentPort, workerData } = workerThreads()
  const { options, keepSource } = workerData as WorkerInit
  const session = new Session(options)
  const port = parentPort!

  port.on('message', async (message: ToWorker) => {
    if ('done' in message) {
      port.postMessage({ timing: [...ruleTotals] } satisfies FromWorker)
      port.close()
      return
    }
    try {
      const results: Array<{ i: number; result: Awaited<ReturnType<typeof lintTarget>> }> = []
      for (const { i, path, explicit } of message.batch) {
        const config = await session.configFor(path)
        const result = await lintTarget(session, path, explicit, config, options.maxFileSize)
        if (!keepSource && result?.source !== undefined) result.source = ''
        results.push({ i, result })
      }
      port.postMessage({ results } satisfies FromWorker)
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error))
      // By instanceof: class names do not survive minification.
      const name = e instanceof ConfigError ? 'ConfigError' : e instanceof InputError ? 'InputError' : e instanceof UsageError ? 'UsageError' : 'Error'
      port.postMessage({ error: { name, message: e.message, stack: e.stack } } satisfies FromWorker)
    }
  })
}
