/**
 * Ignore files in gitignore syntax (the `ignore` package, as eslint's
 * .eslintignore): `.replylintignore` in the working folder, `--ignore-pattern`,
 * and a config's `ignores`. The package is imported only when there are patterns.
 */
import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'

/** Tells whether an absolute path is ignored. */
export type IgnoreTest = (absPath: string) => boolean

export const IGNORE_FILE = '.replylintignore'

const never: IgnoreTest = () => false

/** Patterns relative to `baseDir`; paths outside it are never ignored by them. */
export async function ignoreTest(patterns: string[], baseDir: string): Promise<IgnoreTest> {
  const lines = patterns.filter((p) => p.trim() && !p.trimStart().startsWith('#'))
  if (lines.length === 0) return never
  const { default: ignore } = await import('ignore')
  const ig = ignore({ allowRelativePaths: true }).add(lines)
  return (absPath) => {
    const rel = relative(baseDir, absPath)
    if (!rel || rel.startsWith('..') || isAbsolute(rel)) return false
    return ig.ignores(sep === '/' ? rel : rel.split(sep).join('/'))
  }
}

/** `.replylintignore` in `cwd` (if any) plus `--ignore-pattern`s, both relative to `cwd`. */
export async function globalIgnores(cwd: string, extra: string[] = []): Promise<IgnoreTest> {
  const file = await readFile(join(cwd, IGNORE_FILE), 'utf8').catch(() => '')
  return ignoreTest([...file.split(/\r?\n/), ...extra], cwd)
}
