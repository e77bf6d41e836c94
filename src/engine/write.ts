/**
 * Writes fixed files (`--fix`): only files whose text changed, each through a
 * temporary file in the same folder and a rename, so a reader never sees half a
 * file and a crash never leaves one. The file keeps its mode; a symlink keeps
 * pointing at the file it named (the target is what gets replaced).
 */
import { randomBytes } from 'node:crypto'
import { chmod, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { LintResult } from '../types.js'

export async function writeAtomic(path: string, text: string): Promise<void> {
  const target = await realpath(path)
  const { mode } = await stat(target)
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.replylint-tmp`)
  try {
    await writeFile(temp, text, { mode: mode & 0o7777, flag: 'wx' })
    // The umask may have narrowed the mode given to writeFile.
    await chmod(temp, mode & 0o7777)
    await rename(temp, target)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

/** eslint's `ESLint.outputFixes`: writes every result that has an `output`. Returns one line per failure. */
export async function outputFixes(results: LintResult[]): Promise<string[]> {
  const errors: string[] = []
  for (const result of results) {
    if (result.output === undefined || result.filePath === '<text>') continue
    try {
      await writeAtomic(result.filePath, result.output)
    } catch (error) {
      errors.push(`Cannot write fixes to ${result.filePath}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
  }
  return errors
}
