/**
 * Node built-ins a plain run never touches, loaded on first use: node:crypto alone (with the
 * streams it pulls in) cost several milliseconds of every start, and a pre-commit hook starts
 * replylint on every commit (issue 7). Only --fix, --cache and SARIF hash; only --concurrency
 * starts threads.
 */
import { createRequire } from 'node:module'

const load = createRequire(import.meta.url)

export const crypto = (): typeof import('node:crypto') => load('node:crypto')
export const workerThreads = (): typeof import('node:worker_threads') => load('node:worker_threads')
export const os = (): typeof import('node:os') => load('node:os')
