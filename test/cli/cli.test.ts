import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runBin, runCli, tempProject } from '../helpers/cli.js'
import { writeInPieces } from '../../src/cli/lint.js'

const BAD = 'Hi Sam,\n\nAs I already said, the export runs overnight.\n'

describe('the real bin', () => {
  it('prints stylish output grouped by file and exits 1 on errors', () => {
    const dir = tempProject({ 'drafts/reply.md': BAD })
    const run = runBin(['drafts/reply.md'], { cwd: dir })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('drafts/reply.md\n')
    expect(run.stdout).toMatch(/ {2}3:1 {2}error {2}"As I already said" brushes the customer off; .* {2}dismissive-tone\n/)
    expect(run.stdout).toMatch(/✖ \d+ problems? \(\d+ errors?, \d+ warnings?\)/)
    expect(run.stderr).toBe('')
  })

  it('writes only JSON to stdout with --format json, in eslint shape', () => {
    const dir = tempProject({ 'a.md': BAD, 'b.txt': BAD })
    const run = runBin(['--format', 'json', '.'], { cwd: dir })
    const results = JSON.parse(run.stdout)
    expect(results.map((r: { filePath: string }) => r.filePath)).toEqual([join(dir, 'a.md'), join(dir, 'b.txt')])
    const [first] = results[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'dismissive-tone')
    expect(first).toMatchObject({ ruleId: 'dismissive-tone', severity: 2, line: 3, column: 1, endLine: 3, endColumn: 18 })
  })

  it('exits 2 with one line naming a missing file, and still lints the others', () => {
    const dir = tempProject({ 'a.md': BAD })
    const run = runBin(['--format', 'json', 'missing.md', 'a.md'], { cwd: dir })
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('replylint: No such file or directory: missing.md\n')
    expect(JSON.parse(run.stdout)).toHaveLength(1)
  })

  it('exits 2 on an unknown option without a stack trace', () => {
    const run = runBin(['--bogus'])
    expect(run.code).toBe(2)
    expect(run.stderr.trim().split('\n')).toEqual(["replylint: unknown option '--bogus'"])
  })

  it('prints the version and help on stdout', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(runBin(['--version']).stdout.trim()).toBe(pkg.version)
    const help = runBin(['--help'])
    expect(help.code).toBe(0)
    for (const flag of ['--format', '--kind', '--quiet', '--max-warnings', '--version']) expect(help.stdout).toContain(flag)
  })
})

describe('execute() in-process', () => {
  it('exits 0 and prints nothing for a clean reply', async () => {
    const dir = tempProject({
      'ok.md': 'Hi Sam,\n\nThanks for your patience while we looked into the double charge. I refunded the second $40 charge today; it will show on your card within 5 days.\n\nBest,\nPriya\n',
    })
    const run = await runCli(['ok.md'], { cwd: dir })
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('--quiet hides warnings and --max-warnings turns too many into exit 1', async () => {
    // One warning only (shouting), no errors: a clean acknowledgement and a concrete action.
    const dir = tempProject({ 'a.md': 'Hi Sam,\n\nThanks for flagging the double charge. I have NOT forgotten it: I refunded the second $40 today.\n' })
    const plain = await runCli(['--format', 'json', 'a.md'], { cwd: dir })
    expect(JSON.parse(plain.stdout)[0].messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity])).toEqual([['shouting', 1]])
    expect(plain.code).toBe(0)
    const quiet = await runCli(['--quiet', '--format', 'json', 'a.md'], { cwd: dir })
    expect(JSON.parse(quiet.stdout)[0].messages).toEqual([])
    const strict = await runCli(['--max-warnings', '0', 'a.md'], { cwd: dir })
    expect(strict.code).toBe(1)
    expect(strict.stderr).toBe('replylint found too many warnings (maximum: 0).\n')
    expect((await runCli(['--max-warnings', '1', 'a.md'], { cwd: dir })).code).toBe(0)
  })

  it('matches a glob, and reports a glob that matches nothing', async () => {
    const dir = tempProject({ 'drafts/a.md': BAD, 'drafts/b.md': BAD, 'notes/c.txt': BAD })
    const run = await runCli(['--format', 'json', 'drafts/*.md', 'none/*.md'], { cwd: dir })
    expect(JSON.parse(run.stdout)).toHaveLength(2)
    expect(run.stderr).toBe('replylint: No files matching the pattern "none/*.md" were found.\n')
    expect(run.code).toBe(2)
  })

  it('treats .txt as plaintext: a "#" line start is not a heading', async () => {
    const dir = tempProject({ 'a.txt': '# As I already said, see below.\n' })
    const run = await runCli(['--format', 'json', 'a.txt'], { cwd: dir })
    const hit = JSON.parse(run.stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'dismissive-tone')
    expect(hit).toMatchObject({ line: 1, column: 3, endColumn: 20 })
  })
})

describe('writing the report', () => {
  it('writes a big report a piece at a time, never splitting a surrogate pair, and the pieces make the report', () => {
    const written: string[] = []
    const out = { write: (s: string) => written.push(s) }
    const report = `${'a'.repeat(9)}😀${'b'.repeat(7)}`
    writeInPieces(out, ['[', report, ']'], 10)
    expect(written).toEqual(['[', 'a'.repeat(9), `😀${'b'.repeat(7)}`, ']'])
    expect(written.join('')).toBe(`[${report}]`)
    written.length = 0
    writeInPieces(out, ['', 'abc'], 10)
    expect(written).toEqual(['abc'])
  })

  it('ends the json report with one line break, through stdout and through --output-file alike', async () => {
    const dir = tempProject({ 'a.md': 'Hi Sam,\n\nAs I already said, it ships Monday.\n', 'b.md': 'Hi Sam,\n\nThanks for the screenshot; I reset your export.\n' })
    const run = await runCli(['--format', 'json', '.'], { cwd: dir })
    expect(run.stdout.endsWith(']\n')).toBe(true)
    expect(JSON.parse(run.stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join(dir, 'a.md'), join(dir, 'b.md')])
    const file = await runCli(['--format', 'json', '-o', 'out/report.json', '.'], { cwd: dir })
    expect(file.stdout).toBe('')
    expect(readFileSync(join(dir, 'out/report.json'), 'utf8')).toBe(run.stdout)
  })
})
