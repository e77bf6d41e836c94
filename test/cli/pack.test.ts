/**
 * The published package works on its own: `npm pack` gives a tarball that
 * installs into an empty folder with no network (dist/ is a full bundle, so the
 * package has no runtime dependencies) and runs there with no build step.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinRuleIds } from '../../rules/index.js'
import { ROOT, tempProject } from '../helpers/cli.js'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

/** The environment without the npm_* variables of an enclosing `npm test`, which would steer the nested npm. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)))
  return { ...env, NO_COLOR: '1', FORCE_COLOR: '' }
}

describe('npm pack', () => {
  it('declares no runtime dependency: everything is in the bundle', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.dependencies ?? {}, 'dist/ bundles every package: add it to devDependencies, not dependencies').toEqual({})
    expect(Object.keys(pkg.peerDependencies ?? {})).toEqual(Object.keys(pkg.peerDependenciesMeta ?? {}))
  })

  it('installs into an empty folder offline and runs there', { timeout: 180_000 }, () => {
    const out = tempProject({})
    const packed = JSON.parse(
      execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8', env: cleanEnv() }),
    )[0] as { filename: string; files: Array<{ path: string }> }
    const files = packed.files.map((f) => f.path)
    expect(files).toContain('bin/replylint.js')
    expect(files).toContain('dist/cli.cjs')
    expect(files).toContain('dist/cli.cjs.cache')
    expect(files).toContain('dist/boot.js')
    expect(files).toContain('dist/tester.js')
    for (const id of builtinRuleIds) expect(files).toContain(`rules/${id}/README.md`)
    expect(files.filter((f) => /^(src|test|fixtures|bench|\.ci)\//.test(f))).toEqual([])

    const app = tempProject({
      'package.json': '{"name": "support-replies", "private": true}',
      'drafts/refund.md': 'Hi Sam,\n\nAs I already said, the export runs overnight.\n',
      'drafts/.replylintrc.yaml': 'rules:\n  no-concrete-action: "off"\n',
    })
    const install = spawnSync(npm, ['install', '--offline', '--no-audit', '--no-fund', join(out, packed.filename)], { cwd: app, encoding: 'utf8', env: cleanEnv() })
    expect(install.status, install.stderr).toBe(0)
    // Nothing but replylint itself was installed.
    expect(readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['replylint'])

    const bin = join(app, 'node_modules/.bin/replylint')
    expect(existsSync(bin)).toBe(true)
    const run = spawnSync(bin, ['drafts/'], { cwd: app, encoding: 'utf8', env: cleanEnv() })
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/drafts\/refund\.md\n {2}3:1 {2}error {2}"As I already said" brushes the customer off/)
    expect(run.stdout).not.toContain('no-concrete-action')
    expect(run.status).toBe(1)

    const explain = spawnSync(bin, ['explain', 'dismissive-tone'], { cwd: app, encoding: 'utf8', env: cleanEnv() })
    expect(explain.status).toBe(0)
    expect(explain.stdout).toContain('WHY IT MATTERS')

    const version = spawnSync(bin, ['--version'], { cwd: app, encoding: 'utf8', env: cleanEnv() })
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version)

    // The public API and the RuleTester entry resolve from the installed package.
    writeFileSync(join(app, 'api.mjs'), "import { lintText, defineRule, defineConfig } from 'replylint'\nconsole.log(typeof lintText, typeof defineRule, typeof defineConfig)\n")
    expect(spawnSync(process.execPath, ['api.mjs'], { cwd: app, encoding: 'utf8' }).stdout.trim()).toBe('function function function')
  })
})
