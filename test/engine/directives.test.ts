/** Inline directives in the kernel (lintText) and through the CLI, with eslint's semantics. */
import { describe, expect, it } from 'vitest'
import { applyFixes } from '../../src/engine/fix.js'
import { lintText } from '../../src/engine/lint-text.js'
import { defineRule } from '../../src/rule/define-rule.js'
import type { ReplyFormat } from '../../src/types.js'
import { runBin, runCli, tempProject } from '../helpers/cli.js'

/** Reports every "bad" in the prose. */
const wordRule = (id: string, word: string) =>
  defineRule({
    meta: { id, description: `No ${word}`, defaultSeverity: 'error', messages: { hit: `"${word}"` } },
    create(context) {
      return {
        sentence(s) {
          for (const m of s.text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) context.report({ messageId: 'hit', span: s.spanOf(m.index, m.index + word.length) })
        },
      }
    },
  })
/** A reply-level problem reported at the end of the prose, like no-concrete-action. */
const endRule = defineRule({
  meta: { id: 'at-end', description: 'Reply-level', defaultSeverity: 'error', messages: { end: 'reply-level' } },
  create(context) {
    return { 'reply:exit': (reply) => context.report({ messageId: 'end', span: { start: reply.end, end: reply.end } }) }
  },
})

function lint(text: string, options: { format?: ReplyFormat; unused?: 0 | 1 | 2; inline?: boolean } = {}) {
  const rules = [wordRule('no-bad', 'bad'), wordRule('no-worse', 'worse')].map((rule) => ({ rule, severity: 2 as const, options: {} }))
  const result = lintText(text, {
    format: options.format ?? 'markdown',
    rules,
    reportUnusedDisableDirectives: options.unused ?? 0,
    allowInlineConfig: options.inline,
  })
  return { result, shown: result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? m.message}`) }
}

describe('directives in the kernel', () => {
  it('disable and enable, for all rules or named ones', () => {
    const text = [
      'A bad start.', // 1
      '', // 2
      '<!-- replylint-disable -->', // 3
      'A bad and worse middle.', // 4
      '', // 5
      '<!-- replylint-enable no-worse -->', // 6
      'A bad and worse part.', // 7
      '', // 8
      '<!-- replylint-enable -->', // 9
      'A bad end.', // 10
      '',
    ].join('\n')
    const { result, shown } = lint(text)
    expect(shown).toEqual(['1:3 no-bad', '7:11 no-worse', '10:3 no-bad'])
    expect(result.suppressedMessages!.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual(['4:3 no-bad', '4:11 no-worse', '7:3 no-bad'])
    expect(result.suppressedMessages![0].suppressions).toEqual([{ kind: 'directive', justification: '' }])
  })

  it('disable-line (inline in markdown) and disable-next-line, with a reason after --', () => {
    const text = 'A bad line. <!-- replylint-disable-line no-bad -->\nA bad and worse line.\n\n<!-- replylint-disable-next-line no-worse, no-bad -- quoting the policy -->\nA bad and worse line.\nA bad line.\n'
    const { result, shown } = lint(text)
    expect(shown).toEqual(['2:3 no-bad', '2:11 no-worse', '6:3 no-bad'])
    expect(result.suppressedMessages!.map((m) => [m.line, m.suppressions![0].justification])).toEqual([
      [1, ''],
      [5, 'quoting the policy'],
      [5, 'quoting the policy'],
    ])
  })

  it('in plaintext, a directive counts only on a line of its own', () => {
    const text = 'A bad line. <!-- replylint-disable-line -->\n<!-- replylint-disable-next-line -->\nA bad line.\n'
    expect(lint(text, { format: 'plaintext' }).shown).toEqual(['1:3 no-bad'])
  })

  it('a reply-level problem is disabled by a directive covering the line it is reported on', () => {
    const rules = [{ rule: endRule, severity: 2 as const, options: {} }]
    const text = 'Thanks for writing in.\nWe will look into it.\n\nBest,\nSam\n'
    // Reported where the prose ends: the sign-off's line.
    expect(lintText(text, { rules }).messages.map((m) => `${m.line}:${m.column}`)).toEqual(['4:1'])
    const disabled = '<!-- replylint-disable at-end -->\n' + text
    expect(lintText(disabled, { rules }).messages).toEqual([])
    const nextLine = 'Thanks for writing in.\nWe will look into it.\n\n<!-- replylint-disable-next-line at-end -->\nBest,\nSam\n'
    expect(lintText(nextLine, { rules }).messages).toEqual([])
    const otherLine = '<!-- replylint-disable-next-line at-end -->\nThanks for writing in.\nWe will look into it.\n\nBest,\nSam\n'
    expect(lintText(otherLine, { rules }).messages.map((m) => m.line)).toEqual([5])
  })

  it('unused directives are reported when asked, with a fix that removes or trims them', () => {
    const text = 'A bad line.\n<!-- replylint-disable-next-line no-worse -->\nA fine line.\n\n<!-- replylint-disable-next-line no-bad, no-worse -->\nA bad line.\n'
    const { result, shown } = lint(text, { unused: 1 })
    expect(shown).toEqual([
      '1:3 no-bad',
      "2:1 Unused replylint-disable-next-line directive (no problems were reported from 'no-worse').",
      "5:1 Unused replylint-disable-next-line directive (no problems were reported from 'no-worse').",
    ])
    const [, whole, part] = result.messages
    expect(whole).toMatchObject({ ruleId: null, severity: 1, endLine: 2, endColumn: 46, fix: { range: [12, 58], text: '' } })
    expect(part.fix).toEqual({ range: [72, 125], text: '<!-- replylint-disable-next-line no-bad -->' })
    expect(applyFixes(text, result.messages).output).toBe('A bad line.\nA fine line.\n\n<!-- replylint-disable-next-line no-bad -->\nA bad line.\n')
    expect(lint(text).shown).toEqual(['1:3 no-bad'])
  })

  it('allowInlineConfig: false ignores directives (--no-inline-config)', () => {
    expect(lint('<!-- replylint-disable -->\nA bad line.\n', { inline: false }).shown).toEqual(['2:3 no-bad'])
  })

  it('a comment that only looks like a directive does nothing', () => {
    expect(lint('<!-- replylint-disabled -->\nA bad line.\n').shown).toEqual(['2:3 no-bad'])
  })
})

describe('directives through the CLI', () => {
  const draft = [
    'Hi Sam,',
    '',
    '<!-- replylint-disable-next-line dismissive-tone -- quoting our policy page -->',
    'As I already said, the export runs overnight. I will email you the report by 5pm today.',
    '',
    'As previously stated, it is done.',
    '',
  ].join('\n')

  it('suppressed problems leave messages and go to suppressedMessages in json', async () => {
    const dir = tempProject({ 'reply.md': draft })
    const run = await runCli(['--format', 'json', '--rule', 'no-concrete-action: off', 'reply.md'], { cwd: dir })
    const [result] = JSON.parse(run.stdout)
    expect(result.messages.filter((m: { ruleId: string }) => m.ruleId === 'dismissive-tone').map((m: { line: number }) => m.line)).toEqual([6])
    expect(result.suppressedMessages).toMatchObject([{ ruleId: 'dismissive-tone', line: 4, suppressions: [{ kind: 'directive', justification: 'quoting our policy page' }] }])
  })

  it('the real bin: --report-unused-disable-directives makes an unused directive an error; --no-inline-config ignores them', () => {
    const dir = tempProject({ 'reply.txt': 'Hi Sam,\n\n<!-- replylint-disable shouting -->\nThanks for the report. I will email you the fix by 5pm today.\n' })
    const plain = runBin(['--format', 'json', 'reply.txt'], { cwd: dir })
    expect(JSON.parse(plain.stdout)[0].messages).toEqual([])
    const run = runBin(['--format', 'json', '--report-unused-disable-directives', 'reply.txt'], { cwd: dir })
    expect(JSON.parse(run.stdout)[0].messages).toMatchObject([
      { ruleId: null, severity: 2, line: 3, column: 1, message: "Unused replylint-disable directive (no problems were reported from 'shouting')." },
    ])
    expect(run.code).toBe(1)
    const warn = runBin(['--format', 'json', '--report-unused-disable-directives-severity', 'warn', 'reply.txt'], { cwd: dir })
    expect(JSON.parse(warn.stdout)[0].messages[0].severity).toBe(1)
    const ignored = runBin(['--format', 'json', '--no-inline-config', 'reply.md'], { cwd: tempProject({ 'reply.md': draft }) })
    expect(JSON.parse(ignored.stdout)[0].messages.filter((m: { ruleId: string }) => m.ruleId === 'dismissive-tone')).toHaveLength(2)
  })
})
