/**
 * Reading one input file: what a linter meets in a repo it did not write.
 * A binary file is skipped (with a warning when it was named explicitly), a
 * file over the size limit is refused, and invalid UTF-8 is decoded with
 * U+FFFD replacements so the run goes on and positions stay right.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs'
import { digestOf } from './write.js'

export type ReadOutcome =
  /** `digest`: SHA-256 of the bytes read, so --fix writes only over those bytes (write.ts); taken on first use. */
  | { kind: 'text'; text: string; readonly digest: string }
  /** Not linted; `warning` is undefined when the skip should be silent (a binary met in a directory walk). */
  | { kind: 'skip'; warning?: string }
  | { kind: 'fatal'; message: string }

export interface ReadOptions {
  /** The file was named on the command line, not found by a directory walk. */
  explicit: boolean
  /** Bytes; larger files are refused. */
  maxFileSize: number
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024

/**
 * Synchronous on purpose, as eslint reads: files are linted one after another, and four awaited
 * thread-pool calls per file (open, stat, read, close) left the main thread idle about a fifth
 * of a 1,000-file run (issue 7).
 */
export function readInput(path: string, options: ReadOptions): ReadOutcome {
  let fd: number | undefined
  try {
    fd = openSync(path, 'r')
    const { size } = fstatSync(fd)
    if (size > options.maxFileSize) {
      return { kind: 'fatal', message: `File is ${formatBytes(size)}, over the --max-file-size limit of ${formatBytes(options.maxFileSize)}; raise the limit to lint it` }
    }
    const bytes = readFileSync(fd)
    // git's heuristic: a NUL byte in the first 8 KB means binary.
    if (bytes.subarray(0, 8000).includes(0)) {
      return { kind: 'skip', warning: options.explicit ? 'File appears to be binary (it contains NUL bytes); skipped' : undefined }
    }
    let digest: string | undefined
    return {
      kind: 'text',
      text: bytes.toString('utf8'),
      // Only --fix needs it; hashing every file of a plain run is wasted work.
      get digest() {
        digest ??= digestOf(bytes)
        return digest
      },
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { kind: 'fatal', message: `Cannot read file: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (code ?? (error as Error).message)}` }
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`
  return n >= 1024 ? `${Math.ceil(n / 1024)} KB` : `${n} bytes`
}
