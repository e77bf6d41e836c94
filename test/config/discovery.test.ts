/** Config discovery: every file name cosmiconfig looks for, nearest wins, --config and --no-config. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBin, runCli, tempProject } from '../helpers/cli.js'

const BAD = 'Hi Sam,\n\nAs I already said, the export runs overnight. I will email you the report by 5pm today.\n'

/** Severity of dismissive-tone on `file`, or undefined when it is not reported. */
async function dismissiveSeverity(dir: string, file: string, extra: string[] = []): Promise<number | undefined> {
  const run = await runCli(['--format', 'json', ...extra, file], { cwd: dir })
  if (run.stderr) throw new Error(run.stderr)
  const [result] = JSON.parse(run.stdout)
  return result.messages.find((m: { ruleId: string }) => m.ruleId === 'dismissive-tone')?.severity
}

const WARN = { json: '{"rules": {"dismissive-tone": "warn"}}', yaml: 'rules:\n  dismissive-tone: warn\n', js: 'export default { rules: { "dismissive-tone": "warn" } }' }

describe('config files cosmiconfig finds', () => {
  const files: Record<string, string> = {
    'replylint.config.js': WARN.js,
    'replylint.config.mjs': WARN.js,
    'replylint.config.cjs': 'module.exports = { rules: { "dismissive-tone": "warn" } }',
    'replylint.config.json': WARN.json,
    'replylint.config.yaml': WARN.yaml,
    'replylint.config.yml': WARN.yaml,
    '.replylintrc': WARN.yaml,
    '.replylintrc.json': WARN.json,
    '.replylintrc.yaml': WARN.yaml,
    '.replylintrc.yml': WARN.yaml,
    'package.json': '{"name": "support-macros", "replylint": {"rules": {"dismissive-tone": "warn"}}}',
  }
  for (const [name, content] of Object.entries(files)) {
    it(`reads ${name}`, async () => {
      // "type": "module" only where a .js config needs it; a package.json test brings its own.
      const pkg: Record<string, string> = name.endsWith('.js') ? { 'package.json': '{"type": "module"}' } : {}
      const dir = tempProject({ ...pkg, [name]: content, 'reply.md': BAD })
      expect(await dismissiveSeverity(dir, 'reply.md')).toBe(1)
    })
  }

  it('reads a JSON .replylintrc too', async () => {
    const dir = tempProject({ '.replylintrc': WARN.json, 'reply.md': BAD })
    expect(await dismissiveSeverity(dir, 'reply.md')).toBe(1)
  })

  it('without any config, rules run at their default severity', async () => {
    const dir = tempProject({ 'reply.md': BAD })
    expect(await dismissiveSeverity(dir, 'reply.md')).toBe(2)
  })

  it('skips a package.json without a "replylint" key and keeps searching upward', async () => {
    const dir = tempProject({ '.replylintrc.json': WARN.json, 'sub/package.json': '{"name": "x"}', 'sub/reply.md': BAD })
    expect(await dismissiveSeverity(dir, 'sub/reply.md')).toBe(1)
  })
})

describe('which config applies', () => {
  it("searches from each file's own folder upward: the nearest config wins, whole", async () => {
    const dir = tempProject({
      'replylint.config.json': '{"rules": {"dismissive-tone": "warn", "no-concrete-action": "off"}}',
      'team-b/.replylintrc.yaml': 'rules:\n  dismissive-tone: "off"\n',
      'a.md': BAD,
      'team-b/deep/b.md': BAD,
    })
    const run = await runCli(['--format', 'json', 'a.md', 'team-b/deep/b.md'], { cwd: dir })
    const [a, b] = JSON.parse(run.stdout)
    expect(a.messages.filter((m: { ruleId: string }) => m.ruleId === 'dismissive-tone').map((m: { severity: number }) => m.severity)).toEqual([1])
    expect(b.messages.filter((m: { ruleId: string }) => m.ruleId === 'dismissive-tone')).toEqual([])
    // Nearest wins whole (no cascade), as in eslint's flat config: team-b's config does not inherit "no-concrete-action": "off".
    const printed = JSON.parse((await runCli(['--print-config', 'team-b/deep/b.md'], { cwd: dir })).stdout)
    expect(printed.configFile).toBe(join('team-b', '.replylintrc.yaml'))
    expect(printed.rules['no-concrete-action'][0]).toBe('error')
  })

  it('in one folder, replylint.config.* wins over .replylintrc* and over package.json', async () => {
    const dir = tempProject({
      'replylint.config.json': '{"rules": {"dismissive-tone": "warn"}}',
      '.replylintrc.json': '{"rules": {"dismissive-tone": "off"}}',
      'package.json': '{"replylint": {"rules": {"dismissive-tone": "off"}}}',
      'reply.md': BAD,
    })
    expect(await dismissiveSeverity(dir, 'reply.md')).toBe(1)
  })

  it('--config PATH replaces the search for every file', async () => {
    const dir = tempProject({ '.replylintrc.json': '{"rules": {"dismissive-tone": "off"}}', 'ci/strict.yaml': 'extends: replylint:strict\n', 'sub/reply.md': BAD })
    expect(await dismissiveSeverity(dir, 'sub/reply.md')).toBeUndefined()
    expect(await dismissiveSeverity(dir, 'sub/reply.md', ['--config', 'ci/strict.yaml'])).toBe(2)
    expect(await dismissiveSeverity(dir, 'sub/reply.md', ['-c', 'ci/strict.yaml'])).toBe(2)
  })

  it('--no-config uses no config file at all', async () => {
    const dir = tempProject({ '.replylintrc.json': '{"rules": {"dismissive-tone": "off"}}', 'reply.md': BAD })
    expect(await dismissiveSeverity(dir, 'reply.md', ['--no-config'])).toBe(2)
  })

  it('--config naming a missing file is one line and exit 2', async () => {
    const dir = tempProject({ 'reply.md': BAD })
    const run = await runCli(['--config', 'nope.json', 'reply.md'], { cwd: dir })
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'replylint: Cannot read config file "nope.json": no such file\n' })
  })

  it('the real bin finds a YAML config in a parent folder', () => {
    const dir = tempProject({ '.replylintrc.yml': 'rules:\n  dismissive-tone: warn\n  no-concrete-action: "off"\n', 'drafts/a/reply.md': BAD })
    const run = runBin(['--format', 'json', 'a/reply.md'], { cwd: join(dir, 'drafts') })
    expect(run.stderr).toBe('')
    const [result] = JSON.parse(run.stdout)
    expect(result.messages.filter((m: { ruleId: string }) => m.ruleId === 'dismissive-tone')).toMatchObject([{ severity: 1, line: 3, column: 1 }])
  })
})
