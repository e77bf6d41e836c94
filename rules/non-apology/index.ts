import type { Sentence } from '../../src/reply/model.js'
import { defineRule } from '../../src/rule/define-rule.js'
import { type PhraseEntry, type PhraseHit, phraseSource } from '../../src/rule/phrases.js'
import { causeFollows, namesCause } from './cause.js'
import phrases from './phrases.yaml'
import { conditional, hedgedTail, hypothesisAfter, hypothesisBefore, leadStart, objectEnd, perceptionEnd, refusalTurn } from './turn.js'

// The first is the default for phrases a team adds in config.
const strategies = ['always', 'unless-cause-named', 'if-refusal-follows'] as const
type MessageId = 'hypothetical' | 'feelings' | 'uncaused' | 'sorryBut'

/** A verdict on one hit: which message, and the view range to report. */
interface Verdict {
  messageId: MessageId
  start: number
  end: number
}

const REWRITE = "I'm sorry that [what went wrong]"
const NAME_CAUSE = 'Name what went wrong: "I\'m sorry that …"'

export default defineRule({
  meta: {
    id: 'non-apology',
    description: 'Hedged or conditional apologies that apologize for a hypothetical or for how the customer feels',
    defaultSeverity: 'warn',
    messages: {
      hypothetical: '"{{text}}" apologizes for a hypothetical, not for what went wrong; {{advice}}',
      feelings: '"{{text}}" apologizes for how the customer feels, not for what the team did; {{advice}}',
      uncaused: '"{{text}}" apologizes, but the reply never says what went wrong; {{advice}}',
      sorryBut:
        '"{{text}}" turns the apology into a refusal or a rebuttal; apologize for what went wrong on its own, then explain the limit and what you can do',
      nameCause: NAME_CAUSE,
    },
    hasSuggestions: true,
    options: { phrases: { type: 'phrases', default: {} } },
    phrases: { entries: phrases, strategies },
  },
  create(context) {
    const find = context.phrases(context.options.phrases)
    let causeNamed: boolean | undefined
    // Computed once per reply, and only when a definite apology needs it.
    const cause = () => (causeNamed ??= namesCause(context.reply))

    const judge = (sentence: Sentence, hit: PhraseHit): Verdict | undefined => {
      const text = sentence.text
      const start = leadStart(text, hit.start)
      const turn = refusalTurn(text, hit.end)
      const withNoun = /\b(?:any|whatever)$/i.test(hit.text)
      switch (hit.entry.strategy) {
        case 'if-refusal-follows':
          if (excepted(hit, text)) return undefined
          if (turn >= 0) return { messageId: 'sorryBut', start, end: turn }
          return hedged(text, start, hit.end)
        case 'unless-cause-named': {
          if (turn >= 0) return { messageId: 'sorryBut', start, end: turn }
          const end = objectEnd(text, hit.end, false)
          // "If …, accept my apologies" and "… this may have caused" are hypotheticals whatever the reply says.
          if (conditional(text, start) || hedgedTail(text, hit.end)) return { messageId: 'hypothetical', start, end }
          const shaped = hedged(text, start, end)
          if (shaped) return shaped
          // "Sorry for the hassle — the tarball was published without the dist folder": the cause, in the same sentence.
          if (causeFollows(text, end) || cause()) return undefined
          return { messageId: hit.entry.about === 'feelings' ? 'feelings' : 'uncaused', start, end }
        }
        default:
          return { messageId: hit.entry.about === 'feelings' ? 'feelings' : 'hypothetical', start, end: objectEnd(text, hit.end, withNoun) }
      }
    }

    return {
      sentence(sentence) {
        for (const hit of find(sentence.text)) {
          const verdict = judge(sentence, hit)
          if (!verdict) continue
          const span = sentence.spanOf(verdict.start, verdict.end)
          const quoted = sentence.text.slice(verdict.start, verdict.end).replace(/\s+/g, ' ')
          const advice = String(hit.entry.advice ?? 'say what went wrong and apologize for that')
          const offer = hit.entry.suggest === true && verdict.messageId !== 'sorryBut'
          context.report({
            messageId: verdict.messageId,
            span,
            data: { text: quoted, advice },
            ...(offer ? { suggest: [{ messageId: 'nameCause' as const, desc: NAME_CAUSE, fix: { range: [span.start, span.end], text: REWRITE } }] } : {}),
          })
        }
      },
    }
  },
})

/**
 * An apology of any kind whose shape makes it a non-apology: it hangs on a hypothesis before it ("Should
 * our service have fallen short, we apologise") or after it ("… in case we caused any worry", "… where we
 * may have confused matters"), or it is for the customer's view ("… that you came away feeling ignored",
 * "… our reply left you with the wrong idea").
 */
function hedged(text: string, start: number, end: number): Verdict | undefined {
  const view = perceptionEnd(text, end)
  if (view >= 0) return { messageId: 'feelings', start, end: view }
  const after = hypothesisAfter(text, end)
  if (after >= 0) return { messageId: 'hypothetical', start, end: after }
  const before = hypothesisBefore(text, start)
  if (before >= 0) return { messageId: 'hypothetical', start: before, end }
  return undefined
}

const exceptionCache = new WeakMap<PhraseEntry, RegExp[]>()

/** Entry exceptions: phrases starting at the hit that are no apology for a failure ("sorry to ask"). */
function excepted(hit: PhraseHit, text: string): boolean {
  let patterns = exceptionCache.get(hit.entry)
  if (!patterns) {
    const list = Array.isArray(hit.entry.exceptions) ? (hit.entry.exceptions as unknown[]) : []
    patterns = list.filter((e): e is string => typeof e === 'string').map((e) => new RegExp(`^(?:${phraseSource(e)})`, 'iu'))
    exceptionCache.set(hit.entry, patterns)
  }
  const rest = text.slice(hit.start, hit.start + 80)
  return patterns.some((re) => re.test(rest))
}
