/**
 * --concurrency (issue 7): worker threads lint the files, and the report is the serial run's,
 * byte for byte and in the same order, plugin rules, overrides, libraries and fatal files included.
 * The workers are the built dist/worker.js, so these tests run the real bin.
 */
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AUTO_MIN_FILES, workerCount } from '../../src/engine/parallel.js'
import { runBin, runCli, tempProject } from '../helpers/cli.js'
import { TYPO_PLUGIN } from '../helpers/typo-plugin.js'

const OPENINGS = ['As I already said,', 'Thanks for the screenshot.', 'Sorry for any inconvenience.', 'I reset teh export for you and', 'Unfortunately']
const MIDDLES = ['the export runs overnight.', 'you should have read the docs.', 'we will recieve the refund {{date}}.', 'PLEASE CHECK YOUR SETTINGS.', 'I moved your plan to annual billing.']

/** ~50 files: drafts (.md and .txt), a library, a plugin rule with fixes, an override, a crashing file. */
function fixtureSet(): string {
  const files: Record<string, string> = {
    'tidy.mjs': TYPO_PLUGIN.replace("if (!fix) continue", "if (sentence.text.includes('CRASH')) throw new Error('boom')\n          if (!fix) continue"),
    '.replylintrc.json': JSON.stringify({ plugins: ['./tidy.mjs', './probe.mjs'], rules: { 'tidy/typo': 'warn', 'probe/where': 'warn' }, overrides: [{ files: ['templates/**'], kind: 'template' }] }),
    'lib/macros.json': JSON.stringify({ Refund: 'Hi {{name}},\n\nUnfortunately the refund is late.\n', Thanks: 'Hi,\n\nThanks, I fixed teh invoice.\n' }),
    // Records which threads linted: none but the main thread in a serial run.
    'probe.mjs': `import { appendFileSync } from 'node:fs'
import { isMainThread, threadId } from 'node:worker_threads'
const where = { meta: { id: 'where', description: 'Thread log', defaultSeverity: 'warn', messages: { m: 'M' } },
  create() { appendFileSync(new URL('./threads.log', import.meta.url), (isMainThread ? 'main' : threadId) + '\\n'); return {} } }
export default { meta: { name: 'probe' }, rules: { where } }
`,
    'drafts/crash.md': 'Hi Sam,\n\nThis sentence says CRASH on purpose.\n',
  }
  for (let i = 0; i < 48; i++) {
    const folder = i % 4 === 0 ? 'templates' : 'drafts'
    const ext = i % 5 === 0 ? 'txt' : 'md'
    const body = `Hi ${['Sam', 'Priya', 'Li'][i % 3]},\n\n${OPENINGS[i % 5]} ${MIDDLES[(i * 7) % 5]}\n\n${i % 2 ? '> I asked this twice already\n\n' : ''}Best,\nAlex\n`
    files[`${folder}/reply-${String(i).padStart(2, '0')}.${ext}`] = body
  }
  return tempProject(files)
}

describe('--concurrency', () => {
  it('worker threads print the serial report byte for byte, fatal file and all (real bin)', () => {
    const dir = fixtureSet()
    const serial = runBin(['--format', 'json', '--concurrency', 'off', '.'], { cwd: dir })
    expect(serial.code).toBe(2)
    const results = JSON.parse(serial.stdout)
    expect(results).toHaveLength(50)
    expect(results.some((r: { messages: Array<{ ruleId: string }> }) => r.messages.some((m) => m.ruleId === 'tidy/typo'))).toBe(true)
    expect(results.find((r: { filePath: string }) => r.filePath.endsWith('crash.md')).messages[0]).toMatchObject({ fatal: true, ruleId: 'tidy/typo' })
    const threads = () => new Set(readFileSync(join(dir, 'threads.log'), 'utf8').trim().split('\n'))
    expect([...threads()]).toEqual(['main'])
    for (const n of ['2', '3', 'auto']) {
      rmSync(join(dir, 'threads.log'))
      const parallel = runBin(['--format', 'json', '--concurrency', n, '.'], { cwd: dir })
      expect(parallel.stdout).toBe(serial.stdout)
      expect(parallel.stderr).toBe(serial.stderr)
      expect(parallel.code).toBe(serial.code)
      // 50 files are under auto's break-even: one thread; a number starts that many workers.
      expect(threads().size).toBe(n === 'auto' ? 1 : Number(n))
      expect(threads().has('main')).toBe(n === 'auto')
    }
  })

  it('with --cache, workers lint only what changed and the report is the same (real bin)', () => {
    const dir = fixtureSet()
    const args = ['--format', 'json', '--cache', '--concurrency', '2', '.']
    const first = runBin(args, { cwd: dir })
    rmSync(join(dir, 'threads.log'))
    const second = runBin(args, { cwd: dir })
    expect(second).toEqual(first)
    // Every file came from the cache, except the crashed one (fatal results are not kept).
    expect(readFileSync(join(dir, 'threads.log'), 'utf8').trim().split('\n')).toHaveLength(1)
  })

  it('workers send no file text for a report that does not quote it, and the cache still knows there was one (real bin)', () => {
    const dir = fixtureSet()
    // json drops each result's source, so workers send none; sarif quotes it, from the cache too.
    runBin(['--format', 'json', '--cache', '--concurrency', '2', '.'], { cwd: dir })
    rmSync(join(dir, 'threads.log'))
    const cached = runBin(['--format', 'sarif', '--cache', '.'], { cwd: dir })
    expect(readFileSync(join(dir, 'threads.log'), 'utf8').trim().split('\n')).toHaveLength(1)
    const fresh = runBin(['--format', 'sarif', '.'], { cwd: dir })
    expect(cached.stdout).toBe(fresh.stdout)
    // A fix's region has lines and columns only when the source is at hand.
    expect(fresh.stdout).toMatch(/"deletedRegion": \{[^}]*"startLine"/)
  })

  it('fixes and a missing file behave as in a serial run (real bin)', () => {
    const dir = fixtureSet()
    const args = ['--format', 'json', '--fix-dry-run', 'drafts', 'templates', 'nowhere.md']
    const serial = runBin(args, { cwd: dir })
    const parallel = runBin([...args, '--concurrency', '2'], { cwd: dir })
    expect(serial.stderr).toBe('replylint: No such file or directory: nowhere.md\n')
    expect(JSON.parse(serial.stdout).filter((r: { output?: string }) => r.output !== undefined).length).toBeGreaterThan(0)
    expect(parallel).toEqual(serial)
  })

  it('auto uses every core from the break-even on; a number below 2 or a fix function means one thread', () => {
    const o = { cwd: '/' }
    expect(workerCount('auto', AUTO_MIN_FILES - 1, o, 2)).toBe(0)
    expect(workerCount('auto', AUTO_MIN_FILES, o, 2)).toBe(2)
    expect(workerCount('auto', 10_000, o, 8)).toBe(8)
    expect(workerCount(3, 10_000, o, 2)).toBe(3)
    // No more workers than batches of 16 files.
    expect(workerCount(4, 20, o, 2)).toBe(2)
    expect(workerCount('off', 10_000, o, 2)).toBe(0)
    expect(workerCount(1, 10_000, o, 2)).toBe(0)
    expect(workerCount(4, 10_000, { cwd: '/', fix: () => true }, 2)).toBe(0)
    expect(workerCount(4, 10_000, { cwd: '/', fix: 'errors' }, 2)).toBe(4)
  })

  it('a bad value is a usage error', async () => {
    const run = await runCli(['--concurrency', 'many', 'a.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`replylint: option '--concurrency <n>' argument 'many' is invalid. expected a positive integer, "auto" or "off"\n`)
  })
})
