/** Ignoring files: .replylintignore, config "ignores", --ignore-pattern, --no-ignore, and the staged-files case. */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runBin, runCli, tempProject } from '../helpers/cli.js'

const BAD = 'Hi Sam,\n\nAs I already said, the export runs overnight.\n'

function linted(stdout: string, dir: string): string[] {
  return (JSON.parse(stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1))
}

describe('ignores', () => {
  const project = {
    '.replylintignore': '# old drafts\narchive/\n*.bak.md\n',
    'replylint.config.json': '{"ignores": ["vendor/**", "!vendor/ours.md"]}',
    'a.md': BAD,
    'a.bak.md': BAD,
    'archive/old.md': BAD,
    'vendor/theirs.md': BAD,
    'vendor/ours.md': BAD,
    'notes/b.txt': BAD,
  }

  it('a directory walk skips files matched by .replylintignore and by the config, silently', async () => {
    const dir = tempProject(project)
    const run = await runCli(['--format', 'json', '.'], { cwd: dir })
    expect(linted(run.stdout, dir)).toEqual(['a.md', 'notes/b.txt', 'vendor/ours.md'])
    expect(run.stderr).toBe('')
  })

  it('--ignore-pattern adds patterns, --no-ignore lints everything', async () => {
    const dir = tempProject(project)
    const more = await runCli(['--format', 'json', '--ignore-pattern', 'notes/', '--ignore-pattern', 'a.md', '.'], { cwd: dir })
    expect(linted(more.stdout, dir)).toEqual(['vendor/ours.md'])
    const all = await runCli(['--format', 'json', '--no-ignore', '.'], { cwd: dir })
    expect(linted(all.stdout, dir)).toEqual(['a.bak.md', 'a.md', 'archive/old.md', 'notes/b.txt', 'vendor/ours.md', 'vendor/theirs.md'])
  })

  it("config ignores are relative to the config's folder, .replylintignore to the working folder", async () => {
    const dir = tempProject({ 'team/replylint.config.json': '{"ignores": ["drafts/"]}', 'team/drafts/a.md': BAD, 'drafts/b.md': BAD })
    const run = await runCli(['--format', 'json', '.'], { cwd: dir })
    expect(linted(run.stdout, dir)).toEqual(['drafts/b.md'])
  })

  it('a file named on the command line but ignored gets a warning, as in eslint; --no-warn-ignored drops it', async () => {
    const dir = tempProject(project)
    const run = await runCli(['--format', 'json', 'archive/old.md'], { cwd: dir })
    const [result] = JSON.parse(run.stdout)
    expect(result).toMatchObject({ filePath: join(dir, 'archive/old.md'), warningCount: 1, errorCount: 0 })
    expect(result.messages[0].message).toMatch(/^File ignored because of a matching ignore pattern\. Use "--no-ignore"/)
    expect(run.code).toBe(0)
    const quiet = await runCli(['--format', 'json', '--no-warn-ignored', 'archive/old.md'], { cwd: dir })
    expect(JSON.parse(quiet.stdout)).toEqual([])
  })

  it('a glob whose every file is ignored is an error, as in eslint', async () => {
    const dir = tempProject(project)
    const run = await runCli(['archive/*.md'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('replylint: All files matched by "archive/*.md" are ignored.\n')
  })

  it('staged files: many file arguments, some ignored, with the real bin', () => {
    const files: Record<string, string> = { '.replylintignore': 'generated/\n' }
    const args: string[] = []
    for (let i = 0; i < 30; i++) {
      const path = i % 3 === 0 ? `generated/g${i}.md` : `drafts/d${i}.md`
      files[path] = i % 2 ? BAD : 'Hi Sam,\n\nThanks for the report. I will email you the fix by 5pm today.\n'
      args.push(path)
    }
    const dir = tempProject(files)
    const run = runBin(['--format', 'json', '--no-warn-ignored', '--max-warnings', '0', ...args], { cwd: dir })
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number }>
    expect(results).toHaveLength(20)
    expect(results.every((r) => r.filePath.includes('/drafts/'))).toBe(true)
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
  })
})
