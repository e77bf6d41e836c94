/**
 * The example plugin of docs/writing-rules.md (fixtures/projects/plugin): its own
 * RuleTester tests run here, and the plugin is loaded through its config file.
 */
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runBin, runCli, tempProject } from '../helpers/cli.js'

// The plugin's own RuleTester suite, written as its authors would (plain JS on `replylint/tester`).
const PLUGIN_TESTS = '../../fixtures/projects/plugin/replylint-plugin-acme/rules.test.mjs'
await import(PLUGIN_TESTS)

const PROJECT = join(ROOT, 'fixtures/projects/plugin')

describe('docs/writing-rules.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/writing-rules.md'), 'utf8')
  const listings = [...doc.matchAll(/```\w+ file=(\S+)\n([\s\S]*?)\n```/g)]
  it('shows every file of the example plugin', () => {
    expect(listings.map((m) => m[1]).sort()).toEqual(
      ['index.mjs', 'product-name.mjs', 'rules.test.mjs', 'ticket-reference.mjs'].map((f) => `fixtures/projects/plugin/replylint-plugin-acme/${f}`).concat('fixtures/projects/plugin/replylint.config.json').sort(),
    )
  })
  for (const [, path, body] of listings) {
    it(`its listing of ${path} is the file itself`, () => {
      expect(body).toBe(readFileSync(join(ROOT, path), 'utf8').replace(/\n$/, ''))
    })
  }
})

describe('the example plugin loaded through replylint.config.json', () => {
  it('reports its rules under acme/<rule> with the configured severities and options', async () => {
    const run = await runCli(['--format', 'json', 'drafts/reply.md', 'drafts/cited.md'], { cwd: PROJECT })
    const [cited, reply] = JSON.parse(run.stdout)
    expect(cited.messages).toEqual([])
    const own = reply.messages.filter((m: { ruleId: string }) => m.ruleId.startsWith('acme/'))
    expect(own).toEqual([
      expect.objectContaining({ ruleId: 'acme/ticket-reference', severity: 1, line: 3, column: 1, message: expect.stringContaining('(#1000)') }),
      expect.objectContaining({ ruleId: 'acme/product-name', severity: 2, line: 3, column: 39, endColumn: 49, fix: expect.any(Object) }),
    ])
    expect(run.code).toBe(1)
  })

  it('prints what docs/writing-rules.md shows', async () => {
    const doc = readFileSync(join(ROOT, 'docs/writing-rules.md'), 'utf8')
    const shown = /```console\n\$ npx replylint drafts\/\n([\s\S]*?)```/.exec(doc)![1]
    const run = await runCli(['drafts/'], { cwd: PROJECT })
    expect(run.stdout.trim()).toBe(shown.trim())
  })

  it('fixes the product name with the real bin, writing only the file that changes', () => {
    const dir = tempProject({})
    cpSync(PROJECT, dir, { recursive: true })
    // As in a team's repo, where replylint is installed: the plugin imports it.
    mkdirSync(join(dir, 'node_modules'))
    symlinkSync(ROOT, join(dir, 'node_modules/replylint'))
    const before = readFileSync(join(dir, 'drafts/cited.md'), 'utf8')
    const run = runBin(['--fix', 'drafts/'], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(readFileSync(join(dir, 'drafts/reply.md'), 'utf8')).toContain('sync delay in AcmeCloud. I restarted')
    expect(readFileSync(join(dir, 'drafts/cited.md'), 'utf8')).toBe(before)
    // The warning that has no fix remains; the fixed error is gone.
    expect(run.stdout).toContain('acme/ticket-reference')
    expect(run.stdout).not.toContain('acme/product-name')
    expect(run.code).toBe(0)
  })
})
