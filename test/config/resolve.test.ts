/** What a config holds: extends, presets, shareable configs, overrides, kind, plugins, phrase lists, acronyms. */
import { describe, expect, it } from 'vitest'
import { runBin, runCli, tempProject } from '../helpers/cli.js'

async function printed(files: Record<string, string>, file = 'reply.md', args: string[] = []) {
  const dir = tempProject(files)
  const run = await runCli([...args, '--print-config', file], { cwd: dir })
  if (run.code !== 0) throw new Error(run.stderr)
  return JSON.parse(run.stdout) as { configFile: string | null; kind: string; ignored: boolean; plugins: string[]; acronyms: string[]; rules: Record<string, [string, Record<string, unknown>?]> }
}

async function lintJson(files: Record<string, string>, args: string[]) {
  const dir = tempProject(files)
  const run = await runCli(['--format', 'json', ...args], { cwd: dir })
  if (run.stderr) throw new Error(run.stderr)
  return JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; severity: number; line: number; column: number; message: string }> }>
}

describe('extends', () => {
  it('replylint:recommended is every rule at its default severity, and the base of every config', async () => {
    const none = await printed({ '.replylintrc.json': '{}' })
    const rec = await printed({ '.replylintrc.json': '{"extends": "replylint:recommended"}' })
    expect(rec.rules).toEqual(none.rules)
    expect(rec.rules['shouting'][0]).toBe('warn')
    expect(rec.rules['dismissive-tone'][0]).toBe('error')
  })

  it('replylint:strict turns every rule to error, and later entries win', async () => {
    const strict = await printed({ '.replylintrc.json': '{"extends": ["replylint:strict"], "rules": {"shouting": "off"}}' })
    const severities = new Set(Object.entries(strict.rules).filter(([id]) => id !== 'shouting').map(([, s]) => s[0]))
    expect([...severities]).toEqual(['error'])
    expect(strict.rules['shouting']).toEqual(['off'])
    const back = await printed({ '.replylintrc.json': '{"extends": ["replylint:strict", "replylint:recommended"]}' })
    expect(back.rules['shouting'][0]).toBe('warn')
  })

  it('a shareable config from an npm package, resolved from the config that names it', async () => {
    const files = {
      'node_modules/@acme/replylint-config/package.json': '{"name": "@acme/replylint-config", "type": "module", "exports": {"import": "./index.js"}}',
      'node_modules/@acme/replylint-config/index.js': 'export default { extends: ["./base.json"], rules: { "shouting": ["error", { "acronyms": ["SKU"] }] }, acronyms: ["ACME"] }',
      'node_modules/@acme/replylint-config/base.json': '{"rules": {"over-promise": "off"}, "kind": "template"}',
      '.replylintrc.json': '{"extends": ["@acme/replylint-config"], "rules": {"shouting": "warn"}}',
    }
    const config = await printed(files)
    expect(config.rules['over-promise']).toEqual(['off'])
    expect(config.kind).toBe('template')
    // eslint's merge: a severity alone keeps the options set before it; top-level acronyms join them.
    expect(config.rules['shouting']).toEqual(['warn', { acronyms: ['SKU', 'ACME'] }])
  })

  it('a shareable config from a local file, and a cycle named as such', async () => {
    const config = await printed({ 'configs/team.yaml': 'rules:\n  blaming-language: error\n', '.replylintrc.json': '{"extends": "./configs/team.yaml"}' })
    expect(config.rules['blaming-language'][0]).toBe('error')
    const dir = tempProject({ 'a.json': '{"extends": "./b.json"}', 'b.json': '{"extends": "./a.json"}', '.replylintrc.json': '{"extends": "./a.json"}', 'reply.md': 'Hi.\n' })
    const run = await runCli(['reply.md'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^replylint: b\.json: extends: "\.\/a\.json" extends itself through \.replylintrc\.json → a\.json → b\.json\n$/)
  })

  it('a shareable config that cannot be found', async () => {
    const dir = tempProject({ '.replylintrc.json': '{"extends": "replylint-config-nope"}', 'reply.md': 'Hi.\n' })
    const run = await runCli(['reply.md'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^replylint: \.replylintrc\.json: extends: shareable config cannot find package "replylint-config-nope" from /)
  })
})

describe('overrides and kind', () => {
  const files = {
    'replylint.config.json': JSON.stringify({
      kind: 'draft',
      rules: { shouting: 'error' },
      overrides: [
        { files: ['macros/**'], kind: 'template', rules: { 'no-concrete-action': 'off' } },
        { files: ['*.txt'], rules: { shouting: 'off' } },
      ],
    }),
  }

  it('applies every matching override in order, globs relative to the config file', async () => {
    expect((await printed(files, 'macros/refund.md')).kind).toBe('template')
    expect((await printed(files, 'macros/refund.md')).rules['no-concrete-action']).toEqual(['off'])
    expect((await printed(files, 'drafts/refund.md')).kind).toBe('draft')
    // A glob without a slash matches the file name in any folder.
    expect((await printed(files, 'macros/deep/notes.txt')).rules['shouting']).toEqual(['off'])
    expect((await printed(files, 'drafts/refund.md')).rules['shouting'][0]).toBe('error')
  })

  it('--kind wins over the config', async () => {
    expect((await printed(files, 'macros/refund.md', ['--kind', 'draft'])).kind).toBe('draft')
  })

  it('a template override keeps placeholders legal, a draft reports them', async () => {
    const text = 'Hi {{first_name}},\n\nThanks for the report. I will email you the fix by 5pm today.\n'
    const results = await lintJson({ ...files, 'macros/a.md': text, 'drafts/a.md': text }, ['drafts/a.md', 'macros/a.md'])
    const unfilled = results.map((r) => r.messages.filter((m) => m.ruleId === 'unfilled-placeholder').length)
    expect(unfilled[0]).toBeGreaterThan(0)
    expect(unfilled[1]).toBe(0)
  })
})

describe('per-rule phrase lists', () => {
  const text = 'Hi Sam,\n\nPer policy the export runs overnight. Please calm down. I will email you the report by 5pm today.\n'
  it('"add" extends and "remove" drops built-in phrases', async () => {
    const config = { rules: { 'dismissive-tone': ['error', { phrases: { add: ['per policy'], remove: ['calm down'] } }] } }
    const [result] = await lintJson({ '.replylintrc.json': JSON.stringify(config), 'reply.md': text }, ['reply.md'])
    const hits = result.messages.filter((m) => m.ruleId === 'dismissive-tone').map((m) => `${m.line}:${m.column}`)
    expect(hits).toEqual(['3:1'])
    const [plain] = await lintJson({ 'reply.md': text }, ['reply.md'])
    expect(plain.messages.filter((m) => m.ruleId === 'dismissive-tone').map((m) => `${m.line}:${m.column}`)).toEqual(['3:46'])
  })
})

describe('acronyms', () => {
  it('top-level acronyms reach the shouting rule', async () => {
    const text = 'Hi Sam,\n\nThanks for the report. Your REFUND went out today, and I will email you the receipt by 5pm today.\n'
    const shouting = async (files: Record<string, string>) =>
      (await lintJson({ ...files, 'reply.md': text }, ['reply.md']))[0].messages.filter((m) => m.ruleId === 'shouting')
    expect(await shouting({})).toHaveLength(1)
    expect(await shouting({ '.replylintrc.json': '{"acronyms": ["REFUND"]}' })).toEqual([])
  })
})

describe('plugins', () => {
  const RULE = `{ meta: { id: 'no-foo', description: 'No foo', defaultSeverity: 'warn', messages: { foo: 'No foo' } },
    create(context) { return { sentence(s) { const i = s.text.indexOf('foo'); if (i >= 0) context.report({ messageId: 'foo', span: s.spanOf(i, i + 3) }) } } } }`
  const text = 'Hi Sam,\n\nThanks for the foo report. I will email you the fix by 5pm today.\n'

  it('an npm plugin named by convention: replylint-plugin-x → x/<rule>, @scope/replylint-plugin → @scope/<rule>', async () => {
    const files = {
      'node_modules/replylint-plugin-tidy/package.json': '{"name": "replylint-plugin-tidy", "main": "index.cjs"}',
      'node_modules/replylint-plugin-tidy/index.cjs': `module.exports = { rules: { 'no-foo': ${RULE} } }`,
      'node_modules/@acme/replylint-plugin/package.json': '{"name": "@acme/replylint-plugin", "type": "module", "exports": "./index.js"}',
      'node_modules/@acme/replylint-plugin/index.js': `export default { rules: { 'no-foo': ${RULE} } }`,
      '.replylintrc.json': '{"plugins": ["replylint-plugin-tidy", "@acme/replylint-plugin"], "rules": {"tidy/no-foo": "error", "@acme/no-foo": "warn"}}',
      'reply.md': text,
    }
    const [result] = await lintJson(files, ['reply.md'])
    expect(result.messages.filter((m) => m.message === 'No foo').map((m) => [m.ruleId, m.severity, m.line, m.column])).toEqual([
      ['@acme/no-foo', 1, 3, 16],
      ['tidy/no-foo', 2, 3, 16],
    ])
  })

  it("a local plugin file under a name chosen in the config; a plugin's rules are off until configured", async () => {
    const files = {
      'rules/team.mjs': `export default { rules: { 'no-foo': ${RULE} } }`,
      '.replylintrc.json': '{"plugins": {"team": "./rules/team.mjs"}}',
      'reply.md': text,
    }
    expect((await lintJson(files, ['reply.md']))[0].messages.filter((m) => m.ruleId === 'team/no-foo')).toEqual([])
    const on = { ...files, '.replylintrc.json': '{"plugins": {"team": "./rules/team.mjs"}, "rules": {"team/no-foo": "error"}}' }
    expect((await lintJson(on, ['reply.md']))[0].messages.filter((m) => m.ruleId === 'team/no-foo')).toHaveLength(1)
  })

  it('a plugin without rules is a config error', async () => {
    const dir = tempProject({ 'p.mjs': 'export default { name: "x" }', '.replylintrc.json': '{"plugins": ["./p.mjs"]}', 'reply.md': text })
    const run = runBin(['reply.md'], { cwd: dir })
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'replylint: .replylintrc.json: plugins[0]: plugin "./p.mjs" must export an object with "rules" (as its default export)\n' })
  })
})
