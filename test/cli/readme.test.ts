/**
 * The README's examples work: every config example is accepted by replylint,
 * the directives example disables what it says, and the pre-commit hook, the
 * lint-staged command and the GitHub Action run the way the README shows.
 */
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import type { Code, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import YAML from 'yaml'
import { formatterNames } from '../../src/formatters/index.js'
import { ROOT, runBin, runCli, tempProject } from '../helpers/cli.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const blocks = (unified().use(remarkParse).parse(readme) as Root).children.filter((n): n is Code => n.type === 'code')
const DRAFT_BAD = 'Hi Sam,\n\nAs I already said, the export runs overnight.\n'

/** A project where the README's examples can run: replylint installed, the example plugin and a team config present. */
function project(files: Record<string, string>): string {
  const dir = tempProject({ 'configs/team.json': '{"rules": {"blaming-language": "error"}}', ...files })
  mkdirSync(join(dir, 'node_modules'))
  symlinkSync(ROOT, join(dir, 'node_modules/replylint'))
  cpSync(join(ROOT, 'fixtures/projects/plugin/replylint-plugin-acme'), join(dir, 'replylint-plugin-acme'), { recursive: true })
  return dir
}

describe('README config examples', () => {
  const configs = blocks.filter((b) => b.meta === 'replylint-config')
  it('there are some in JSON, YAML and JS', () => {
    expect(new Set(configs.map((b) => b.lang))).toEqual(new Set(['json', 'yaml', 'js']))
  })
  const FILE: Record<string, string> = { json: '.replylintrc.json', yaml: '.replylintrc.yaml', js: 'replylint.config.mjs' }
  for (const block of configs) {
    it(`the ${block.lang} example at line ${block.position!.start.line} is a valid config`, async () => {
      const dir = project({ [FILE[block.lang!]]: block.value })
      const run = await runCli(['--print-config', 'drafts/a.md'], { cwd: dir })
      expect(run.stderr).toBe('')
      expect(JSON.parse(run.stdout).configFile).toBe(FILE[block.lang!])
    })
  }
})

describe('README inline directives example', () => {
  it('disables exactly what its comments say', async () => {
    const block = blocks.find((b) => b.meta === 'replylint-directives')!
    const dir = tempProject({ 'reply.md': `${block.value}\n` })
    const on = JSON.parse((await runCli(['--format', 'json', 'reply.md'], { cwd: dir })).stdout)[0]
    const off = JSON.parse((await runCli(['--format', 'json', '--no-inline-config', 'reply.md'], { cwd: dir })).stdout)[0]
    const lines = (ms: Array<{ ruleId: string; line: number }>, id: string) => ms.filter((m) => m.ruleId === id).map((m) => m.line)
    expect(lines(off.messages, 'shouting')).toEqual([6, 12])
    expect(lines(off.messages, 'dismissive-tone')).toEqual([10])
    expect(lines(on.messages, 'shouting')).toEqual([])
    expect(lines(on.messages, 'dismissive-tone')).toEqual([])
    expect(on.suppressedMessages.map((m: { ruleId: string; line: number }) => `${m.ruleId}:${m.line}`)).toEqual(['shouting:6', 'dismissive-tone:10', 'shouting:12'])
  })
})

describe('pre-commit and CI integration', () => {
  it('.pre-commit-hooks.yaml: a node hook for md/markdown/txt whose entry runs on staged file names', () => {
    const [hook] = YAML.parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'))
    expect(hook).toMatchObject({ id: 'replylint', language: 'node' })
    const files = new RegExp(hook.files)
    expect(['a.md', 'b/c.markdown', 'd.txt'].every((f) => files.test(f))).toBe(true)
    expect(['a.mdx', 'b.json', 'c.txt.bak'].some((f) => files.test(f))).toBe(false)
    const [command, ...args] = hook.entry.split(' ')
    expect(command).toBe(Object.keys(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin)[0])
    // pre-commit passes the staged files, some of them ignored.
    const dir = tempProject({ '.replylintignore': 'vendor/\n', 'vendor/x.md': DRAFT_BAD, 'a.md': 'Hi Sam,\n\nThanks for the report. I will email you the fix by 5pm today.\n' })
    expect(runBin([...args, 'vendor/x.md', 'a.md'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it("the README's lint-staged command fails a staged draft with a warning", () => {
    const block = blocks.find((b) => b.lang === 'json' && b.value.includes('lint-staged'))!
    const command: string = Object.values(JSON.parse(block.value)['lint-staged'] as Record<string, string>)[0]
    const [bin, ...args] = command.split(' ')
    expect(bin).toBe('replylint')
    const draft = 'Hi Sam,\n\nThanks for the report. As I already said, I will email you the fix by 5pm today.\n'
    const dir = tempProject({ '.replylintrc.json': '{"rules": {"dismissive-tone": "warn"}}', 'a.md': draft })
    const run = runBin([...args, join(dir, 'a.md')], { cwd: dir })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('replylint found too many warnings (maximum: 0).\n')
  })

  it('action.yml runs replylint with the github formatter on its inputs', () => {
    const action = YAML.parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))
    expect(action.runs.using).toBe('composite')
    expect(formatterNames).toContain('github')
    const step = action.runs.steps.find((s: { name: string }) => s.name === 'Run replylint')
    expect(step.run).toContain('--format github')
    const dir = tempProject({ 'drafts/a.md': DRAFT_BAD, 'macros/b.md': 'Hi Sam,\n\nThanks for the report. I will email you the fix by 5pm today.\n' })
    const run = spawnSync('bash', ['-c', step.run], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', GITHUB_ACTION_PATH: ROOT, REPLYLINT_FILES: 'drafts/ macros/', REPLYLINT_ARGS: '--max-warnings 0' },
    })
    expect(run.stdout).toMatch(/^::error file=drafts\/a\.md,line=3,col=1,/m)
    expect(run.status).toBe(1)
  })

  it('the README names every built-in formatter', () => {
    for (const name of formatterNames) expect(readme).toContain(`\`${name}\``)
  })
})
