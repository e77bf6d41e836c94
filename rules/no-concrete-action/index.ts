/**
 * no-concrete-action (RULES.md): the reply commits to nothing concrete. Concrete is
 * an action with its object (done, under way, scheduled or offered), a done or
 * scheduled outcome (active, passive, a decision, a headline, a status change with the
 * subject left out: outcomes.ts), a named handoff, a reply promised by a given time, a
 * step for the customer, a link or menu path, a numbered list of steps, a code handed
 * over, or an outcome phrase ("is on its way"). Reported once: at
 * the first vague promise, else on the last prose sentence (where an action belongs).
 */
import type { Span } from '../../src/types.js'
import { defineRule } from '../../src/rule/define-rule.js'
import type { PhraseHit } from '../../src/rule/phrases.js'
import { hasNumberedSteps, pointsSomewhere } from './links.js'
import phrases from './phrases.yaml'
import { type SentenceHits, firstConcreteSignal } from './signals.js'

// The first is the default for phrases added in config: a team adds the vague promises it sees.
const strategies = ['vague', 'hedge', 'not-a-step', 'done', 'citation'] as const

export default defineRule({
  meta: {
    id: 'no-concrete-action',
    description: 'Replies that commit to nothing concrete: no action taken, no outcome, no step for the customer',
    defaultSeverity: 'error',
    messages: {
      vague:
        'Reply commits to no concrete next step ("{{text}}" is a vague promise); say what you did or will do, by when, or give the customer specific steps',
      missing: 'Reply commits to no concrete next step; say what you did or will do, by when, or give the customer specific steps',
    },
    options: { phrases: { type: 'phrases', default: {} } },
    phrases: { entries: phrases, strategies },
  },
  create(context) {
    const find = context.phrases(context.options.phrases)
    let concrete = false
    let vague: { span: Span; text: string } | undefined
    return {
      reply(reply) {
        concrete = hasNumberedSteps(reply.paragraphs)
      },
      sentence(sentence) {
        // Once anything is concrete the reply passes; the rest need not be read.
        if (concrete) return
        const hits = byStrategy(find(sentence.text))
        if (!vague && hits.vague.length) {
          const hit = hits.vague[0]
          vague = { span: sentence.spanOf(hit.start, hit.end), text: hit.text.replace(/\s+/g, ' ') }
        }
        concrete =
          hits.done.length > 0 || pointsSomewhere(sentence, context.reply, hits.citation) || firstConcreteSignal(sentence.text, hits) !== undefined
      },
      'reply:exit'(reply) {
        const last = reply.sentences[reply.sentences.length - 1]
        if (concrete || !last) return
        if (vague) context.report({ messageId: 'vague', span: vague.span, data: { text: vague.text } })
        else context.report({ messageId: 'missing', span: last.span })
      },
    }
  },
})

function byStrategy(hits: PhraseHit[]): SentenceHits & { citation: PhraseHit[]; done: PhraseHit[] } {
  const out = { vague: [] as PhraseHit[], hedge: [] as PhraseHit[], notStep: [] as PhraseHit[], citation: [] as PhraseHit[], done: [] as PhraseHit[] }
  for (const hit of hits) {
    const strategy = hit.entry.strategy ?? 'vague'
    if (strategy === 'hedge') out.hedge.push(hit)
    else if (strategy === 'not-a-step') out.notStep.push(hit)
    else if (strategy === 'citation') out.citation.push(hit)
    else if (strategy === 'done') out.done.push(hit)
    else out.vague.push(hit)
  }
  return out
}
