/**
 * --cache (issue 7): a hit restores the result exactly without linting; a change of the file, its
 * config, a rule's options or replylint's version lints it again; a broken cache file is a warning.
 * "Linted or not" is counted by a plugin rule whose create() bumps a global counter.
 */
import { existsSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { configKey, ruleFingerprint } from '../../src/engine/cache.js'
import type { RuleModule } from '../../src/rule/define-rule.js'
import { runBin, runCli, tempProject } from '../helpers/cli.js'

const COUNTER = `
const count = {
  meta: { id: 'count', description: 'Counts how often it runs', defaultSeverity: 'warn', messages: { seen: 'Seen' } },
  create(context) {
    globalThis.__replylintCacheCalls = (globalThis.__replylintCacheCalls ?? 0) + 1
    return { reply(reply) { if (reply.source.includes('CRASH')) throw new Error('boom') } }
  },
}
export default { meta: { name: 'probe' }, rules: { count } }
`
const CONFIG = '{"plugins": ["./probe.mjs"], "rules": {"probe/count": "warn"}}'
const BAD = 'Hi Sam,\n\nAs I already said, the export runs overnight.\n'
const GOOD = 'Hi Sam,\n\nThanks for the screenshot. I reset your export and it runs tonight.\n'

const calls = () => (globalThis as { __replylintCacheCalls?: number }).__replylintCacheCalls ?? 0

/** Runs the CLI in `dir` and returns how many files were linted besides the output. */
async function run(dir: string, args: string[] = []) {
  const before = calls()
  const r = await runCli(['--format', 'json', '--cache', ...args, '.'], { cwd: dir })
  return { ...r, linted: calls() - before }
}

function project(extra: Record<string, string> = {}) {
  return tempProject({ 'probe.mjs': COUNTER, '.replylintrc.json': CONFIG, 'a.md': BAD, 'b.md': GOOD, ...extra })
}

describe('--cache', () => {
  it('a second run over unchanged files lints nothing and prints the same report', async () => {
    const dir = project()
    const first = await run(dir)
    expect(first.linted).toBe(2)
    expect(first.code).toBe(1)
    expect(existsSync(join(dir, '.replylintcache'))).toBe(true)
    const second = await run(dir)
    expect(second.linted).toBe(0)
    expect(second.stdout).toBe(first.stdout)
    expect(second.code).toBe(1)
    // Formatters that quote the source (stylish does not, sarif does) get it back from the file.
    const fresh = await runCli(['--format', 'sarif', '.'], { cwd: dir })
    const cached = await run(dir, ['--format', 'sarif'])
    expect(cached.linted).toBe(0)
    expect(cached.stdout).toBe(fresh.stdout)
    expect(JSON.parse(first.stdout)[0].messages.length).toBeGreaterThan(0)
    // Written atomically: nothing half-written is left beside it.
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([])
  })

  it('a changed file is linted again, the others not', async () => {
    const dir = project()
    await run(dir)
    writeFileSync(join(dir, 'b.md'), `${GOOD}\nOne more line.\n`)
    expect((await run(dir)).linted).toBe(1)
    expect((await run(dir)).linted).toBe(0)
  })

  it('metadata: same size and mtime counts as unchanged; content: the bytes decide', async () => {
    const dir = project()
    const path = join(dir, 'a.md')
    await run(dir)
    const { mtime, atime } = statSync(path)
    // The same length, the same mtime: metadata cannot see it, as in eslint.
    writeFileSync(path, BAD.replace('Sam', 'Kim'))
    utimesSync(path, atime, mtime)
    const meta = await run(dir)
    expect(meta.linted).toBe(0)
    const content = await run(dir, ['--cache-strategy', 'content'])
    // A new strategy starts a new cache: both files once, then only what changed.
    expect(content.linted).toBe(2)
    expect((await run(dir, ['--cache-strategy', 'content'])).linted).toBe(0)
    writeFileSync(path, BAD.replace('Kim', 'Ann'))
    utimesSync(path, atime, mtime)
    expect((await run(dir, ['--cache-strategy', 'content'])).linted).toBe(1)
  })

  it('a config change, a --rule option, a limit or a new replylint version lints every file again', async () => {
    const dir = project()
    await run(dir)
    writeFileSync(join(dir, '.replylintrc.json'), '{"plugins": ["./probe.mjs"], "rules": {"probe/count": "warn", "shouting": "off"}}')
    expect((await run(dir)).linted).toBe(2)
    expect((await run(dir)).linted).toBe(0)
    const option = await run(dir, ['--rule', 'dismissive-tone: [error, {"phrases": {"add": ["runs overnight"]}}]'])
    expect(option.linted).toBe(2)
    expect(JSON.parse(option.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'dismissive-tone')).toHaveLength(2)
    expect((await run(dir, ['--rule', 'dismissive-tone: [error, {"phrases": {"add": ["runs overnight"]}}]'])).linted).toBe(0)
    // Limits are part of the key: --max-file-time and --max-file-size change what a run may report.
    expect((await run(dir, ['--max-file-time', '5000'])).linted).toBe(2)
    expect((await run(dir, ['--max-file-time', '5000'])).linted).toBe(0)
    expect((await run(dir, ['--max-file-size', '1000000'])).linted).toBe(2)
    // Another build of replylint wrote this cache.
    const cacheFile = join(dir, '.replylintcache')
    const data = JSON.parse(readFileSync(cacheFile, 'utf8'))
    writeFileSync(cacheFile, JSON.stringify({ ...data, replylint: '0.0.1+other' }))
    expect((await run(dir)).linted).toBe(2)
  })

  it("a rule's version is its meta and its code", () => {
    const base = { meta: { id: 'x', description: 'x', defaultSeverity: 'warn', messages: { m: 'M' } }, create: () => ({}) } as unknown as RuleModule
    const changedMessage = { ...base, meta: { ...base.meta, messages: { m: 'Other' } } } as RuleModule
    const changedCode = { ...base, create: () => ({ reply() {} }) } as unknown as RuleModule
    expect(ruleFingerprint(changedMessage)).not.toBe(ruleFingerprint(base))
    expect(ruleFingerprint(changedCode)).not.toBe(ruleFingerprint(base))
    const config = (rule: RuleModule) => ({ kind: 'draft', kindSet: false, collection: {}, rules: [{ rule, severity: 1, options: {} }] }) as never
    expect(configKey(config(base), {})).toBe(configKey(config({ ...base } as RuleModule), {}))
    expect(configKey(config(changedCode), {})).not.toBe(configKey(config(base), {}))
  })

  it('a result with a fatal error is not cached', async () => {
    const dir = project({ 'c.md': 'Hi Sam,\n\nCRASH here.\n' })
    const first = await run(dir)
    expect(first.code).toBe(2)
    expect(JSON.parse(first.stdout)[2].messages[0]).toMatchObject({ fatal: true, ruleId: 'probe/count' })
    const second = await run(dir)
    expect(second.linted).toBe(1)
    expect(second.stdout).toBe(first.stdout)
  })

  it('a corrupt or foreign cache file is ignored with one warning line, then rewritten', async () => {
    for (const junk of ['{"files": {', '{"format": "eslint", "files": {}}', '[1, 2]']) {
      const dir = project({ '.replylintcache': junk })
      const r = await run(dir)
      expect(r.code).toBe(1)
      expect(r.linted).toBe(2)
      expect(r.stderr).toBe(`replylint: ignoring the cache file ${join(dir, '.replylintcache')}: it is not a replylint cache (it will be rewritten)\n`)
      expect(JSON.parse(readFileSync(join(dir, '.replylintcache'), 'utf8')).format).toBe('replylint-cache')
      expect((await run(dir)).stderr).toBe('')
    }
  })

  it('--cache-location names the file, or a folder to keep it in', async () => {
    const dir = project({ 'tmp/.keep': '' })
    await run(dir, ['--cache-location', 'tmp/lint.cache'])
    expect(existsSync(join(dir, 'tmp/lint.cache'))).toBe(true)
    expect((await run(dir, ['--cache-location', 'tmp/lint.cache'])).linted).toBe(0)
    await run(dir, ['--cache-location', 'tmp/'])
    expect(readdirSync(join(dir, 'tmp')).filter((f) => f.startsWith('.cache_'))).toHaveLength(1)
    expect(existsSync(join(dir, '.replylintcache'))).toBe(false)
  })

  it('a cache that cannot be written is a warning; the report is unchanged', async () => {
    const dir = project()
    const r = await run(dir, ['--cache-location', 'a.md/cache'])
    expect(r.code).toBe(1)
    expect(r.stderr).toBe(`replylint: cannot write the cache file ${join(dir, 'a.md/cache')}: EEXIST\n`)
    expect(JSON.parse(r.stdout)).toHaveLength(2)
  })

  it('without --cache no cache file is read or written', async () => {
    const dir = project()
    const r = await runCli(['--format', 'json', '.'], { cwd: dir })
    expect(r.code).toBe(1)
    expect(existsSync(join(dir, '.replylintcache'))).toBe(false)
  })

  it('the real bin: a cached run prints exactly what the first run printed (content strategy)', () => {
    const dir = tempProject({ 'a.md': BAD, 'b.md': GOOD, 'lib/macros.json': JSON.stringify({ Refund: BAD, Thanks: GOOD }) })
    const args = ['--format', 'json', '--cache', '--cache-strategy', 'content', '.']
    const first = runBin(args, { cwd: dir })
    const cache = readFileSync(join(dir, '.replylintcache'), 'utf8')
    expect(Object.keys(JSON.parse(cache).files)).toHaveLength(3)
    const second = runBin(args, { cwd: dir })
    expect(second.stdout).toBe(first.stdout)
    expect(second.code).toBe(first.code)
    expect(second.stderr).toBe('')
  })
})
