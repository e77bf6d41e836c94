/**
 * missing-acknowledgement asks non-apology's verdicts only for a sentence that non-apology's
 * phrases hit (src/rule/apology.ts mayHoldNonApology). That holds only while non-apology reports
 * nothing outside such sentences: checked here on every reply we have.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import nonApology from '../../rules/non-apology/index.js'
import { buildReply } from '../../src/reply/model.js'
import { mayHoldNonApology, nonApologySpans } from '../../src/rule/apology.js'
import { ROOT } from '../helpers/cli.js'

function replies(): Array<{ text: string; format: 'markdown' | 'plaintext'; kind: 'draft' | 'template' }> {
  const files = [join(ROOT, '..', 'shared', 'eval', 'dev.jsonl'), ...readdirSync(join(ROOT, 'fixtures/eval')).filter((f) => f.endsWith('.jsonl')).map((f) => join(ROOT, 'fixtures/eval', f))]
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { text: string; format?: string; kind?: 'draft' | 'template' })
      .map((r) => ({ text: r.text, format: r.format === 'txt' ? ('plaintext' as const) : ('markdown' as const), kind: r.kind ?? 'draft' })),
  )
}

describe('mayHoldNonApology', () => {
  it("is true for every sentence holding a non-apology the rule reports, and false for a plain one", () => {
    let reported = 0
    for (const { text, format, kind } of replies()) {
      const reply = buildReply(text, { format, kind })
      for (const span of nonApologySpans(nonApology, reply)) {
        reported++
        const sentence = reply.sentences.find((s) => s.span.start <= span.start && span.end <= s.span.end)
        expect(sentence, `a non-apology outside any sentence in: ${text.slice(0, 80)}`).toBeDefined()
        expect(mayHoldNonApology(nonApology, sentence!.text)).toBe(true)
      }
    }
    expect(reported).toBeGreaterThan(20)
    expect(mayHoldNonApology(nonApology, 'Thanks for the screenshot; I reset your export.')).toBe(false)
    expect(mayHoldNonApology(nonApology, "We're sorry if you were confused by the invoice.")).toBe(true)
  })
})
