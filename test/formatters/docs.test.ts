/**
 * docs/formatters.md shows what each formatter prints for one documented input.
 * This runs every formatter on that input and compares, so the page cannot drift.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Code, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { formatterNames, loadFormatter } from '../../src/formatters/index.js'
import type { FormatterMeta } from '../../src/formatters/types.js'
import type { LintResult } from '../../src/types.js'
import { ROOT } from '../helpers/cli.js'

const tree = unified().use(remarkParse).parse(readFileSync(join(ROOT, 'docs/formatters.md'), 'utf8')) as Root
const fences = tree.children.filter((n): n is Code => n.type === 'code')
const input = fences.find((c) => c.meta === 'formatter-input')
const examples = fences.flatMap((c) => {
  const name = /^output=(\S+)$/.exec(c.meta ?? '')?.[1]
  return name ? [{ name, text: c.value }] : []
})

// A fence cannot show the blank lines around an output, so those are left out of the comparison.
const trimLines = (s: string) => s.replace(/^\n+|\n+$/g, '')

describe('docs/formatters.md', () => {
  it('has the input and one example for every built-in formatter', () => {
    expect(input).toBeDefined()
    expect(examples.map((e) => e.name).sort()).toEqual([...formatterNames].sort())
  })

  const { results, meta } = JSON.parse(input?.value ?? '{}') as { results: LintResult[]; meta: FormatterMeta }
  for (const { name, text } of examples) {
    it(`shows what "${name}" prints for the documented input`, async () => {
      const output = (await loadFormatter(name, '/'))(results, meta)
      if (name === 'json') {
        // Shown pretty-printed; the formatter prints the same value on one line.
        expect(output).toBe(JSON.stringify(JSON.parse(text)))
      } else if (name === 'html') {
        // A whole page is too long to show: the page shows a part of it, verbatim.
        expect(output).toContain(`\n${text}\n`)
      } else {
        expect(trimLines(output)).toBe(trimLines(text))
      }
    })
  }
})
