/**
 * missing-acknowledgement (RULES.md): the reply's opening must acknowledge the
 * customer before it gets down to business: thanks for what they did,
 * understanding, a restatement of their problem or request, or an opening
 * confirmation of what they asked for. Phrases are cues (phrases.yaml); the
 * strategies (strategies.ts) judge each cue in its clause.
 */
import type { Sentence } from '../../src/reply/model.js'
import { mayHoldNonApology, nonApologySpans, overlapsAny } from '../../src/rule/apology.js'
import { defineRule } from '../../src/rule/define-rule.js'
import type { Span } from '../../src/types.js'
import nonApology from '../non-apology/index.js'
import { plain } from './clause.js'
import { openingOf } from './opening.js'
import phrases from './phrases.yaml'
import { type Cue, excepted, strategies } from './strategies.js'

export default defineRule({
  meta: {
    id: 'missing-acknowledgement',
    description: "Replies that open without acknowledging the customer's message, situation or feelings",
    defaultSeverity: 'error',
    messages: {
      missing: "Reply opens without acknowledging the customer's message; thank them, show you understand, or restate their problem first",
    },
    options: {
      openingSentences: {
        type: 'number',
        default: 2,
        min: 1,
        description: 'The opening reaches at least this many sentences (or the whole first paragraph, if longer)',
      },
      phrases: { type: 'phrases', default: {}, description: 'Acknowledgement cues to add or remove' },
    },
    // `always` first: phrases added in config acknowledge by themselves.
    phrases: { entries: phrases, strategies: Object.keys(strategies) },
  },
  create(context) {
    const find = context.phrases(context.options.phrases)
    return {
      'reply:exit'(reply) {
        const opening = openingOf(reply, context.options.openingSentences)
        // RULES.md: a non-apology is not acknowledgement. non-apology's own verdicts decide which
        // apologies those are (src/rule/apology.ts), so the two rules cannot disagree. Computed only
        // once a cue would count.
        let flagged: Span[] | undefined
        const nonApologyAt = (sentence: Sentence, start: number, end: number) =>
          mayHoldNonApology(nonApology, sentence.text) && overlapsAny((flagged ??= nonApologySpans(nonApology, reply)), sentence.spanOf(start, end))
        let previous: string | undefined
        // The lead is the first sentence, or the second after a short interjection such as "Great news!".
        const [first, second] = opening.sentences
        const lead = second && (first.text.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 3 ? second : first
        for (const sentence of opening.sentences) {
          const text = plain(sentence.text)
          const from = opening.startOf.get(sentence) ?? 0
          for (const hit of find(text)) {
            if (hit.start < from) continue
            const last = sentence === reply.sentences[reply.sentences.length - 1]
            const cue: Cue = { text, start: hit.start, end: hit.end, entry: hit.entry, first: sentence === first, lead: sentence === lead, begin: from, previous, last }
            const judge = strategies[hit.entry.strategy ?? 'always'] ?? strategies.always
            // any cue inside a non-apology ("sorry to hear of your dissatisfaction" too) acknowledges nothing
            if (!excepted(cue) && judge(cue) && !nonApologyAt(sentence, hit.start, hit.end)) return
          }
          previous = text
        }
        // RULES.md: a missing acknowledgement is reported where it belongs, at the opening;
        // the first sentence is the tight span. No prose at all: the start of the reply.
        const span = first ? first.spanOf(opening.startOf.get(first) ?? 0, first.text.length) : { start: 0, end: 0 }
        context.report({ messageId: 'missing', span })
      },
    }
  },
})
