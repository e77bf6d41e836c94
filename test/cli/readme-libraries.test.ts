/**
 * The README's "Linting a canned-response library" examples run as shown: each `library=PATH`
 * block is written into one project, and each `$ replylint …` console block after them is run
 * there. The output must match line for line: headers, positions, severities and rule ids
 * exactly; a message may be reworded by its rule without breaking this test.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Code, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli, tempProject } from '../helpers/cli.js'

const tree = unified().use(remarkParse).parse(readFileSync(join(ROOT, 'README.md'), 'utf8')) as Root
// The code blocks between the section's heading and the next heading of its level.
let inSection = false
const blocks = tree.children.filter((n): n is Code => {
  if (n.type === 'heading' && n.depth <= 2) inSection = n.children.some((c) => c.type === 'text' && c.value === 'Linting a canned-response library')
  return inSection && n.type === 'code'
})
const libraries = blocks.flatMap((b) => {
  const path = /(?:^|\s)library=(\S+)/.exec(b.meta ?? '')?.[1]
  return path ? [{ lang: b.lang, path, text: `${b.value}\n` }] : []
})
const commands = blocks.filter((b) => b.lang === 'console' && b.value.startsWith('$ replylint '))

/** A stylish problem line keeps its position, severity and rule id; the message may change. */
function shape(output: string): string[] {
  return output.split('\n').map((line) => {
    const m = /^ {2}(\d+:\d+) +(error|warning|notice) +.*?(?: {2}(\S+))?$/.exec(line)
    return m ? `  ${m[1]} ${m[2]} ${m[3] ?? ''}`.trimEnd() : line.replace(/ +$/, '')
  })
}

describe('README: Linting a canned-response library', () => {
  it('has one example per format', () => {
    expect(libraries.map((l) => l.lang)).toEqual(['json', 'yaml', 'csv', 'md', 'txt', 'html'])
    expect(commands.length).toBeGreaterThanOrEqual(libraries.length)
  })

  const dir = tempProject(Object.fromEntries(libraries.map((l) => [l.path, l.text])))
  for (const command of commands) {
    const [first, ...shown] = command.value.split('\n')
    it(`\`${first.slice(2)}\` prints what the README shows`, async () => {
      const run = await runCli(first.split(' ').slice(2), { cwd: dir })
      expect(run.stderr).toBe('')
      // A console block cannot show stylish's leading and trailing blank lines.
      expect(shape(run.stdout.replace(/^\n+|\n+$/g, ''))).toEqual(shape(shown.join('\n')))
      // Exit 1 exactly when the totals count an error (stylish's ✖ line, summary's Problems line).
      const errors = Number(/problems? \((\d+) errors?/.exec(run.stdout)?.[1] ?? 0)
      expect(run.code).toBe(errors > 0 ? 1 : 0)
    })
  }

  it('each format example is a library of its format: every reply found, with its title', async () => {
    const run = await runCli(['--format', 'json', ...libraries.map((l) => l.path)], { cwd: dir })
    const titles = Object.fromEntries(
      (JSON.parse(run.stdout) as Array<{ filePath: string; replies: Array<{ title: string }> }>).map((r) => [r.filePath.slice(dir.length + 1), r.replies.map((x) => x.title)]),
    )
    expect(titles).toEqual({
      '.github/replies.yml': ['Duplicate', 'Cannot reproduce'],
      'SAVED_REPLIES.md': ['Needs more information', 'Feature request'],
      'canned-responses.txt': ['SITE DOWN', 'SUSPENDED'],
      'refund.html': ['refund'],
      'support/macros.csv': ['Password reset', 'Account locked'],
      'support/macros.json': ['Refund approved', 'Refund denied'],
    })
  })
})
