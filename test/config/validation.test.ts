/** A bad config is one line on stderr naming the file and the key, and exit 2; never a stack trace. */
import { describe, expect, it } from 'vitest'
import { runBin, runCli, tempProject } from '../helpers/cli.js'

const REPLY = 'Hi Sam,\n\nThanks for the report. I will email you the fix by 5pm today.\n'

async function configError(files: Record<string, string>, args: string[] = []): Promise<string> {
  const dir = tempProject({ ...files, 'reply.md': REPLY })
  const run = await runCli([...args, 'reply.md'], { cwd: dir })
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  expect(run.stderr.endsWith('\n')).toBe(true)
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  return run.stderr.trimEnd()
}

describe('config validation', () => {
  it('an unknown top-level key, with the eslintrc name it resembles', async () => {
    expect(await configError({ '.replylintrc.json': '{"ignorePatterns": ["old/"]}' })).toBe(
      'replylint: .replylintrc.json: ignorePatterns: unknown key; did you mean "ignores"?',
    )
    expect(await configError({ '.replylintrc.json': '{"rulez": {}}' })).toBe('replylint: .replylintrc.json: rulez: unknown key; did you mean "rules"?')
  })

  it('an unknown rule id, with the closest one', async () => {
    expect(await configError({ 'replylint.config.yaml': 'rules:\n  dismisive-tone: warn\n' })).toBe(
      'replylint: replylint.config.yaml: rules.dismisive-tone: unknown rule "dismisive-tone" (did you mean "dismissive-tone"?); run `replylint rules` to list them',
    )
  })

  it('a bad severity', async () => {
    expect(await configError({ '.replylintrc.json': '{"rules": {"shouting": "warning"}}' })).toBe(
      'replylint: .replylintrc.json: rules.shouting: severity must be "off", "warn" or "error" (got "warning")',
    )
  })

  it("a bad rule option, checked against the rule's meta.options", async () => {
    expect(await configError({ '.replylintrc.json': '{"rules": {"shouting": ["warn", {"acronyms": "SKU"}]}}' })).toBe(
      'replylint: .replylintrc.json: rules.shouting.acronyms: must be a list of strings',
    )
    expect(await configError({ '.replylintrc.json': '{"rules": {"dismissive-tone": ["error", {"phrases": {"added": ["x"]}}]}}' })).toBe(
      'replylint: .replylintrc.json: rules.dismissive-tone.phrases.added: is unknown; expected "add" or "remove"',
    )
    expect(await configError({ '.replylintrc.json': '{"rules": {"dismissive-tone": ["error", {"phrase": {}}]}}' })).toBe(
      'replylint: .replylintrc.json: rules.dismissive-tone.phrase: is unknown; expected one of phrases',
    )
  })

  it('inside overrides, the key path says which override', async () => {
    expect(await configError({ '.replylintrc.json': '{"overrides": [{"files": ["a/**"]}, {"files": "b/**", "rules": {"nope": "off"}}]}' })).toMatch(
      /^replylint: \.replylintrc\.json: overrides\[1\]\.rules\.nope: unknown rule "nope"/,
    )
    expect(await configError({ '.replylintrc.json': '{"overrides": [{"kind": "template"}]}' })).toBe(
      'replylint: .replylintrc.json: overrides[0].files: is required: the globs this override applies to',
    )
  })

  it('a bad kind and an unknown preset', async () => {
    expect(await configError({ '.replylintrc.json': '{"kind": "macro"}' })).toBe('replylint: .replylintrc.json: kind: must be "draft" or "template" (got "macro")')
    expect(await configError({ '.replylintrc.json': '{"extends": "replylint:recomended"}' })).toBe(
      'replylint: .replylintrc.json: extends: unknown preset "replylint:recomended"; did you mean "replylint:recommended"?',
    )
  })

  it('a plugin rule whose plugin is not loaded', async () => {
    expect(await configError({ '.replylintrc.json': '{"rules": {"acme/product-name": "error"}}' })).toBe(
      'replylint: .replylintrc.json: rules.acme/product-name: unknown rule "acme/product-name": no plugin "acme" is loaded (add it to "plugins")',
    )
  })

  it('syntax errors name the file and the place', async () => {
    expect(await configError({ '.replylintrc.json': '{"rules": {"shouting": "off",}}' })).toMatch(
      /^replylint: \.replylintrc\.json: cannot load: invalid JSON: .* at line 1 column 30$/,
    )
    expect(await configError({ '.replylintrc.yaml': 'rules:\n  shouting: [off\n' })).toMatch(/^replylint: \.replylintrc\.yaml: cannot load: invalid YAML: /)
    expect(await configError({ 'replylint.config.mjs': 'throw new Error("boom\\nsecond line")' })).toBe('replylint: replylint.config.mjs: cannot load: boom')
  })

  it('a config that is not an object', async () => {
    expect(await configError({ '.replylintrc.json': '["dismissive-tone"]' })).toBe('replylint: .replylintrc.json: (root): the config must be an object (got a list)')
  })

  it('the same through --rule', async () => {
    expect(await configError({}, ['--rule', 'shouting: loud'])).toBe('replylint: --rule: shouting: severity must be "off", "warn" or "error" (got "loud")')
    expect(await configError({}, ['--rule', 'shoutin: off'])).toMatch(/^replylint: --rule: shoutin: unknown rule "shoutin" \(did you mean "shouting"\?\)/)
  })

  it('the real bin prints one line and exits 2 on an invalid config', () => {
    const dir = tempProject({ 'package.json': '{"replylint": {"rules": {"shouting": ["warn", {"acronyms": [1]}]}}}', 'reply.md': REPLY })
    const run = runBin(['reply.md'], { cwd: dir })
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'replylint: package.json: rules.shouting.acronyms: must be a list of strings\n' })
  })
})
