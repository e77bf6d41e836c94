/**
 * The bad-input matrix (issue 8, docs/hardening.md): what a linter meets running unattended over
 * files many people wrote. Each case runs the real bin over the bad input AND a good file, and
 * pins the exit code, the one line that names the file and the problem, and that the good file was
 * still linted.
 */
import { chmodSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_NESTING } from '../../src/reply/limits.js'
import { runBin } from '../helpers/cli.js'
import { FLAGGED, ONLY_DISMISSIVE, compactLines, flaggedLine, lint, lintAs, openProject, unprivileged } from './helpers.js'

const CLEAN = 'Hi Sam,\n\nThanks for the report. I fixed the export today.\n'
const DISMISSIVE = '"Obviously" talks down to the customer; leave it out; what is obvious to you is news to the customer'

/** The positions of each problem in `--format json` output, by file name. */
function positions(stdout: string): string[] {
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }> }>
  return results.flatMap((r) => r.messages.map((m) => `${r.filePath.split('/').pop()} ${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`))
}

const user = unprivileged()

describe('paths that cannot be read', () => {
  it('a missing path: one line, exit 2, the other file linted', () => {
    const dir = openProject({ 'ok.md': FLAGGED })
    const run = lint([...ONLY_DISMISSIVE, 'ok.md', 'missing.md'], dir)
    expect(run.stderr).toBe('replylint: No such file or directory: missing.md\n')
    expect(compactLines(run)).toEqual([flaggedLine('ok.md')])
    expect(run.code).toBe(2)
  })

  it.skipIf('reason' in user)('a folder without read permission, walked or named: one line each, exit 2, the rest linted (as nobody)', () => {
    const dir = openProject({ 'ok.md': FLAGGED, 'secret/a.md': FLAGGED, 'secret.md': FLAGGED })
    chmodSync(join(dir, 'secret'), 0o000)
    chmodSync(join(dir, 'secret.md'), 0o000)
    const prefix = 'prefix' in user ? user.prefix : []
    const walk = lintAs(prefix, ['.'], dir)
    expect(walk.stderr).toBe('replylint: Cannot read directory secret: permission denied\n')
    expect(compactLines(walk)).toContain(flaggedLine('ok.md'))
    // A file without read permission is a fatal result of its own.
    expect(compactLines(walk)).toContain('secret.md:1:1: error Cannot read file: permission denied')
    expect(walk.code).toBe(2)
    const named = lintAs(prefix, ['secret/a.md', 'ok.md'], dir)
    expect(named.stderr).toBe('replylint: Cannot read secret/a.md: permission denied\n')
    expect(compactLines(named)).toContain(flaggedLine('ok.md'))
    expect(named.code).toBe(2)
    chmodSync(join(dir, 'secret'), 0o755)
  })
})

describe('binary and odd encodings', () => {
  it('a binary file named explicitly: a warning that does not change the exit code', () => {
    const dir = openProject({ 'ok.md': CLEAN })
    writeFileSync(join(dir, 'logo.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]))
    const run = lint([...ONLY_DISMISSIVE, 'logo.md', 'ok.md'], dir)
    expect(compactLines(run)).toEqual(['logo.md:1:1: warning File appears to be binary (it contains NUL bytes); skipped'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })

  it('a binary file met in a folder walk: skipped in silence', () => {
    const dir = openProject({ 'drafts/a.md': FLAGGED })
    writeFileSync(join(dir, 'drafts/b.md'), Buffer.from('PK\u0003\u0004\u0000\u0000binary'))
    const run = lint([...ONLY_DISMISSIVE, 'drafts'], dir)
    expect(compactLines(run)).toEqual([flaggedLine('drafts/a.md')])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
  })

  it('invalid UTF-8 is read with U+FFFD in place of each bad byte, so columns after it are right', () => {
    const dir = openProject({})
    writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('Hi Sam,\n\n'), Buffer.from([0xff, 0xfe]), Buffer.from(' Obviously it broke.\n')]))
    const run = runBin([...ONLY_DISMISSIVE, '--format', 'json', 'latin1.md'], { cwd: dir })
    // Two bad bytes are two columns: "Obviously" starts at column 4.
    expect(positions(run.stdout)).toEqual(['latin1.md dismissive-tone 3:4-3:13'])
    expect(run.code).toBe(1)
  })

  it('a UTF-8 BOM is not a column', () => {
    const dir = openProject({ 'bom.md': '\uFEFFObviously it broke.\n' })
    const run = runBin([...ONLY_DISMISSIVE, '--format', 'json', 'bom.md'], { cwd: dir })
    expect(positions(run.stdout)).toEqual(['bom.md dismissive-tone 1:1-1:10'])
  })

  it('CRLF and lone CR end lines as LF does: lines and columns are the same', () => {
    const dir = openProject({
      'lf.md': 'Hi Sam,\n\nWe know. Obviously it broke.\n',
      'crlf.md': 'Hi Sam,\r\n\r\nWe know. Obviously it broke.\r\n',
      'cr.md': 'Hi Sam,\r\rWe know. Obviously it broke.\r',
      'cr.txt': 'Hi Sam,\r\rWe know. Obviously it broke.\r',
    })
    const run = runBin([...ONLY_DISMISSIVE, '--format', 'json', 'cr.md', 'cr.txt', 'crlf.md', 'lf.md'], { cwd: dir })
    expect(positions(run.stdout)).toEqual(['cr.md', 'cr.txt', 'crlf.md', 'lf.md'].map((f) => `${f} dismissive-tone 3:10-3:19`))
  })

  it('an empty file and a whitespace-only file are linted like any other (nothing to report here)', () => {
    const dir = openProject({ 'empty.md': '', 'blank.md': ' \n\t\n\r\n  ', 'blank.txt': '\n\n\n', 'ok.md': FLAGGED })
    const run = lint([...ONLY_DISMISSIVE, 'empty.md', 'blank.md', 'blank.txt', 'ok.md'], dir)
    expect(compactLines(run)).toEqual([flaggedLine('ok.md')])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
  })
})

describe('size and shape limits', () => {
  it('a 50 MB file is refused above --max-file-size (default 10 MB) without being read; the flag raises or lowers it', () => {
    const dir = openProject({ 'ok.md': FLAGGED })
    // Sparse: 50 MB of nothing on disk. The size is checked before a byte is read.
    writeFileSync(join(dir, 'huge.md'), '')
    truncateSync(join(dir, 'huge.md'), 50 * 1024 * 1024)
    const run = lint(['huge.md', 'ok.md'], dir)
    expect(compactLines(run)).toContain('huge.md:1:1: error File is 50.0 MB, over the --max-file-size limit of 10.0 MB; raise the limit to lint it')
    expect(compactLines(run)).toContain(flaggedLine('ok.md'))
    expect(run.code).toBe(2)
    const lowered = lint([...ONLY_DISMISSIVE, '--max-file-size', '64kb', 'ok.md'], dir)
    expect(lowered.code).toBe(1)
    const tiny = lint([...ONLY_DISMISSIVE, '--max-file-size', '16', 'ok.md'], dir)
    expect(compactLines(tiny)).toEqual([`ok.md:1:1: error File is ${FLAGGED.length} bytes, over the --max-file-size limit of 16 bytes; raise the limit to lint it`])
    expect(runBin(['--max-file-size', 'lots', 'ok.md'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining('expected a size such as 10mb, 512kb or a number of bytes') })
  })

  it('a 2 MB file below the limit is linted in bounded memory (a 256 MB heap; about 50 bytes of heap per byte of text are used)', () => {
    const paragraph = 'Thanks for writing in about the export. I refunded the second charge today, so you will see it in three to five days.\n\n'
    const dir = openProject({ 'big.md': `Hi Sam,\n\n${paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length))}Obviously that was our mistake.\n` })
    const run = lint([...ONLY_DISMISSIVE, 'big.md'], dir, { NODE_OPTIONS: '--max-old-space-size=256' })
    expect(run.stderr).toBe('')
    expect(compactLines(run)).toHaveLength(1)
    expect(compactLines(run)[0]).toMatch(/^big\.md:\d+:1: error "Obviously"/)
    expect(run.code).toBe(1)
  }, 60_000)

  it(`markdown nested 10,000 levels deep (block quotes, lists) is refused in milliseconds, not parsed for minutes (limit ${MAX_NESTING})`, () => {
    const dir = openProject({
      'quotes.md': `${'> '.repeat(10_000)}Obviously.\n`,
      'list.md': `${'- '.repeat(10_000)}Obviously.\n`,
      'ordered.md': `Hi Sam,\n\n${'1. '.repeat(10_000)}Obviously.\n`,
      'ok.md': FLAGGED,
    })
    const started = Date.now()
    const run = lint(['list.md', 'ok.md', 'ordered.md', 'quotes.md'], dir)
    expect(Date.now() - started).toBeLessThan(10_000)
    const lines = compactLines(run)
    const refused = (file: string, line: number, levels: number) =>
      `${file}:${line}:1: error Markdown nested too deeply to lint: line ${line} opens up to ${levels} levels of block quotes or lists (the limit is ${MAX_NESTING}) (in ${join(dir, file)})`
    expect(lines).toContain(refused('list.md', 1, 14_999))
    expect(lines).toContain(refused('ordered.md', 3, 14_999))
    expect(lines).toContain(refused('quotes.md', 1, 14_999))
    expect(lines).toContain(flaggedLine('ok.md'))
    expect(run.code).toBe(2)
  })

  it('a paragraph of thousands of inline markers is linted as plain text, in milliseconds, positions intact', () => {
    const dir = openProject({ 'log.md': `Hi Sam,\n\n${'a* [b] '.repeat(5_000)}Obviously.\n` })
    const started = Date.now()
    const run = runBin([...ONLY_DISMISSIVE, '--format', 'json', 'log.md'], { cwd: dir })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(positions(run.stdout)).toEqual([`log.md dismissive-tone 3:${7 * 5_000 + 1}-3:${7 * 5_000 + 10}`])
  })

  it('a markdown library nested 10,000 deep, or with such a paragraph, is a parse error of that file', () => {
    const dir = openProject({ 'saved-replies.md': `## Refund\n\n${'- '.repeat(10_000)}hi\n`, 'canned-responses.md': `## Log\n\n${'a*'.repeat(50_000)}\n`, 'ok.md': FLAGGED })
    const started = Date.now()
    const run = lint([...ONLY_DISMISSIVE, 'canned-responses.md', 'ok.md', 'saved-replies.md'], dir)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(compactLines(run)).toEqual([
      'canned-responses.md:1:1: error Parsing error: cannot read it: a paragraph holds more than 500 inline markers (* _ [ ] and the like)',
      flaggedLine('ok.md'),
      `saved-replies.md:3:1: error Parsing error: cannot read it: Markdown nested too deeply to lint: line 3 opens up to 14999 levels of block quotes or lists (the limit is ${MAX_NESTING})`,
    ])
    expect(run.code).toBe(2)
  })

  it('a JSON library nested 20,000 levels deep is a parse error of that file, not a crash of the run', () => {
    const dir = openProject({ 'macros.json': `${'['.repeat(20_000)}${']'.repeat(20_000)}`, 'ok.md': FLAGGED })
    const run = lint([...ONLY_DISMISSIVE, 'macros.json', 'ok.md'], dir)
    expect(compactLines(run)).toEqual([
      'macros.json:1:1: error Parsing error: cannot read it: nested too deeply (Maximum call stack size exceeded)',
      flaggedLine('ok.md'),
    ])
    expect(run.code).toBe(2)
  })

  it('plaintext nested 10,000 quote levels deep is linted (no markdown parse to blow up)', () => {
    const dir = openProject({ 'quotes.txt': `Hi Sam,\n\n${'>'.repeat(10_000)} Obviously.\n\nObviously it broke.\n` })
    const run = runBin([...ONLY_DISMISSIVE, '--format', 'json', 'quotes.txt'], { cwd: dir })
    // The quoted line is the customer's; the agent's own "Obviously" is reported.
    expect(positions(run.stdout)).toEqual(['quotes.txt dismissive-tone 5:1-5:10'])
  })

  it('a 1 MB line with no spaces is linted, positions intact', () => {
    const dir = openProject({ 'line.md': `Obviously,${'a'.repeat(1024 * 1024)}\n`, 'x.md': 'x'.repeat(1024 * 1024) })
    const run = runBin([...ONLY_DISMISSIVE, '--format', 'json', 'line.md', 'x.md'], { cwd: dir })
    expect(positions(run.stdout)).toEqual(['line.md dismissive-tone 1:1-1:10'])
    expect(run.code).toBe(1)
  })
})

describe('folder walks', () => {
  it('a symlink loop: the walk ends and each file is linted once', () => {
    const dir = openProject({ 'drafts/a.md': FLAGGED, 'drafts/deeper/b.md': FLAGGED })
    symlinkSync('.', join(dir, 'drafts/self'))
    symlinkSync('..', join(dir, 'drafts/deeper/up'))
    symlinkSync('loop-b', join(dir, 'drafts/loop-a'))
    symlinkSync('loop-a', join(dir, 'drafts/loop-b'))
    const run = lint([...ONLY_DISMISSIVE, 'drafts'], dir)
    expect(compactLines(run)).toEqual([flaggedLine('drafts/a.md'), flaggedLine('drafts/deeper/b.md')])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(1)
  })
})

describe('configs and plugins', () => {
  /** A project whose `sub/` folder has its own config; `ok.md` at the top has none. */
  function project(config: string, files: Record<string, string> = {}): string {
    return openProject({ 'ok.md': FLAGGED, 'sub/x.md': FLAGGED, 'sub/.replylintrc.json': config, ...files })
  }

  it('a syntactically broken config: one line naming it, its files skipped, exit 2, the rest linted', () => {
    const run = lint(['ok.md', 'sub'], project('{"rules": {'))
    expect(run.stderr).toBe("replylint: sub/.replylintrc.json: cannot load: invalid JSON: Expected property name or '}' at line 1 column 12\n")
    expect(compactLines(run).filter((l) => l.startsWith('sub/'))).toEqual([])
    expect(compactLines(run)).toContain(flaggedLine('ok.md'))
    expect(run.code).toBe(2)
  })

  it('a config naming an unknown rule', () => {
    const run = lint(['ok.md', 'sub'], project('{"rules": {"shoutting": "error"}}'))
    expect(run.stderr).toBe('replylint: sub/.replylintrc.json: rules.shoutting: unknown rule "shoutting" (did you mean "shouting"?); run `replylint rules` to list them\n')
    expect(compactLines(run)).toContain(flaggedLine('ok.md'))
    expect(run.code).toBe(2)
  })

  it('a plugin that throws on load', () => {
    const dir = project('{"plugins": ["./boom.mjs"]}', { 'sub/boom.mjs': 'throw new Error("boom at load")\n' })
    const run = lint(['ok.md', 'sub'], dir)
    expect(run.stderr).toBe(`replylint: sub/.replylintrc.json: plugins[0]: plugin cannot load ${join(dir, 'sub/boom.mjs')}: boom at load\n`)
    expect(compactLines(run)).toContain(flaggedLine('ok.md'))
    expect(run.code).toBe(2)
  })

  it('a plugin rule that throws while linting: fatal for that file, naming rule and file; other rules and files go on', () => {
    const plugin = `export default { rules: { bomb: {
      meta: { description: 'throws on "export"', defaultSeverity: 'error', messages: { m: 'm' } },
      create: () => ({ sentence(s) { if (s.text.includes('export')) throw new TypeError('cannot read "x" of undefined') } }),
    } } }\n`
    const dir = project('{"plugins": ["./p.mjs"], "rules": {"p/bomb": "error"}}', { 'sub/p.mjs': plugin, 'sub/y.md': 'Hi Sam,\n\nObviously it broke.\n' })
    const run = lint(['ok.md', 'sub'], dir)
    const lines = compactLines(run)
    expect(lines).toContain(`sub/x.md:1:1: error rule "p/bomb" crashed: cannot read "x" of undefined (in ${join(dir, 'sub/x.md')}) [p/bomb]`)
    // The crashed rule's file is still linted by every other rule; the file without "export" by all.
    expect(lines).toContain(flaggedLine('sub/x.md'))
    expect(lines).toContain(`sub/y.md:3:1: error ${DISMISSIVE} [dismissive-tone]`)
    expect(lines.filter((l) => l.includes('crashed'))).toHaveLength(1)
    expect(lines).toContain(flaggedLine('ok.md'))
    expect(run.stderr).toBe('')
    expect(run.code).toBe(2)
  })
})
