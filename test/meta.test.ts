/** Every rule folder is complete (eslint's checkRuleFiles): code, doc with the required headings, valid data, registered. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinRuleIds, loadBuiltinRule } from '../rules/index.js'
import { validatePhrases } from '../src/rule/phrases.js'
import { ROOT } from './helpers/cli.js'

const folders = readdirSync(join(ROOT, 'rules')).filter((f) => statSync(join(ROOT, 'rules', f)).isDirectory())
const REQUIRED_HEADINGS = ['## What it catches', '## Why it matters', '## Options', '## Incorrect', '## Correct']

describe('rule folders', () => {
  it('every folder is registered and every registered id has a folder', () => {
    expect([...folders].sort()).toEqual([...builtinRuleIds].sort())
  })

  for (const id of folders) {
    describe(id, () => {
      it('has index.ts and README.md with the required headings', () => {
        expect(existsSync(join(ROOT, 'rules', id, 'index.ts'))).toBe(true)
        const doc = readFileSync(join(ROOT, 'rules', id, 'README.md'), 'utf8')
        expect(doc.startsWith(`# ${id}\n`)).toBe(true)
        for (const heading of REQUIRED_HEADINGS) expect(doc).toContain(`\n${heading}\n`)
      })

      it('has complete meta whose id is the folder name', async () => {
        const rule = (await loadBuiltinRule(id))!
        expect(rule.meta.id).toBe(id)
        expect(rule.meta.description).toMatch(/^[A-Z].{10,}[^.]$/)
        expect(['warn', 'error']).toContain(rule.meta.defaultSeverity)
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0)
        const doc = readFileSync(join(ROOT, 'rules', id, 'README.md'), 'utf8')
        expect(doc).toContain(rule.meta.description)
      })

      it('has valid phrase data, if any', async () => {
        const rule = (await loadBuiltinRule(id))!
        if (!rule.meta.phrases) return
        expect(() => validatePhrases(rule.meta.phrases!.entries, rule.meta.phrases!.strategies, id)).not.toThrow()
      })
    })
  }
})

describe('docs/rules/README.md', () => {
  const index = readFileSync(join(ROOT, 'docs/rules/README.md'), 'utf8')
  for (const id of builtinRuleIds) {
    it(`lists ${id} with its default severity, suggestions and description`, async () => {
      const { meta } = (await loadBuiltinRule(id))!
      const row = `| [\`${id}\`](../../rules/${id}/README.md) | ${meta.defaultSeverity} | ${meta.hasSuggestions ? 'yes' : 'no'} | ${meta.description} |`
      expect(index.split('\n')).toContain(row)
    })
  }
})
