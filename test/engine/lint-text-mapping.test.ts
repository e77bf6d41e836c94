/**
 * The kernel on a text that is not the file (issue 6): positions through the reply's source map,
 * other-language spans as non-prose, templates by default, and fixes kept only where the file
 * can take them as they are. And `--fix` on a library through the CLI.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readCollection } from '../../src/collections/index.js'
import { lintText } from '../../src/engine/lint-text.js'
import type { EnabledRule } from '../../src/engine/run-rules.js'
import { defineRule } from '../../src/rule/define-rule.js'
import { runCli, tempProject } from '../helpers/cli.js'
import { TYPO_PLUGIN } from '../helpers/typo-plugin.js'

/** Reports every "teh" with a fix to "the", every sentence it visits, and the reply's kind. */
const probe = defineRule({
  meta: {
    id: 'probe', description: 'test probe', defaultSeverity: 'error', fixable: true, hasSuggestions: true,
    messages: { typo: 'teh', seen: 'sentence: {{text}}', kind: 'kind: {{kind}}' },
  },
  create(context) {
    return {
      sentence(sentence) {
        context.report({ messageId: 'seen', span: sentence.span, data: { text: sentence.text } })
        for (const m of sentence.text.matchAll(/teh/g)) {
          const span = sentence.spanOf(m.index, m.index + 3)
          context.report({
            messageId: 'typo', span, fix: { range: [span.start, span.end], text: 'the' },
            suggest: [{ desc: 'quote it', fix: { range: [span.start, span.end], text: '"the"' } }, { desc: 'plain', fix: { range: [span.start, span.end], text: 'THE' } }],
          })
        }
      },
      'reply:exit'(reply) {
        context.report({ messageId: 'kind', span: { start: 0, end: 0 }, data: { kind: reply.kind } })
      },
    }
  },
})
const RULES: EnabledRule[] = [{ rule: probe, severity: 2, options: {} }]

async function lintReply(file: string, title: string, path = 'macros.json') {
  const { replies } = await readCollection(file, { path })
  const reply = replies.find((r) => r.title === title)!
  const result = lintText(reply.plain?.text ?? reply.text, {
    rules: RULES,
    format: reply.plain || reply.format === 'plaintext' ? 'plaintext' : 'markdown',
    mapping: {
      fileText: file,
      toFileSpan: (reply.plain ?? reply).toFileSpan,
      regions: [...(reply.excluded ?? []).map((s) => ({ ...s, kind: 'foreign' as const })), ...(reply.plain?.regions ?? [])],
    },
  })
  return { reply, result, by: (id: string) => result.messages.filter((m) => m.messageId === id) }
}

describe('lintText with a mapping', () => {
  const file = '{\n  "A": "Hi,\\n\\nI got teh file. See \\u0074eh notes \\"teh\\" too."\n}\n'

  it('reports lines and columns in the file, through escapes', async () => {
    const { by } = await lintReply(file, 'A')
    const typos = by('typo')
    // "teh" plain, "\u0074eh" (an escape inside), and "teh" between escaped quotes.
    const line = file.split('\n')[1]
    const col = (s: string) => line.indexOf(s) + 1
    expect(typos.map((m) => [m.line, m.column, m.endLine, m.endColumn])).toEqual([
      [2, col('teh file'), 2, col('teh file') + 3],
      [2, col('\\u0074eh'), 2, col('\\u0074eh') + 8],
      [2, col('teh\\"'), 2, col('teh\\"') + 3],
    ])
  })

  it('keeps a fix only where the range is written as is and the new text needs no escaping', async () => {
    const { by } = await lintReply(file, 'A')
    const [plain, escaped, quoted] = by('typo')
    const at = file.indexOf('teh file')
    expect(plain.fix).toEqual({ range: [at, at + 3], text: 'the' })
    // `"the"` would need escaping in a JSON string: that suggestion is dropped, the other kept.
    expect(plain.suggestions).toEqual([{ desc: 'plain', fix: { range: [at, at + 3], text: 'THE' } }])
    // The range holds an escape: no fix, no suggestion; the problem is still reported.
    expect(escaped.fix).toBeUndefined()
    expect(escaped.suggestions).toBeUndefined()
    expect(quoted.fix).toEqual({ range: [file.indexOf('teh\\" too'), file.indexOf('teh\\" too') + 3], text: 'the' })
  })

  it('lints a reply as a template unless a kind is given; the source is the engine\'s to set', async () => {
    const { by, result } = await lintReply(file, 'A')
    expect(by('kind').map((m) => m.message)).toEqual(['kind: template'])
    expect(result.source).toBeUndefined()
    const reply = (await readCollection(file, { path: 'macros.json' })).replies[0]
    const draft = lintText(reply.text, { rules: RULES, kind: 'draft', mapping: { fileText: file, toFileSpan: reply.toFileSpan } })
    expect(draft.messages.find((m) => m.messageId === 'kind')!.message).toBe('kind: draft')
  })

  it('never visits an other-language paragraph', async () => {
    const body = 'Thanks for your patience. I got teh file.\\n\\nЗдравствуйте! Спасибо за ваше терпение, мы уже проверили ваш заказ и скоро ответим.'
    const { by, reply } = await lintReply(`{"Mixed": "${body}"}`, 'Mixed')
    expect(reply.excluded).toHaveLength(1)
    expect(by('seen').map((m) => m.message)).toEqual(['sentence: Thanks for your patience.', 'sentence: I got teh file.'])
  })

  it('HTML bodies: rules read the text nodes; quotes and code are no prose', async () => {
    const html = '<p>I got teh file.</p><blockquote>teh customer wrote this</blockquote><p>Run <code>teh</code> now.</p>'
    const file2 = JSON.stringify({ H: html })
    const { by } = await lintReply(file2, 'H')
    expect(by('typo').map((m) => file2.slice(m.column - 1, m.endColumn - 1))).toEqual(['teh'])
    expect(by('seen').map((m) => m.message)).toEqual(['sentence: I got teh file.', 'sentence: Run \uFFFC now.'])
  })
})

describe('--fix on a library', () => {
  const CONFIG = { 'tidy.mjs': TYPO_PLUGIN, '.replylintrc.json': '{"plugins": ["./tidy.mjs"], "rules": {"tidy/typo": "error"}}' }

  it('writes fixes that map onto the file, leaves the others reported, and keeps the file valid', async () => {
    const lib = '{\n  "A": "Hi,\\n\\nI got teh file.",\n  "B": "Did you recieve \\u0074eh parcel?"\n}\n'
    const dir = tempProject({ ...CONFIG, 'macros.json': lib })
    const run = await runCli(['--fix', '--format', 'json', '--rule', 'missing-acknowledgement: off', '--rule', 'no-concrete-action: off', 'macros.json'], { cwd: dir })
    const fixed = readFileSync(join(dir, 'macros.json'), 'utf8')
    expect(fixed).toBe('{\n  "A": "Hi,\\n\\nI got the file.",\n  "B": "Did you receive \\u0074eh parcel?"\n}\n')
    expect(JSON.parse(fixed)).toEqual({ A: 'Hi,\n\nI got the file.', B: 'Did you receive teh parcel?' })
    const [result] = JSON.parse(run.stdout)
    const col = fixed.split('\n')[2].indexOf('\\u0074eh') + 1
    expect(result.messages.map((m: { ruleId: string; line: number; column: number; replyTitle: string }) => [m.ruleId, m.line, m.column, m.replyTitle])).toEqual([['tidy/typo', 3, col, 'B']])
    expect(run.code).toBe(1)
  })

  it('fixes a YAML block scalar and a markdown library in place', async () => {
    const dir = tempProject({
      ...CONFIG,
      'replies.yml': 'replies:\n  - name: A\n    body: |\n      I got teh file, thanks.\n',
      'SAVED_REPLIES.md': '## A\n\n```\nI got teh file, thanks.\n```\n',
    })
    await runCli(['--fix', 'replies.yml', 'SAVED_REPLIES.md'], { cwd: dir })
    expect(readFileSync(join(dir, 'replies.yml'), 'utf8')).toBe('replies:\n  - name: A\n    body: |\n      I got the file, thanks.\n')
    expect(readFileSync(join(dir, 'SAVED_REPLIES.md'), 'utf8')).toBe('## A\n\n```\nI got the file, thanks.\n```\n')
  })
})
