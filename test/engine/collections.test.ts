/**
 * Canned-response libraries through the engine and the CLI (issue 6): which files are
 * collections, one result per file with each message naming its reply, positions in the
 * original file through every format's escapes, notices, malformed files, config and flags.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli, tempProject } from '../helpers/cli.js'

const LIBRARIES = join(ROOT, 'fixtures/libraries')

interface Message {
  ruleId: string | null
  severity: number
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  fatal?: boolean
  fix?: { range: [number, number]; text: string }
  suggestions?: unknown[]
  replyTitle?: string
  replyIndex?: number
}
interface Result {
  filePath: string
  messages: Message[]
  errorCount: number
  warningCount: number
  replies?: Array<{ title: string; index: number; line: number; column: number; notice?: string }>
  output?: string
}

async function lintJson(args: string[], cwd = ROOT): Promise<{ code: number; results: Result[]; stderr: string }> {
  const run = await runCli(['--format', 'json', ...args], { cwd })
  return { code: run.code, results: JSON.parse(run.stdout || '[]'), stderr: run.stderr }
}

/** The file text a message's line/column range covers (1-based, end exclusive). */
function covered(file: string, m: Pick<Message, 'line' | 'column' | 'endLine' | 'endColumn'>): string {
  return file.slice(offsetOf(file, m.line, m.column), offsetOf(file, m.endLine, m.endColumn))
}

function offsetOf(file: string, line: number, column: number): number {
  let at = 0
  for (let l = 1; l < line; l++) at = file.indexOf('\n', at) + 1
  return at + column - 1
}

function positionOf(file: string, offset: number): { line: number; column: number } {
  const before = file.slice(0, offset).split('\n')
  return { line: before.length, column: before[before.length - 1].length + 1 }
}

describe('replylint fixtures/libraries/', async () => {
  const { code, results, stderr } = await lintJson(['fixtures/libraries/'])
  const byFile = new Map(results.map((r) => [r.filePath.slice(LIBRARIES.length + 1), r]))

  it('lints every format: JSON (flat, Zendesk, vendors), YAML, CSV, markdown, MDX, plaintext, HTML', () => {
    expect([...byFile.keys()].sort()).toEqual([
      'csv/macros.csv',
      'csv/saved-replies.csv',
      'html/refund-approved.html',
      'json/canned-responses.json',
      'json/help-scout-saved-replies.json',
      'json/macros.json',
      'json/vendors/freshdesk-canned-responses.json',
      'json/vendors/front-message-templates.json',
      'json/vendors/gorgias-macros.json',
      'json/vendors/intercom-macros.json',
      'json/vendors/zendesk-macro.json',
      'malformed/broken.csv',
      'malformed/broken.json',
      'malformed/broken.yml',
      'markdown/SAVED_REPLIES.md',
      'markdown/canned-responses.md',
      'markdown/reply-templates.mdx',
      'plaintext/canned-responses.txt',
      'yaml/canned-responses.yaml',
      'yaml/email/ticket.overlimit.yaml',
      'yaml/replies.yml',
    ])
    // The three malformed files make the run exit 2; every other file is still linted.
    expect(code).toBe(2)
    expect(stderr).toBe('')
    for (const [path, r] of byFile) {
      if (path.startsWith('malformed/')) continue
      expect(r.replies?.length, path).toBeGreaterThan(0)
      expect(r.messages.every((m) => !m.fatal), path).toBe(true)
    }
    expect(byFile.get('json/macros.json')!.replies).toHaveLength(24)
    expect(byFile.get('markdown/reply-templates.mdx')!.replies!.map((r) => r.title)).toContain('Thanks for the PR')
  })

  it('names the reply of every message, and lists every reply with the line of its title', () => {
    const r = byFile.get('json/macros.json')!
    const file = readFileSync(r.filePath, 'utf8')
    for (const m of r.messages) {
      const reply = r.replies!.find((x) => x.index === m.replyIndex)!
      expect(reply.title).toBe(m.replyTitle)
      // A message lies after its reply's title and before the next reply's.
      const next = r.replies!.find((x) => x.index === m.replyIndex! + 1)
      expect(m.line).toBeGreaterThanOrEqual(reply.line)
      if (next) expect(m.line).toBeLessThan(next.line)
    }
    const refund = r.replies!.find((x) => x.title === 'Billing::Refund denied (bad)')!
    expect(covered(file, { line: refund.line, column: refund.column, endLine: refund.line, endColumn: refund.column + refund.title.length })).toBe(refund.title)
  })

  it('JSON: a phrase after `\\n\\n` escapes lands on the phrase in the file', () => {
    const r = byFile.get('json/canned-responses.json')!
    const file = readFileSync(r.filePath, 'utf8')
    const m = r.messages.find((x) => x.ruleId === 'dismissive-tone' && x.replyTitle === 'Card declined (ver 2)')!
    const at = file.indexOf('There is nothing we can do.\\n\\nRegards')
    expect({ line: m.line, column: m.column }).toEqual(positionOf(file, at))
    expect(m).toMatchObject({ line: 9, column: 89, endLine: 9, endColumn: 115 })
    expect(covered(file, m)).toBe('There is nothing we can do')
    const shouting = r.messages.find((x) => x.ruleId === 'shouting' && x.replyTitle === 'Card declined (ver 2)')!
    expect(covered(file, shouting)).toBe('YOUR CARD WAS DECLINED BY YOUR BANK, NOT BY US')
  })

  it('YAML: a phrase inside a literal block scalar', () => {
    const r = byFile.get('yaml/replies.yml')!
    const file = readFileSync(r.filePath, 'utf8')
    const m = r.messages.find((x) => x.ruleId === 'dismissive-tone' && x.replyTitle === 'Needs reproduction (terse, bad)')!
    expect(m).toMatchObject({ line: 16, column: 24, endLine: 16, endColumn: 45 })
    expect(covered(file, m)).toBe('Works fine on our end')
    expect(file.indexOf('Works fine on our end')).toBe(offsetOf(file, 16, 24))
  })

  it('CSV: a phrase in the JSON of an `actions_json` quoted cell (CSV `""` and JSON `\\n` layers)', () => {
    const r = byFile.get('csv/macros.csv')!
    const file = readFileSync(r.filePath, 'utf8')
    const calm = r.messages.filter((x) => x.ruleId === 'dismissive-tone' && x.replyTitle === 'LED - Calm down (bad)')
    expect(calm.map((m) => covered(file, m))).toEqual(['calm down', 'You need to understand', 'we have thousands of customers'])
    expect(calm[0]).toMatchObject({ line: 12, column: 192, endLine: 12, endColumn: 201 })
    expect(offsetOf(file, 12, 192)).toBe(file.indexOf('calm down. You need'))
    // The semicolon CSV: a quoted multi-line cell.
    const policy = byFile.get('csv/saved-replies.csv')!.messages.find((x) => x.ruleId === 'dismissive-tone')!
    expect(policy).toMatchObject({ line: 17, column: 22, endLine: 17, endColumn: 53, replyTitle: 'Policy (bad)' })
  })

  it('markdown: a phrase inside a fenced reply under its heading', () => {
    const r = byFile.get('markdown/SAVED_REPLIES.md')!
    const file = readFileSync(r.filePath, 'utf8')
    const m = r.messages.filter((x) => x.replyTitle === 'Sync: Works on our end (v1)' && x.ruleId === 'dismissive-tone')
    expect(m.map((x) => [x.line, x.column, covered(file, x)])).toEqual([[41, 6, 'works fine on our end'], [41, 36, 'calm down']])
    // The quote above the fence is the team's note, not the reply.
    expect(r.messages.some((x) => x.line === 38)).toBe(false)
  })

  it('plaintext: a phrase under a `---- TITLE` line', () => {
    const r = byFile.get('plaintext/canned-responses.txt')!
    const file = readFileSync(r.filePath, 'utf8')
    const m = r.messages.find((x) => x.replyTitle === 'BACKUP RESTORE REFUSED (BAD)' && x.ruleId === 'dismissive-tone')!
    expect([m.line, m.column, covered(file, m)]).toEqual([96, 1, 'As I already said'])
  })

  it('HTML inside JSON: text after an entity lands on the source, markup never flagged', () => {
    const r = byFile.get('json/help-scout-saved-replies.json')!
    const file = readFileSync(r.filePath, 'utf8')
    const m = r.messages.filter((x) => x.replyTitle === 'Nothing we can do (bad)' && x.ruleId === 'dismissive-tone')
    expect(m.map((x) => [x.line, x.column, x.endColumn, covered(file, x)])).toEqual([
      [121, 48, 74, 'there is nothing we can do'],
      [121, 122, 137, 'not our problem'],
    ])
    expect(file.slice(offsetOf(file, 121, 122) - '&rsquo;s '.length, offsetOf(file, 121, 137))).toBe('&rsquo;s not our problem')
    for (const x of r.messages) expect(covered(file, x)).not.toMatch(/^<|>$/)
  })

  it('HTML in YAML (osTicket `<br>`): the greeting before the markup', () => {
    const r = byFile.get('yaml/canned-responses.yaml')!
    const file = readFileSync(r.filePath, 'utf8')
    const m = r.messages.find((x) => x.ruleId === 'impersonal-address')!
    expect([m.line, m.column, covered(file, m), m.replyTitle]).toEqual([32, 5, 'Dear user', 'Ticket received (bad)'])
  })

  it('malformed files: one fatal message at the parse error, no replies', () => {
    const fatal = (path: string) => {
      const r = byFile.get(path)!
      expect(r.messages).toHaveLength(1)
      expect(r.replies).toEqual([])
      return r.messages[0]
    }
    // broken.json: the missing comma before `"Closing chat"` on line 4.
    expect(fatal('malformed/broken.json')).toEqual({
      ruleId: null, severity: 2, fatal: true, message: 'Parsing error: invalid JSON: comma expected', line: 4, column: 5, endLine: 4, endColumn: 5,
    })
    // broken.csv: the `o` after the closing quote on line 3.
    const csv = fatal('malformed/broken.csv')
    expect([csv.line, csv.column, csv.fatal]).toEqual([3, 48, true])
    expect(readFileSync(join(LIBRARIES, 'malformed/broken.csv'), 'utf8').split('\n')[2].slice(0, 48)).toMatch(/\}\]"o$/)
    expect(csv.message).toMatch(/^Parsing error: invalid CSV: Invalid Closing Quote/)
    // broken.yml: the quote never closes; yaml reports it where the document ends.
    const yml = fatal('malformed/broken.yml')
    expect([yml.line, yml.column, yml.message]).toEqual([8, 1, 'Parsing error: invalid YAML: Missing closing "quote'])
  })

  it('notices: severity 0, no rule, at the reply title; never counted', () => {
    const r = byFile.get('json/canned-responses.json')!
    const notices = r.messages.filter((m) => m.severity === 0)
    expect(notices.map((m) => [m.replyTitle, m.ruleId, m.message])).toEqual([
      ['Transferencia retrasada (ES)', null, 'Reply skipped: the body is not in English; the rules are written for English'],
      ['Perevod (RU)', null, 'Reply skipped: the body is not in English; the rules are written for English'],
    ])
    const file = readFileSync(r.filePath, 'utf8')
    for (const n of notices) expect(covered(file, n)).toBe(n.replyTitle)
    expect(r.errorCount + r.warningCount).toBe(r.messages.length - notices.length)
    expect(r.replies!.filter((x) => x.notice).map((x) => [x.title, x.notice])).toEqual([
      ['Transferencia retrasada (ES)', 'not-english'],
      ['Perevod (RU)', 'not-english'],
    ])
    const zendesk = byFile.get('json/macros.json')!
    expect(zendesk.messages.filter((m) => m.severity === 0).map((m) => m.message)).toEqual([
      'Reply skipped: an internal note, not sent to the customer (lint it with --include-internal)',
      'Reply not linted: the body is only {{dc.holiday_hours}}, defined elsewhere',
    ])
  })
})

describe('which files are collections', () => {
  const DRAFT = 'Hi Sam,\n\nAs I already said, the export runs overnight.\n\n## Next steps\n\n---\n\nI will email you by 5pm.\n'
  const LIB = { 'Refund denied': 'As I already said, no refunds.', Welcome: 'Thanks for writing in! I have set up your account today.' }

  it('JSON/YAML/CSV/HTML named on the command line always; markdown by name; headings never split a draft', async () => {
    const dir = tempProject({ 'notes.json': JSON.stringify(LIB), 'reply.md': DRAFT, 'SAVED_REPLIES.md': '# Library\n\n## Refund denied\n\nAs I already said, no refunds.\n' })
    const { results } = await lintJson(['notes.json', 'reply.md', 'SAVED_REPLIES.md'], dir)
    const [lib, saved, draft] = ['notes.json', 'SAVED_REPLIES.md', 'reply.md'].map((p) => results.find((r) => r.filePath === join(dir, p))!)
    expect(lib.replies!.map((r) => r.title)).toEqual(['Refund denied', 'Welcome'])
    expect(saved.replies!.map((r) => r.title)).toEqual(['Refund denied'])
    expect(draft.replies).toBeUndefined()
    expect(draft.messages.every((m) => m.replyTitle === undefined)).toBe(true)
  })

  it('--collection FORMAT reads any file as a library in that format', async () => {
    const dir = tempProject({ 'team.md': '## Refund denied\n\nAs I already said, no refunds.\n\n## Welcome\n\nThanks for writing in! I set up your account today.\n' })
    const { results } = await lintJson(['--collection', 'markdown', 'team.md'], dir)
    expect(results[0].replies!.map((r) => r.title)).toEqual(['Refund denied', 'Welcome'])
    expect(results[0].messages.find((m) => m.ruleId === 'dismissive-tone')).toMatchObject({ line: 3, column: 1, replyTitle: 'Refund denied', replyIndex: 0 })
    const bad = await runCli(['--collection', 'xml', 'team.md'], { cwd: dir })
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain("argument 'xml' is invalid")
  })

  it('a directory walk takes drafts and libraries by name, never package.json, lock files or workflows', async () => {
    const dir = tempProject({
      'package.json': '{"name": "x", "description": "As I already said"}',
      'package-lock.json': '{}',
      'data/settings.json': '{"a": "As I already said, no."}',
      '.github/workflows/replies.yml': 'on: push\n',
      'support/macros.json': JSON.stringify(LIB),
      'support/saved-replies.yml': 'replies:\n  - name: Refund denied\n    body: As I already said, no refunds.\n',
      'support/canned-responses.md': '## Refund denied\n\nAs I already said, no refunds.\n',
      'drafts/a.md': DRAFT,
    })
    const { results } = await lintJson(['.'], dir)
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(['drafts/a.md', 'support/canned-responses.md', 'support/macros.json', 'support/saved-replies.yml'])
  })

  it('config: `collections` names more files (even in a walk) with reader settings; `collectionPatterns` replaces the names', async () => {
    const config = {
      collections: [{ files: ['library/**'], format: 'yaml', select: 'snippets[*]', title: 'label', body: 'say' }],
      collectionPatterns: ['**/*.lib.md'],
    }
    const dir = tempProject({
      '.replylintrc.json': JSON.stringify(config),
      'library/team.txt': 'snippets:\n  - label: Refund denied\n    say: As I already said, no refunds.\n',
      'answers.lib.md': '## Refund denied\n\nAs I already said, no refunds.\n',
      'SAVED_REPLIES.md': DRAFT,
    })
    const { results } = await lintJson(['.'], dir)
    const get = (p: string) => results.find((r) => r.filePath === join(dir, p))!
    expect(get('library/team.txt').replies!.map((r) => r.title)).toEqual(['Refund denied'])
    expect(get('library/team.txt').messages.find((m) => m.ruleId === 'dismissive-tone')).toMatchObject({ line: 3, column: 10, endColumn: 27 })
    expect(get('answers.lib.md').replies).toHaveLength(1)
    // No longer a library by name: a draft.
    expect(get('SAVED_REPLIES.md').replies).toBeUndefined()
    const printed = JSON.parse((await runCli(['--print-config', 'library/team.txt'], { cwd: dir })).stdout)
    expect(printed.collection).toEqual({ format: 'yaml', select: 'snippets[*]', title: 'label', body: 'say' })
    expect(JSON.parse((await runCli(['--print-config', 'notes.md'], { cwd: dir })).stdout).collection).toBeNull()
  })

  it('config: `collection.include`/`exclude` pick replies by title (wildcards or /regex/)', async () => {
    const lib = { 'Refund denied (RU)': 'As I already said, no refunds.', 'Refund denied': 'As I already said, no refunds.', 'Internal::Escalate': 'As I already said.' }
    const dir = tempProject({ 'macros.json': JSON.stringify(lib), '.replylintrc.json': JSON.stringify({ collection: { exclude: ['* (RU)', '/^internal::/i'] } }) })
    const { results } = await lintJson(['macros.json'], dir)
    expect(results[0].replies!.map((r) => [r.title, r.index])).toEqual([['Refund denied', 1]])
    expect(new Set(results[0].messages.map((m) => m.replyIndex))).toEqual(new Set([1]))
    const only = tempProject({ 'macros.json': JSON.stringify(lib), '.replylintrc.json': JSON.stringify({ collection: { include: ['Internal::*'] } }) })
    expect((await lintJson(['macros.json'], only)).results[0].replies!.map((r) => r.title)).toEqual(['Internal::Escalate'])
  })

  it('config errors in the collection keys are one line and exit 2', async () => {
    const cases: Array<[unknown, string]> = [
      [{ collection: { format: 'xml' } }, '.replylintrc.json: collection.format: must be one of json, yaml, csv, markdown, plaintext, html (got "xml")'],
      [{ collection: { titel: 'name' } }, '.replylintrc.json: collection.titel: unknown key; did you mean "title"?'],
      [{ collections: [{ format: 'json' }] }, '.replylintrc.json: collections[0].files: is required: the globs of the files that are collections'],
      [{ collection: { delimiter: '(' } }, '.replylintrc.json: collection.delimiter: is not a valid regular expression: Invalid regular expression: /(/: Unterminated group'],
      [{ collection: { headingDepth: 9 } }, '.replylintrc.json: collection.headingDepth: must be a heading level from 1 to 6 (got 9)'],
      [{ collectionPatterns: '*.md' }, '.replylintrc.json: collectionPatterns: must be a list of globs ([] for none)'],
    ]
    for (const [config, message] of cases) {
      const dir = tempProject({ '.replylintrc.json': JSON.stringify(config), 'macros.json': '{}' })
      expect(await runCli(['macros.json'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: `replylint: ${message}\n` })
    }
  })
})

describe('replies in a library', () => {
  it('are templates by default: a slot is no leftover; --kind draft or a config kind says otherwise', async () => {
    const lib = { Welcome: 'Hi {{first_name}},\n\nThanks for writing in! I have set up your account today.' }
    const dir = tempProject({ 'macros.json': JSON.stringify(lib) })
    const ids = async (args: string[]) => (await lintJson([...args, 'macros.json'], dir)).results[0].messages.map((m) => m.ruleId)
    expect(await ids([])).toEqual([])
    expect(await ids(['--kind', 'draft'])).toEqual(['unfilled-placeholder'])
    writeFileSync(join(dir, '.replylintrc.json'), '{"kind": "draft"}')
    expect(await ids([])).toEqual(['unfilled-placeholder'])
  })

  it('internal notes are skipped with a notice unless --include-internal', async () => {
    const lib = { macros: [{ title: 'Note', actions: [{ field: 'comment_mode_is_public', value: false }, { field: 'comment_value', value: 'As I already said, check the logs.' }] }] }
    const dir = tempProject({ 'macros.json': JSON.stringify(lib, null, 2) })
    const skipped = await lintJson(['macros.json'], dir)
    expect(skipped.code).toBe(0)
    expect(skipped.results[0].messages.map((m) => [m.severity, m.ruleId, m.line, m.column])).toEqual([[0, null, 4, 17]])
    const linted = await lintJson(['--include-internal', 'macros.json'], dir)
    expect(linted.code).toBe(1)
    const file = readFileSync(join(dir, 'macros.json'), 'utf8')
    expect(linted.results[0].messages.find((m) => m.ruleId === 'dismissive-tone')).toMatchObject({ ...positionOf(file, file.indexOf('As I')), replyTitle: 'Note' })
  })

  it('a bilingual body: the English paragraphs are linted, the other-language ones are not', async () => {
    const body = 'Thanks for your patience. I have refunded the fee today.\n\n您好，我们已经收到您的请求。请耐心等待，谢谢！您好，我们已经收到您的请求。\n\nAs I already said, it arrives by Friday.'
    const dir = tempProject({ 'macros.json': JSON.stringify({ 'Refund (EN + 中文)': body }) })
    const { results } = await lintJson(['macros.json'], dir)
    const file = readFileSync(join(dir, 'macros.json'), 'utf8')
    expect(results[0].messages.map((m) => [m.ruleId, covered(file, m)])).toEqual([['dismissive-tone', 'As I already said']])
  })

  it('stylish names the reply of each group of problems', async () => {
    const dir = tempProject({ 'macros.json': '{\n  "Refund denied": "Hi,\\n\\nAs I already said, no refunds.",\n  "Welcome": "Thanks for writing in! I have set up your account today."\n}\n' })
    const run = await runCli(['--rule', 'missing-acknowledgement: off', '--rule', 'no-concrete-action: off', 'macros.json'], { cwd: dir })
    expect(run.stdout).toBe(
      [
        '',
        'macros.json  ›  "Refund denied"',
        '  2:28  error  "As I already said" brushes the customer off; answer the question again in new words  dismissive-tone',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
        '',
      ].join('\n'),
    )
  })

  it('an .html draft: text nodes linted at their place in the markup; one reply, no reply names', async () => {
    const dir = tempProject({ 'reply.html': '<p>Hi Sam,</p>\n<p>Thanks &amp; sorry for the wait. <b>As I already said</b>, the export runs overnight.</p>\n' })
    const { results } = await lintJson(['--rule', 'no-concrete-action: off', '--rule', 'missing-acknowledgement: off', 'reply.html'], dir)
    const file = readFileSync(join(dir, 'reply.html'), 'utf8')
    expect(results[0].messages.map((m) => [m.ruleId, m.line, m.column, covered(file, m), m.replyTitle])).toEqual([['dismissive-tone', 2, 40, 'As I already said', undefined]])
    expect(results[0].replies).toEqual([{ title: 'reply', index: 0, line: 1, column: 1 }])
  })

  it('--stdin-filename macros.json reads standard input as a library', async () => {
    const run = await runCli(['--stdin', '--stdin-filename', 'macros.json', '--format', 'json'], { input: JSON.stringify({ A: 'As I already said, no.' }) })
    expect(JSON.parse(run.stdout)[0].replies.map((r: { title: string }) => r.title)).toEqual(['A'])
  })
})
