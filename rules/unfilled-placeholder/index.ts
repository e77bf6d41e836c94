import type { Reply } from '../../src/reply/model.js'
import type { Placeholder } from '../../src/reply/placeholders.js'
import type { Region } from '../../src/reply/regions.js'
import { defineRule } from '../../src/rule/define-rule.js'
import type { Span } from '../../src/types.js'
import { findBroken } from './broken.js'
import { NOT_SLOTS, findLeftovers } from './leftovers.js'
import { SpanSet } from './spans.js'

// Not the agent's words: a slot shown in code or quoted from the customer is not a leftover (hc-006, hc-070).
const HIDDEN = new Set<Region['kind']>(['code', 'inline-code', 'quote', 'comment'])
// Inside a URL only the unmistakable template syntaxes count: `%E4%` there is URL encoding, not a `%name%` slot.
const IN_URL = new Set<Placeholder['syntax']>(['liquid', 'liquid-tag', 'percent-brace', 'mailchimp', 'double-bracket'])
// A markdown link reference definition `[label]: url` makes `[label]` a link, not a slot.
const DEFINITION = /^ {0,3}\[([^\]\n]{1,100})\]:/gm

type Finding = Span & { messageId: 'unfilled' | 'leftover' | 'broken'; data: Record<string, string> }

export default defineRule({
  meta: {
    id: 'unfilled-placeholder',
    description: 'Template slots left unfilled in a draft, and broken placeholders in a template',
    defaultSeverity: 'error',
    messages: {
      unfilled: 'Unfilled placeholder "{{slot}}"; fill it in before sending',
      leftover: 'Leftover "{{text}}"; replace it with the real content before sending',
      broken: 'Broken placeholder "{{slot}}": {{problem}}; fix it so the slot can be filled',
    },
  },
  create(context) {
    return {
      reply(reply) {
        const hidden = hiddenTest(reply)
        const broken = findBroken(reply.source).filter((b) => !hidden(b))
        const findings: Finding[] = broken.map((b) => ({ ...b, messageId: 'broken', data: { slot: clip(reply.source.slice(b.start, b.end)), problem: b.problem } }))
        // In a template, slots belong; only broken ones are a problem (RULES.md).
        if (reply.kind === 'draft') {
          const brokenSet = new SpanSet(broken)
          for (const slot of unfilledSlots(reply, hidden, brokenSet)) {
            findings.push({ ...slot, messageId: 'unfilled', data: { slot: clip(reply.source.slice(slot.start, slot.end)) } })
          }
          for (const left of findLeftovers(reply.source)) {
            if (!hidden(left) && !brokenSet.overlaps(left)) findings.push({ ...left, messageId: 'leftover', data: { text: clip(left.text) } })
          }
        }
        for (const f of outermost(findings)) context.report({ messageId: f.messageId, span: { start: f.start, end: f.end }, data: f.data })
      },
    }
  },
})

/**
 * Whether a span lies in code, a quote or a comment. Markdown also parses `<name>` as inline HTML: an HTML
 * region that is exactly the slot is the slot, a larger one (`<details>…`) hides it.
 */
function hiddenTest(reply: Reply): (span: Span) => boolean {
  const plain = new SpanSet(reply.regions.filter((r) => HIDDEN.has(r.kind)))
  const html = reply.regions.filter((r) => r.kind === 'html')
  const htmlBefore = new SpanSet(html)
  const htmlAt = new Map<number, number>()
  for (const r of html) htmlAt.set(r.start, Math.max(htmlAt.get(r.start) ?? 0, r.end))
  return (span) => plain.contains(span) || htmlBefore.contains(span, true) || (htmlAt.get(span.start) ?? 0) > span.end
}

/** The draft's slots that must not be sent, with `XXXX-XXXX` merged into one. */
function unfilledSlots(reply: Reply, hidden: (span: Span) => boolean, broken: SpanSet): Placeholder[] {
  const labels = reply.format === 'markdown' ? definitionLabels(reply.source) : new Set<string>()
  const urls = new SpanSet(reply.regions.filter((r) => r.kind === 'url'))
  const closed = new Map<string, boolean>()
  const isMarkup = (name: string) => {
    if (!closed.has(name)) closed.set(name, reply.source.includes(`</${name}>`))
    return closed.get(name)!
  }
  const slots: Placeholder[] = []
  for (const p of reply.placeholders) {
    if (hidden(p) || broken.overlaps(p)) continue
    if (!IN_URL.has(p.syntax) && urls.contains(p)) continue
    if (p.syntax === 'bracket' && labels.has(p.name.toLowerCase())) continue
    // `%APPDATA%` is a folder to open, `[Bug]` an issue-title tag, `<Enter>` a key, `<center>…</center>` markup.
    if (isNamedSyntax(p.syntax) && NOT_SLOTS[p.syntax].has(p.name.toLowerCase())) continue
    if (p.syntax === 'angle' && isMarkup(p.name.split(/\s/)[0])) continue
    const last = slots[slots.length - 1]
    if (last && last.syntax === 'x-run' && p.syntax === 'x-run' && /^[-/. ]$/.test(reply.source.slice(last.end, p.start))) {
      slots[slots.length - 1] = { ...last, end: p.end }
      continue
    }
    slots.push(p)
  }
  // `XXXX-XXXX-4242` masks a number the customer already knows; `+XXXXXXX` is a blank.
  return slots.filter((s) => s.syntax !== 'x-run' || !/^[-/. ]?\d/.test(reply.source.slice(s.end, s.end + 2)))
}

function isNamedSyntax(syntax: Placeholder['syntax']): syntax is keyof typeof NOT_SLOTS {
  return syntax in NOT_SLOTS
}

/** Keeps the outermost of nested findings: `[insert {{date}} here]` is one leftover, and a broken slot is not also unfilled. */
function outermost(found: Finding[]): Finding[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Finding[] = []
  for (const f of sorted) {
    const last = out[out.length - 1]
    if (last && f.start < last.end) continue
    out.push(f)
  }
  return out
}

function definitionLabels(source: string): Set<string> {
  const labels = new Set<string>()
  DEFINITION.lastIndex = 0
  for (let m = DEFINITION.exec(source); m; m = DEFINITION.exec(source)) labels.add(m[1].trim().toLowerCase())
  return labels
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat
}
