/** Fixes: merging, passes, BOM and CRLF, atomic writes that keep the mode, dry runs, suggestions. */
import { chmodSync, lstatSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { applyFixes, lintAndFix } from '../../src/engine/fix.js'
import type { Diagnostic } from '../../src/types.js'
import { runBin, runCli, tempProject } from '../helpers/cli.js'
import { TYPO_PLUGIN } from '../helpers/typo-plugin.js'

const problem = (range: [number, number], text: string, severity: 1 | 2 = 2): Diagnostic => ({
  ruleId: 'x',
  severity,
  message: 'm',
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 1,
  fix: { range, text },
})

describe('applyFixes', () => {
  it('merges non-overlapping fixes in one pass, in text order', () => {
    expect(applyFixes('teh cat and teh dog', [problem([12, 15], 'the'), problem([0, 3], 'The')])).toEqual({ output: 'The cat and the dog', applied: 2 })
  })

  it("leaves a fix that overlaps or touches an applied one for the next pass (eslint's rule)", () => {
    expect(applyFixes('abcdef', [problem([0, 3], 'X'), problem([2, 4], 'Y'), problem([3, 5], 'Z')])).toEqual({ output: 'Xdef', applied: 1 })
  })

  it('keeps CRLF: a fix written with \\n gets the file\'s line ending', () => {
    expect(applyFixes('a\r\nb\r\n', [problem([0, 1], 'one\ntwo')]).output).toBe('one\r\ntwo\r\nb\r\n')
  })

  it('applies only the fixes the filter picks (--quiet fixes errors only)', () => {
    expect(applyFixes('ab', [problem([0, 1], 'A', 1), problem([1, 2], 'B', 2)], (m) => m.severity === 2).output).toBe('aB')
  })
})

describe('lintAndFix', () => {
  it('lints again after each pass and stops after ten passes', async () => {
    const { default: plugin } = await import(`data:text/javascript,${encodeURIComponent(TYPO_PLUGIN)}`)
    const loop = { rule: { ...plugin.rules.loop, meta: { ...plugin.rules.loop.meta } }, severity: 1 as const, options: {} }
    const result = lintAndFix('Thanks for the report.\n', { rules: [loop] })
    expect(result.output).toBe('xxxxxxxxxxThanks for the report.\n')
    // The messages are those of the final text.
    expect(result.messages).toHaveLength(1)
  })

  it('puts a BOM back on the output and leaves output unset when nothing changes', async () => {
    const { default: plugin } = await import(`data:text/javascript,${encodeURIComponent(TYPO_PLUGIN)}`)
    const typo = { rule: plugin.rules.typo, severity: 1 as const, options: {} }
    const fixed = lintAndFix('\uFEFFI got teh file.\n', { rules: [typo] })
    expect(fixed.output).toBe('\uFEFFI got the file.\n')
    expect(fixed.messages).toEqual([])
    expect(lintAndFix('\uFEFFI got the file.\n', { rules: [typo] }).output).toBeUndefined()
  })
})

const CONFIG = { 'tidy.mjs': TYPO_PLUGIN, '.replylintrc.json': '{"plugins": ["./tidy.mjs"], "rules": {"tidy/typo": "error"}}' }

describe('--fix through the CLI', () => {
  it('writes fixed files atomically, keeping the mode, BOM, CRLF and symlinks; never touches an unchanged file', async () => {
    const dir = tempProject({
      ...CONFIG,
      'drafts/bom-crlf.md': '\uFEFFHi Sam,\r\n\r\nI got teh file and will recieve the rest today.\r\n',
      'drafts/clean.md': 'Hi Sam,\n\nI got the file.\n',
      'real/linked.md': 'Hi Sam,\n\nThanks for thier patience.\n',
    })
    chmodSync(join(dir, 'drafts/bom-crlf.md'), 0o640)
    symlinkSync(join(dir, 'real/linked.md'), join(dir, 'drafts/linked.md'))
    const clean = statSync(join(dir, 'drafts/clean.md'))
    const run = await runCli(['--fix', '--rule', 'no-concrete-action: off', '--rule', 'missing-acknowledgement: off', 'drafts/'], { cwd: dir })
    expect(run.stderr).toBe('')
    expect(readFileSync(join(dir, 'drafts/bom-crlf.md'), 'utf8')).toBe('\uFEFFHi Sam,\r\n\r\nI got the file and will receive the rest today.\r\n')
    expect(statSync(join(dir, 'drafts/bom-crlf.md')).mode & 0o777).toBe(0o640)
    expect(lstatSync(join(dir, 'drafts/linked.md')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dir, 'drafts/linked.md'))).toBe(join(dir, 'real/linked.md'))
    expect(readFileSync(join(dir, 'real/linked.md'), 'utf8')).toBe('Hi Sam,\n\nThanks for their patience.\n')
    const after = statSync(join(dir, 'drafts/clean.md'))
    expect([after.ino, after.mtimeMs]).toEqual([clean.ino, clean.mtimeMs])
    // No temporary file is left behind.
    expect(readdirSync(join(dir, 'drafts')).sort()).toEqual(['bom-crlf.md', 'clean.md', 'linked.md'])
    expect(run.code).toBe(0)
  })

  it('--fix-dry-run --format json prints each changed file\'s "output" and writes nothing', async () => {
    const text = 'Hi Sam,\n\nI got teh file.\n'
    const dir = tempProject({ ...CONFIG, 'a.md': text, 'b.md': 'Hi Sam,\n\nI got the file.\n' })
    const run = await runCli(['--fix-dry-run', '--format', 'json', 'a.md', 'b.md'], { cwd: dir })
    const [a, b] = JSON.parse(run.stdout)
    expect(a.output).toBe('Hi Sam,\n\nI got the file.\n')
    expect(b).not.toHaveProperty('output')
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(text)
  })

  it('--quiet --fix applies errors\' fixes only', async () => {
    const dir = tempProject({ ...CONFIG, '.replylintrc.json': '{"plugins": ["./tidy.mjs"], "rules": {"tidy/typo": "warn"}}', 'a.md': 'Hi Sam,\n\nI got teh file.\n' })
    await runCli(['--quiet', '--fix', 'a.md'], { cwd: dir })
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('Hi Sam,\n\nI got teh file.\n')
  })

  it('suggestions appear in json output, and are never applied by --fix', async () => {
    const dir = tempProject({ ...CONFIG, 'a.md': 'Hi Sam,\n\nI got teh file.\n' })
    const run = await runCli(['--format', 'json', 'a.md'], { cwd: dir })
    const typo = JSON.parse(run.stdout)[0].messages.find((m: { ruleId: string }) => m.ruleId === 'tidy/typo')
    expect(typo).toMatchObject({
      line: 3,
      column: 7,
      fix: { range: [15, 18], text: 'the' },
      suggestions: [{ messageId: 'reword', desc: 'Rewrite the sentence', fix: { range: [9, 24], text: 'Rewritten.' } }],
    })
  })

  it('with --stdin: --fix is refused, --fix-dry-run prints the output (the real bin)', () => {
    const dir = tempProject(CONFIG)
    const refused = runBin(['--stdin', '--fix'], { cwd: dir, input: 'I got teh file.\n' })
    expect(refused).toEqual({ code: 2, stdout: '', stderr: 'replylint: The --fix option is not available for piped-in code; use --fix-dry-run instead.\n' })
    const dry = runBin(['--stdin', '--stdin-filename', 'a.md', '--fix-dry-run', '--format', 'json'], { cwd: dir, input: 'Hi Sam,\n\nI got teh file.\n' })
    expect(JSON.parse(dry.stdout)[0]).toMatchObject({ filePath: join(dir, 'a.md'), output: 'Hi Sam,\n\nI got the file.\n' })
  })

  it('--fix and --fix-dry-run together are refused', async () => {
    const run = await runCli(['--fix', '--fix-dry-run', 'a.md'])
    expect(run.stderr).toBe('replylint: The --fix option and the --fix-dry-run option cannot be used together.\n')
    expect(run.code).toBe(2)
  })
})
