/** TIMING=1 and --stats (issue 7): eslint's slowest-rules table on stderr, per-file times in json. */
import { describe, expect, it } from 'vitest'
import { timingListSize, timingTable } from '../../src/engine/timing.js'
import { runBin, runCli, tempProject } from '../helpers/cli.js'

const BAD = 'Hi Sam,\n\nAs I already said, the export runs overnight.\n'
const ROW = /^(\S+) +\| +(\d+\.\d{3}) \| +(\d+\.\d)%$/

function rowsOf(stderr: string) {
  const lines = stderr.trimEnd().split('\n')
  expect(lines[0]).toMatch(/^Rule +\| Time \(ms\) \| Relative$/)
  expect(lines[1]).toMatch(/^:-+\|-+:\|-+:$/)
  return lines.slice(2).map((l) => {
    const m = ROW.exec(l)
    expect(m, l).not.toBeNull()
    return { id: m![1], ms: Number(m![2]), share: Number(m![3]) }
  })
}

describe('TIMING', () => {
  it("prints eslint's table: slowest first, each share of all rules' time", () => {
    const totals = new Map([['shouting', 4], ['dismissive-tone', 12], ['over-promise', 0.5]])
    expect(timingTable(totals, 2)).toBe(
      ['Rule            | Time (ms) | Relative', ':---------------|----------:|--------:', 'dismissive-tone |    12.000 |    72.7%', 'shouting        |     4.000 |    24.2%', ''].join('\n'),
    )
    expect(timingListSize('1')).toBe(10)
    expect(timingListSize('3')).toBe(10)
    expect(timingListSize('25')).toBe(25)
    expect(timingListSize('all')).toBe(Number.POSITIVE_INFINITY)
    expect(timingListSize(undefined)).toBeUndefined()
  })

  it('TIMING=1 puts the ten slowest rules on stderr; stdout stays valid JSON (real bin)', () => {
    const dir = tempProject({ 'a.md': BAD, 'b.md': BAD.replace('Sam', 'Kim') })
    const run = runBin(['--format', 'json', '.'], { cwd: dir, env: { TIMING: '1' } })
    expect(JSON.parse(run.stdout)).toHaveLength(2)
    const rows = rowsOf(run.stderr)
    expect(rows).toHaveLength(10)
    expect(rows.map((r) => r.ms)).toEqual([...rows.map((r) => r.ms)].sort((a, b) => b - a))
    expect(rows.reduce((n, r) => n + r.share, 0)).toBeLessThanOrEqual(100.5)
    // Times from worker threads are added to the table too.
    const parallel = runBin(['--format', 'json', '--concurrency', '2', '.'], { cwd: dir, env: { TIMING: 'all' } })
    expect(rowsOf(parallel.stderr).map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort())
  })

  it('TIMING=all lists every enabled rule; without TIMING there is no table', async () => {
    const dir = tempProject({ 'a.md': BAD, '.replylintrc.json': '{"rules": {"shouting": "off"}}' })
    const run = await runCli(['--format', 'json', 'a.md'], { cwd: dir, env: { TIMING: 'all' } })
    const ids = rowsOf(run.stderr).map((r) => r.id)
    expect(ids).toHaveLength(9)
    expect(ids).toContain('dismissive-tone')
    expect(ids).not.toContain('shouting')
    expect((await runCli(['--format', 'json', 'a.md'], { cwd: dir })).stderr).toBe('')
  })
})

describe('--stats', () => {
  it('adds stats.times (parse, and each enabled rule) to every result, drafts and libraries', async () => {
    const dir = tempProject({ 'a.md': BAD, 'macros.json': JSON.stringify({ One: BAD, Two: BAD }), '.replylintrc.json': '{"rules": {"shouting": "off"}}' })
    const run = await runCli(['--format', 'json', '--stats', 'a.md', 'macros.json'], { cwd: dir })
    const results = JSON.parse(run.stdout)
    expect(results).toHaveLength(2)
    for (const r of results) {
      expect(r.stats.times.parse).toBeGreaterThan(0)
      expect(Object.keys(r.stats.times.rules)).toContain('dismissive-tone')
      expect(Object.keys(r.stats.times.rules)).not.toContain('shouting')
      for (const ms of Object.values(r.stats.times.rules)) expect(ms).toBeGreaterThanOrEqual(0)
    }
    const plain = JSON.parse((await runCli(['--format', 'json', 'a.md'], { cwd: dir })).stdout)
    expect(plain[0].stats).toBeUndefined()
    // The problems found are the same with or without timing.
    expect(results[0].messages).toEqual(plain[0].messages)
  })
})
