import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../../src/cli/errors.js'
import { formatterNames, loadFormatter, readsSource } from '../../src/formatters/index.js'
import { runCli, tempProject } from '../helpers/cli.js'
import { META, RESULTS } from './fixture.js'

const ALL = ['stylish', 'json', 'compact', 'sarif', 'github', 'junit', 'checkstyle', 'summary', 'html']

describe('formatter registry', () => {
  it('names every built-in formatter, and each loads as a function of (results, meta)', async () => {
    expect(formatterNames).toEqual(ALL)
    for (const name of ALL) {
      const format = await loadFormatter(name, '/')
      expect(typeof format(RESULTS, META)).toBe('string')
    }
  })

  it('refuses an unknown name with a UsageError listing all names, including inherited keys', async () => {
    const message = `Unknown formatter "tap"; expected one of ${ALL.join(', ')} or a path to a module`
    await expect(loadFormatter('tap', '/')).rejects.toThrow(new UsageError(message))
    await expect(loadFormatter('constructor', '/')).rejects.toBeInstanceOf(UsageError)
  })

  it('exits 2 with that one line through the CLI', async () => {
    const dir = tempProject({ 'a.md': 'Hi Sam,\n\nThanks for writing in.\n' })
    const run = await runCli(['--format', 'tap', 'a.md'], { cwd: dir })
    expect(run).toEqual({ code: 2, stdout: '', stderr: `replylint: Unknown formatter "tap"; expected one of ${ALL.join(', ')} or a path to a module\n` })
  })

  it('loads a custom formatter module by path', async () => {
    const dir = tempProject({ 'a.md': 'Hi Sam,\n\nAs I already said, it ships Monday.\n' })
    writeFileSync(join(dir, 'count.mjs'), 'export default (results, meta) => `${results.length} file(s) in ${meta.cwd}`\n')
    const run = await runCli(['--format', './count.mjs', 'a.md'], { cwd: dir })
    expect(run.stdout).toBe(`1 file(s) in ${dir}\n`)
  })

  it('keeps the file text for formatters that may quote it (sarif, custom) and drops it for the rest', async () => {
    const text = 'Hi Sam,\n\nAs I already said, it ships Monday.\n'
    const dir = tempProject({ 'a.md': text })
    writeFileSync(join(dir, 'source.mjs'), 'export default (results) => JSON.stringify(results.map((r) => r.source ?? null))\n')
    expect((await runCli(['--format', './source.mjs', 'a.md'], { cwd: dir })).stdout).toBe(`${JSON.stringify([text])}\n`)
    expect(readsSource('sarif')).toBe(true)
    expect(readsSource('./source.mjs')).toBe(true)
    for (const name of ALL.filter((n) => n !== 'sarif')) expect(readsSource(name)).toBe(false)
  })
})
