/**
 * Docs are tests: every fenced example under "## Incorrect" in a rule's
 * README.md must trigger that rule, and every example under "## Correct" must
 * not. The fence's language picks the format (`md` or `txt`); `kind=template`
 * in the fence's meta lints it as a template.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Code, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { builtinRuleIds, loadBuiltinRule } from '../rules/index.js'
import { lintText } from '../src/engine/lint-text.js'
import { resolveOptions } from '../src/rule/options.js'
import { ROOT } from './helpers/cli.js'

export interface DocExample {
  section: 'Incorrect' | 'Correct'
  text: string
  format: 'markdown' | 'plaintext'
  kind: 'draft' | 'template'
  line: number
}

export function examplesOf(markdown: string): DocExample[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root
  const out: DocExample[] = []
  let section: DocExample['section'] | undefined
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 2) {
      const title = node.children.map((c) => ('value' in c ? c.value : '')).join('').trim()
      section = title === 'Incorrect' || title === 'Correct' ? title : undefined
    } else if (node.type === 'code' && section) {
      const code = node as Code
      out.push({
        section,
        text: code.value + '\n',
        format: code.lang === 'txt' || code.lang === 'text' ? 'plaintext' : 'markdown',
        kind: /\bkind=template\b/.test(code.meta ?? '') ? 'template' : 'draft',
        line: code.position!.start.line,
      })
    }
  }
  return out
}

for (const id of builtinRuleIds) {
  describe(`rules/${id}/README.md`, async () => {
    const rule = (await loadBuiltinRule(id))!
    const doc = readFileSync(join(ROOT, 'rules', id, 'README.md'), 'utf8')
    const examples = examplesOf(doc)

    it('has Incorrect and Correct examples', () => {
      expect(examples.filter((e) => e.section === 'Incorrect').length).toBeGreaterThan(0)
      expect(examples.filter((e) => e.section === 'Correct').length).toBeGreaterThan(0)
    })

    for (const example of examples) {
      it(`${example.section} example at line ${example.line} ${example.section === 'Incorrect' ? 'triggers' : 'passes'} ${id}`, () => {
        const { messages } = lintText(example.text, {
          format: example.format,
          kind: example.kind,
          rules: [{ rule, severity: 2, options: resolveOptions(rule.meta, undefined) }],
        })
        const own = messages.filter((m) => m.ruleId === id).map((m) => `${m.line}:${m.column} ${m.message}`)
        if (example.section === 'Incorrect') expect(own.length, 'expected at least one report').toBeGreaterThan(0)
        else expect(own).toEqual([])
      })
    }
  })
}
