/** The --concurrency thread's script (dist/worker.js): the CLI bundle, from its code cache, serving its parent. */
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadCli } from './boot.js'

loadCli(dirname(fileURLToPath(import.meta.url))).cli.serveWorker()
