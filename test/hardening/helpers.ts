/** Shared by the hardening tests (issue 8): temp projects, compact output, runs as an unprivileged user. */
import { spawnSync } from 'node:child_process'
import { chmodSync } from 'node:fs'
import { BIN, type Run, runBin, tempProject } from '../helpers/cli.js'

/** A draft with one known problem: dismissive-tone on line 3, columns 1 to 10. */
export const FLAGGED = 'Hi Sam,\n\nObviously the export is broken. I fixed it today.\n'
/** Its compact line, for any file name. */
export const flaggedLine = (file: string) => `${file}:3:1: error "Obviously" talks down to the customer; leave it out; what is obvious to you is news to the customer [dismissive-tone]`

/** Only dismissive-tone, so each file's lines are few and known. */
export const ONLY_DISMISSIVE = ['--no-config', '--rule', '{"missing-acknowledgement": "off", "no-concrete-action": "off", "unfilled-placeholder": "off", "shouting": "off", "impersonal-address": "off", "blaming-language": "off", "non-apology": "off", "over-promise": "off", "capitulating-language": "off"}']

/** A temp project readable by everyone (mkdtemp makes it 0700), for runs as `nobody`. */
export function openProject(files: Record<string, string | Buffer>): string {
  const text = Object.fromEntries(Object.entries(files).filter(([, v]) => typeof v === 'string')) as Record<string, string>
  const dir = tempProject(text)
  chmodSync(dir, 0o755)
  return dir
}

/** stdout of `--format compact` as lines, without the summary. */
export function compactLines(run: Run): string[] {
  return run.stdout.split('\n').filter((l) => /:\d+:\d+: /.test(l))
}

/** Runs the bin with `--format compact`. */
export function lint(args: string[], cwd: string, env: Record<string, string> = {}): Run {
  return runBin(['--format', 'compact', ...args], { cwd, env })
}

/**
 * How to run a command as an unprivileged user: CI runs as root, for whom file modes deny nothing.
 * Undefined (with the reason) when neither setpriv nor runuser works here.
 */
export function unprivileged(): { prefix: string[] } | { reason: string } {
  if (process.getuid?.() !== 0) return { prefix: [] }
  const candidates = [
    ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups'],
    ['runuser', '-u', 'nobody', '--'],
  ]
  for (const prefix of candidates) {
    const r = spawnSync(prefix[0], [...prefix.slice(1), process.execPath, '-e', 'process.exit(process.getuid() === 0 ? 1 : 0)'], { encoding: 'utf8' })
    if (r.status === 0) return { prefix }
  }
  return { reason: 'running as root and neither setpriv nor runuser can switch to nobody here' }
}

/** Runs the built bin (compact format) with `prefix` (an unprivileged user). */
export function lintAs(prefix: string[], args: string[], cwd: string): Run {
  const [command, ...rest] = prefix.length ? prefix : [process.execPath]
  const argv = prefix.length ? [...rest, process.execPath, BIN, '--format', 'compact', ...args] : [BIN, '--format', 'compact', ...args]
  const r = spawnSync(command, argv, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' } })
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }
}
