/** The README's opening promises: the quick-start lines and the example output are what a newcomer gets. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runBin } from '../helpers/cli.js'

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')

describe('README quick start', () => {
  it('starts with the two lines a newcomer pastes: install+lint the example, install+test', () => {
    const [, first, second] = /^# replylint\n\n```sh\n(.*)\n(.*)\n```\n/.exec(readme) ?? []
    expect(first).toBe('npm ci && node bin/replylint.js fixtures/examples/draft.md')
    expect(second).toBe('npm ci && npm test')
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.scripts.test).toContain('vitest run')
  })

  it('shows exactly what linting the bundled example prints', () => {
    const [, command, shown] = /```console\n\$ (replylint [^\n]+)\n([\s\S]*?)```/.exec(readme) ?? []
    const run = runBin(command.split(' ').slice(1))
    expect(run.code).toBe(1)
    expect(run.stdout.trim()).toBe(shown.trim())
  })
})
