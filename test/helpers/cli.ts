/** Runs replylint as a user does: the real bin in a child process, or execute() in-process. */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { execute } from '../../src/cli/execute.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BIN = join(ROOT, 'bin/replylint.js')

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Spawns bin/replylint.js (built by the global setup). */
export function runBin(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
  })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}

/** Runs execute() in-process with captured streams. */
export async function runCli(args: string[], options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await execute(args, {
    cwd: options.cwd ?? ROOT,
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? {},
    ...(options.input !== undefined ? { stdin: chunks(options.input) } : {}),
  })
  return { code, stdout, stderr }
}

/** A temporary project folder with the given files (path → content). */
export function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'replylint-test-'))
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path)
    mkdirSync(dirname(full), { recursive: true })
    writeFileSync(full, content)
  }
  return dir
}

async function* chunks(text: string): AsyncIterable<string> {
  yield text
}
