/**
 * Writes fixed files (`--fix`): only files whose text changed, each through a temporary file in
 * the same folder, flushed to disk, then renamed over the original, so a reader never sees half a
 * file and a crash or a full disk never leaves one. The file keeps its mode (and its owner, where
 * the process may set it); a symlink keeps pointing at the file it named (the target is replaced).
 *
 * A fix is written only over the bytes it was computed from (issue 8): the engine gives each
 * result the SHA-256 of the bytes it read, and a file whose bytes differ when the fix is about to
 * be written (an editor saved it meanwhile) is left alone and reported. So is a file that is not
 * valid UTF-8, since writing its decoded text would replace bytes outside any fix.
 */
import { chmod, chown, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { LintResult } from '../types.js'
import { crypto } from '../builtins.js'

/** A result as the engine returns it: with `output`, the digest of the bytes the output came from. */
export type FixableResult = LintResult & { inputDigest?: string }

/** Why a fix was not written, as one line. */
export class WriteRefused extends Error {}

export function digestOf(bytes: Uint8Array | string): string {
  return crypto().createHash('sha256').update(bytes).digest('hex')
}

/** Puts the digest of the linted input on a result that has fixes to write. */
export function withInputDigest<T extends LintResult | undefined>(result: T, input: { text: string; digest?: string }): T {
  if (result?.output !== undefined) (result as FixableResult).inputDigest = input.digest ?? digestOf(input.text)
  return result
}

/**
 * Replaces the file at `path` with `text`. With `expectedDigest`, the file's bytes must still be
 * the ones that digest was taken of, checked after the new text is safely on disk, just before the
 * rename (the window left is the rename itself).
 */
export async function writeAtomic(path: string, text: string, expectedDigest?: string): Promise<void> {
  const target = await realpath(path)
  const info = await stat(target)
  const temp = join(dirname(target), `.${basename(target)}.${crypto().randomBytes(6).toString('hex')}.replylint-tmp`)
  let handle
  try {
    handle = await open(temp, 'wx', info.mode & 0o7777)
    await handle.writeFile(text)
    // On disk before the rename, so a power loss cannot leave an empty file under the old name.
    await handle.sync()
    await handle.close()
    handle = undefined
    // The umask may have narrowed the mode given to open.
    await chmod(temp, info.mode & 0o7777)
    await chown(temp, info.uid, info.gid).catch(() => undefined)
    if (expectedDigest !== undefined) await checkUnchanged(target, expectedDigest)
    await rename(temp, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await unlink(temp).catch(() => undefined)
    throw error
  }
}

async function checkUnchanged(target: string, expectedDigest: string): Promise<void> {
  const bytes = await readFile(target)
  if (digestOf(bytes) !== expectedDigest) throw new WriteRefused('the file changed on disk after it was read; fixes not written (run replylint --fix again)')
  // Decoding replaced invalid bytes with U+FFFD; the fixed text would lose them.
  if (!Buffer.from(bytes.toString('utf8'), 'utf8').equals(bytes)) throw new WriteRefused('the file is not valid UTF-8; fixes not written, so bytes outside them are kept')
}

/** eslint's `ESLint.outputFixes`: writes every result that has an `output`. Returns one line per failure. */
export async function outputFixes(results: LintResult[]): Promise<string[]> {
  const errors: string[] = []
  for (const result of results as FixableResult[]) {
    if (result.output === undefined || result.filePath === '<text>') continue
    try {
      await writeAtomic(result.filePath, result.output, result.inputDigest)
    } catch (error) {
      const why = error instanceof WriteRefused ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message)
      errors.push(`Cannot write fixes to ${result.filePath}: ${why}`)
    }
  }
  return errors
}
