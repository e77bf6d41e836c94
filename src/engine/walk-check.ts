/**
 * What a directory walk (tinyglobby) passes over in silence, said in one line each, and the same
 * file reached twice through symlinks linted once (issue 8). Used by expandPatterns.
 */
import { realpathSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** Folders a walk skips anyway (lint-files WALK_IGNORE, and dot folders). */
const SKIPPED = new Set(['node_modules', '.git'])

/**
 * Folders under `root` (itself included) that cannot be listed, as error lines. Symlinks are not
 * followed, so a symlink loop cannot keep this walk going; a folder the walk would skip is not
 * looked into.
 */
export async function unreadableFolders(root: string, cwd: string): Promise<string[]> {
  const errors: string[] = []
  const stack = [root]
  while (stack.length) {
    const dir = stack.pop()!
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EACCES' || code === 'EPERM') errors.push(`Cannot read directory ${relative(cwd, dir) || '.'}: permission denied`)
      continue
    }
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)) stack.push(join(dir, entry.name))
    }
  }
  return errors.sort()
}

/** The line for a path given on the command line that cannot be used: missing, or not reachable. */
export async function missingPath(path: string, pattern: string): Promise<string> {
  const code = await stat(path).then(
    () => undefined,
    (error: NodeJS.ErrnoException) => error.code,
  )
  if (code === 'EACCES' || code === 'EPERM') return `Cannot read ${pattern}: permission denied`
  if (code === 'ELOOP') return `Cannot read ${pattern}: too many levels of symbolic links`
  return `No such file or directory: ${pattern}`
}

/**
 * Drops every target whose real path an earlier one already has (a folder symlinked into the
 * walk, a symlink to a parent folder): each file is linted, and fixed, once. Keeps order.
 */
export async function oncePerFile<T extends { path: string; explicit: boolean }>(targets: T[]): Promise<T[]> {
  const seen = new Map<string, T>()
  const out: T[] = []
  for (const target of targets) {
    // Synchronously, as files are read: 10,000 awaited realpath calls left the thread idle for ~0.3 s (issue 7).
    let real = target.path
    try {
      real = realpathSync.native(target.path)
    } catch {
      // unreadable: the read reports it
    }
    const first = seen.get(real)
    if (first) {
      if (target.explicit) first.explicit = true
      continue
    }
    seen.set(real, target)
    out.push(target)
  }
  return out
}
