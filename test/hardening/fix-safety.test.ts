/**
 * Fixes that can never lose a customer's words (issue 8): writes go through a temporary file in
 * the same folder and a rename, keep the mode and owner, never overwrite a file that changed
 * after it was read, and a failure while writing leaves the original as it was (exit 2). The
 * file-system calls are watched, and failed, by a module preloaded into the real bin.
 */
import { chmodSync, chownSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBin } from '../helpers/cli.js'
import { TYPO_PLUGIN } from '../helpers/typo-plugin.js'
import { lintAs, openProject, unprivileged } from './helpers.js'

/** Logs the temp-file opens and renames of a run to $FS_LOG; with $FAIL_WRITE=ENOSPC, the disk fills up half-way. */
const WATCH = `
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
const fsp = fs.promises
const { open, rename } = fsp
const log = (entry) => fs.appendFileSync(process.env.FS_LOG, JSON.stringify(entry) + '\\n')
fsp.open = async function (path, flags, mode) {
  const handle = await open.call(this, path, flags, mode)
  if (String(path).endsWith('.replylint-tmp')) {
    log({ op: 'open', path: String(path), flags, mode })
    if (process.env.FAIL_WRITE === 'ENOSPC') {
      handle.writeFile = async (data) => {
        const text = String(data)
        await handle.write(text.slice(0, text.length >> 1))
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })
      }
    }
  }
  return handle
}
fsp.rename = async function (from, to) {
  log({ op: 'rename', from: String(from), to: String(to) })
  return rename.call(this, from, to)
}
syncBuiltinESMExports()
`

/** Turns on the typo fixer only, so each draft has exactly the fixes we expect. */
const CONFIG = '{"plugins": ["./tidy.mjs"], "rules": {"tidy/typo": "error", "missing-acknowledgement": "off", "no-concrete-action": "off"}}'
const TYPO = 'Hi Sam,\n\nI got teh file.\n'
const FIXED = 'Hi Sam,\n\nI got the file.\n'

function project(files: Record<string, string> = {}): string {
  return openProject({ 'tidy.mjs': TYPO_PLUGIN, '.replylintrc.json': CONFIG, 'watch.mjs': WATCH, ...files })
}

function fixWatched(dir: string, args: string[], env: Record<string, string> = {}) {
  const logFile = join(dir, 'fs.log')
  writeFileSync(logFile, '')
  const run = runBin(['--fix', '--format', 'compact', ...args], { cwd: dir, env: { NODE_OPTIONS: `--import ${join(dir, 'watch.mjs')}`, FS_LOG: logFile, ...env } })
  const ops = readFileSync(logFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, string | number>)
  return { run, ops }
}

/** Names in a folder that are not the project's own files. */
const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.includes('replylint-tmp'))

describe('--fix writes', () => {
  it('through a temporary file in the same folder, flushed and renamed over the original, keeping mode and owner', () => {
    const dir = project({ 'drafts/a.md': TYPO, 'drafts/run.md': TYPO })
    chmodSync(join(dir, 'drafts/a.md'), 0o640)
    chmodSync(join(dir, 'drafts/run.md'), 0o755)
    const owned = process.getuid?.() === 0
    if (owned) chownSync(join(dir, 'drafts/a.md'), 65534, 65534)
    const { run, ops } = fixWatched(dir, ['drafts'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    for (const name of ['a.md', 'run.md']) {
      const target = join(dir, 'drafts', name)
      const open = ops.find((o) => o.op === 'open' && String(o.path).startsWith(join(dir, 'drafts', `.${name}.`)))!
      // Created new (never an existing file) beside the target, then renamed onto it.
      expect(open).toMatchObject({ flags: 'wx' })
      expect(String(open.path)).toMatch(new RegExp(`/drafts/\\.${name.replace('.', '\\.')}\\.[0-9a-f]{12}\\.replylint-tmp$`))
      expect(ops).toContainEqual({ op: 'rename', from: open.path, to: target })
      expect(readFileSync(target, 'utf8')).toBe(FIXED)
    }
    expect(statSync(join(dir, 'drafts/a.md')).mode & 0o777).toBe(0o640)
    expect(statSync(join(dir, 'drafts/run.md')).mode & 0o777).toBe(0o755)
    if (owned) expect(statSync(join(dir, 'drafts/a.md')).uid).toBe(65534)
    expect(leftovers(join(dir, 'drafts'))).toEqual([])
  })

  it.each([[[]], [['--concurrency', '2']]])('not over a file that changed on disk after it was read: reported, exit 2, the other file fixed (%j)', (extra: string[]) => {
    // A second rule saves new text into the file while the run lints it, as an editor would.
    const meddler = `import fs from 'node:fs'
export default { rules: { save: { meta: { description: 'an editor saving the file', defaultSeverity: 'warn', messages: { m: 'm' } },
  create: () => ({ 'reply:exit'(reply) { if (reply.source.includes('Sam')) fs.writeFileSync(process.env.MEDDLE, 'Hi Sam,\\n\\nNew words from the editor.\\n') } }) } } }\n`
    const dir = project({
      'meddler.mjs': meddler,
      '.replylintrc.json': CONFIG.replace('"plugins": ["./tidy.mjs"]', '"plugins": ["./tidy.mjs", "./meddler.mjs"]').replace('"rules": {', '"rules": {"meddler/save": "warn", '),
      'a.md': TYPO,
      'b.md': 'Hi Kim,\n\nI got teh file.\n',
    })
    const { run, ops } = fixWatched(dir, [...extra, 'a.md', 'b.md'], { MEDDLE: join(dir, 'a.md') })
    expect(run.stderr).toBe(`replylint: Cannot write fixes to ${join(dir, 'a.md')}: the file changed on disk after it was read; fixes not written (run replylint --fix again)\n`)
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('Hi Sam,\n\nNew words from the editor.\n')
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe('Hi Kim,\n\nI got the file.\n')
    expect(ops.filter((o) => o.op === 'rename').map((o) => o.to)).toEqual([join(dir, 'b.md')])
    expect(leftovers(dir)).toEqual([])
    expect(run.code).toBe(2)
  })

  it('not over a file that is not valid UTF-8, whose other bytes the decoded text would lose', () => {
    const dir = project()
    const bytes = Buffer.concat([Buffer.from('Hi Sam,\n\nI got teh file \u00e9 '), Buffer.from([0xe9, 0xff]), Buffer.from(' today.\n')])
    writeFileSync(join(dir, 'latin1.md'), bytes)
    const { run } = fixWatched(dir, ['latin1.md'])
    expect(run.stderr).toBe(`replylint: Cannot write fixes to ${join(dir, 'latin1.md')}: the file is not valid UTF-8; fixes not written, so bytes outside them are kept\n`)
    expect(readFileSync(join(dir, 'latin1.md')).equals(bytes)).toBe(true)
    expect(run.code).toBe(2)
  })

  it('a full disk half-way through the write leaves the original intact and no temporary file; exit 2', () => {
    const dir = project({ 'a.md': TYPO, 'b.md': TYPO })
    const { run, ops } = fixWatched(dir, ['a.md', 'b.md'], { FAIL_WRITE: 'ENOSPC' })
    expect(run.stderr).toBe([`replylint: Cannot write fixes to ${join(dir, 'a.md')}: ENOSPC`, `replylint: Cannot write fixes to ${join(dir, 'b.md')}: ENOSPC`, ''].join('\n'))
    expect(ops.filter((o) => o.op === 'open')).toHaveLength(2)
    expect(ops.filter((o) => o.op === 'rename')).toEqual([])
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(TYPO)
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(TYPO)
    expect(leftovers(dir)).toEqual([])
    expect(run.code).toBe(2)
  })

  const user = unprivileged()
  it.skipIf('reason' in user)('in a read-only folder (as nobody): the original intact, one line, exit 2', () => {
    const dir = project({ 'locked/a.md': TYPO })
    chmodSync(join(dir, 'locked'), 0o555)
    const run = lintAs('prefix' in user ? user.prefix : [], ['--fix', 'locked/a.md'], dir)
    chmodSync(join(dir, 'locked'), 0o755)
    expect(run.stderr).toBe(`replylint: Cannot write fixes to ${join(dir, 'locked/a.md')}: EACCES\n`)
    expect(readFileSync(join(dir, 'locked/a.md'), 'utf8')).toBe(TYPO)
    expect(leftovers(join(dir, 'locked'))).toEqual([])
    expect(run.code).toBe(2)
  })
})
