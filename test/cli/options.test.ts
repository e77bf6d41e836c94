/** CLI flags of issue 4 and the rules/explain commands, in a temp folder, in-process and with the real bin. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinRuleIds, loadBuiltinRule } from '../../rules/index.js'
import { STARTER_CONFIG } from '../../src/cli/init.js'
import { buildProgram, parseRuleFlag } from '../../src/cli/options.js'
import { ROOT, runBin, runCli, tempProject } from '../helpers/cli.js'

const BAD = 'Hi Sam,\n\nAs I already said, the export runs overnight.\n'

function ruleIds(stdout: string): string[] {
  return JSON.parse(stdout)[0].messages.map((m: { ruleId: string; severity: number }) => `${m.ruleId}:${m.severity}`)
}

describe('--rule', () => {
  it("parses eslint's forms", () => {
    expect(parseRuleFlag('shouting: off')).toEqual({ shouting: 'off' })
    expect(parseRuleFlag('shouting:2')).toEqual({ shouting: 2 })
    expect(parseRuleFlag('shouting: [warn, {"acronyms": ["SKU"]}]')).toEqual({ shouting: ['warn', { acronyms: ['SKU'] }] })
    expect(parseRuleFlag('{"shouting": "off", "over-promise": ["error"]}', { a: 'warn' })).toEqual({ a: 'warn', shouting: 'off', 'over-promise': ['error'] })
    expect(() => parseRuleFlag('shouting')).toThrow(/expected 'id: severity'/)
    expect(() => parseRuleFlag('shouting: [warn, {acronyms}]')).toThrow(/expected JSON/)
  })

  it('sets rules over the config, repeatable, with options', async () => {
    const dir = tempProject({ '.replylintrc.json': '{"rules": {"dismissive-tone": "off"}}', 'a.md': BAD })
    const run = await runCli(
      ['--format', 'json', '--rule', 'dismissive-tone: warn', '--rule', 'no-concrete-action: off', '--rule', 'missing-acknowledgement: [error, {}]', 'a.md'],
      { cwd: dir },
    )
    expect(ruleIds(run.stdout)).toEqual(['dismissive-tone:1', 'missing-acknowledgement:2'])
    const options = await runCli(['--format', 'json', '--rule', 'dismissive-tone: [error, {"phrases": {"add": ["runs overnight"]}}]', 'a.md'], { cwd: dir })
    const hits = JSON.parse(options.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'dismissive-tone')
    expect(hits.map((m: { column: number; severity: number }) => `${m.column}:${m.severity}`)).toEqual(['1:2', '31:2'])
  })

  it('a malformed --rule is one line and exit 2', async () => {
    const run = await runCli(['--rule', 'shouting', 'a.md'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe("replylint: option '--rule <rule>' argument 'shouting' is invalid. expected 'id: severity', as in 'shouting: off'\n")
  })
})

describe('--stdin', () => {
  it('lints standard input as <text>, or as --stdin-filename with that file\'s format and config (real bin)', () => {
    const dir = tempProject({ 'notes/.replylintrc.json': '{"rules": {"dismissive-tone": "warn"}}' })
    const unnamed = runBin(['--stdin', '--format', 'json'], { cwd: dir, input: BAD })
    expect(JSON.parse(unnamed.stdout)[0].filePath).toBe('<text>')
    expect(ruleIds(unnamed.stdout)).toContain('dismissive-tone:2')
    // A .txt name makes it plaintext: "#" is text, so the phrase starts at column 3.
    const named = runBin(['--stdin', '--stdin-filename', 'notes/reply.txt', '--format', 'json'], { cwd: dir, input: '# As I already said, see below.\n' })
    const [result] = JSON.parse(named.stdout)
    expect(result.filePath).toBe(join(dir, 'notes/reply.txt'))
    expect(result.messages.find((m: { ruleId: string }) => m.ruleId === 'dismissive-tone')).toMatchObject({ severity: 1, line: 1, column: 3 })
  })

  it('an ignored --stdin-filename is not linted', async () => {
    const dir = tempProject({ '.replylintignore': 'vendor/\n' })
    const run = await runCli(['--stdin', '--stdin-filename', 'vendor/a.md', '--no-warn-ignored', '--format', 'json'], { cwd: dir, input: BAD })
    expect(JSON.parse(run.stdout)).toEqual([])
  })

  it('refuses file arguments with --stdin and --stdin-filename without --stdin', async () => {
    expect((await runCli(['--stdin', 'a.md'], { input: '' })).stderr).toBe('replylint: --stdin lints standard input: give no file arguments (name it with --stdin-filename)\n')
    expect((await runCli(['--stdin-filename', 'a.md', 'a.md'])).stderr).toBe('replylint: --stdin-filename needs --stdin\n')
  })
})

describe('--print-config', () => {
  it('prints the resolved config of one file as JSON', async () => {
    const dir = tempProject({ '.replylintrc.json': '{"overrides": [{"files": ["macros/**"], "kind": "template", "rules": {"shouting": "off"}}], "acronyms": ["SKU"]}' })
    const run = await runCli(['--print-config', 'macros/refund.md'], { cwd: dir })
    const config = JSON.parse(run.stdout)
    expect(config).toMatchObject({ configFile: '.replylintrc.json', kind: 'template', ignored: false, plugins: [], acronyms: ['SKU'] })
    expect(Object.keys(config.rules).sort()).toEqual([...builtinRuleIds].sort())
    expect(config.rules.shouting).toEqual(['off'])
    expect(run.code).toBe(0)
  })

  it('takes exactly one file', async () => {
    const run = await runCli(['--print-config', 'a.md', 'b.md'])
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'replylint: The --print-config option must be used with exactly one file name.\n' })
  })
})

describe('--output-file', () => {
  it('writes the report to the file (folders made as needed) and nothing to stdout', async () => {
    const dir = tempProject({ 'a.md': BAD })
    const run = await runCli(['--format', 'json', '-o', 'reports/replylint.json', 'a.md'], { cwd: dir })
    expect(run.stdout).toBe('')
    expect(run.code).toBe(1)
    expect(JSON.parse(readFileSync(join(dir, 'reports/replylint.json'), 'utf8'))[0].filePath).toBe(join(dir, 'a.md'))
  })

  it('is written even when there is nothing to report, so a stale report never survives', async () => {
    const dir = tempProject({ 'a.md': 'Hi Sam,\n\nThanks for the report. I will email you the fix by 5pm today.\n', 'report.txt': 'stale' })
    const run = await runCli(['--output-file', 'report.txt', 'a.md'], { cwd: dir })
    expect(run.code).toBe(0)
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('')
  })

  it('a folder is refused', async () => {
    const dir = tempProject({ 'a.md': BAD })
    mkdirSync(join(dir, 'out'))
    const run = await runCli(['--output-file', 'out', 'a.md'], { cwd: dir })
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'replylint: Cannot write to output file path, it is a directory: out\n' })
  })
})

describe('--init', () => {
  it('writes a starter replylint.config.json that replylint accepts, and refuses to overwrite (real bin)', () => {
    const dir = tempProject({ 'a.md': BAD })
    const first = runBin(['--init'], { cwd: dir })
    expect(first.code).toBe(0)
    expect(first.stdout).toMatch(/^Wrote replylint\.config\.json\./)
    expect(JSON.parse(readFileSync(join(dir, 'replylint.config.json'), 'utf8'))).toEqual(STARTER_CONFIG)
    expect(runBin(['--print-config', 'templates/x.md'], { cwd: dir }).stdout).toContain('"kind": "template"')
    const again = runBin(['--init'], { cwd: dir })
    expect(again).toEqual({ code: 2, stdout: '', stderr: 'replylint: replylint.config.json already exists here; edit it instead (--init never overwrites a config)\n' })
  })

  it('refuses when another config file is already there', async () => {
    const dir = tempProject({ '.replylintrc.yaml': 'rules: {}\n' })
    const run = await runCli(['--init'], { cwd: dir })
    expect(run.stderr).toBe('replylint: .replylintrc.yaml already exists here; edit it instead (--init never overwrites a config)\n')
    expect(existsSync(join(dir, 'replylint.config.json'))).toBe(false)
  })
})

describe('replylint rules and replylint explain', () => {
  it('rules: a table of every rule with its default severity and description (real bin)', async () => {
    const run = runBin(['rules'])
    expect(run.code).toBe(0)
    const lines = run.stdout.split('\n')
    expect(lines[0]).toMatch(/^Rule +Default +Description$/)
    for (const id of builtinRuleIds) {
      const rule = (await loadBuiltinRule(id))!
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${id} +${rule.meta.defaultSeverity} +${rule.meta.description.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)))
    }
  })

  it("explain: the rule's README rendered for a terminal, examples marked (real bin)", () => {
    const run = runBin(['explain', 'dismissive-tone'])
    expect(run.code).toBe(0)
    const doc = readFileSync(join(ROOT, 'rules/dismissive-tone/README.md'), 'utf8')
    const firstExample = /## Incorrect[\s\S]*?```\w*[^\n]*\n([^\n]+)/.exec(doc)![1]
    expect(run.stdout).toMatch(/^dismissive-tone\n/)
    expect(run.stdout).toContain('WHY IT MATTERS')
    expect(run.stdout).toContain(`  ✗ │ ${firstExample}`)
    expect(run.stdout).toMatch(/ {2}✓ │ /)
    expect(run.stdout).toContain('Docs: https://github.com/replylint/replylint/blob/main/rules/dismissive-tone/README.md')
  })

  it('explain: an unknown rule is one line and exit 2, with a hint', async () => {
    const run = await runCli(['explain', 'dismisive'])
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'replylint: Unknown rule "dismisive"; did you mean "dismissive-tone"?; run `replylint rules` to list them\n' })
  })

  it('a folder named "rules" is linted as ./rules', async () => {
    const dir = tempProject({ 'rules/a.md': BAD })
    const run = await runCli(['--format', 'json', './rules'], { cwd: dir })
    expect(JSON.parse(run.stdout)).toHaveLength(1)
  })
})

describe('--color and --no-color', () => {
  it('--color forces ANSI colours in stylish output, --no-color removes them', async () => {
    const dir = tempProject({ 'a.md': BAD })
    expect((await runCli(['--color', 'a.md'], { cwd: dir })).stdout).toContain('\u001B[31m')
    expect((await runCli(['--no-color', 'a.md'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001B[')
  })
})

describe('help and README agree', () => {
  it('every option in --help is in the README\'s CLI table, and the other way round', () => {
    const flags = [...buildProgram('0').options.map((o) => o.long!), '--help']
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const table = readme.slice(readme.indexOf('| Option |'))
    const documented = new Set([...table.slice(0, table.indexOf('\n\n')).matchAll(/--[a-z][a-z-]*/g)].map((m) => m[0]))
    expect([...flags].filter((f) => !documented.has(f))).toEqual([])
    expect([...documented].filter((f) => !flags.includes(f))).toEqual([])
    const help = runBin(['--help']).stdout
    for (const flag of flags) expect(help).toContain(flag)
  })
})
